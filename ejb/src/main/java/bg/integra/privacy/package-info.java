/**
 * Personal data of participants (GDPR): finding a person's registrations by e-mail, exporting them as JSON and
 * erasing them on request ({@link bg.integra.privacy.PersonalDataService}), and the retention job that erases the
 * registrations of events that ended long enough ago ({@link bg.integra.privacy.RetentionJob}).
 */
package bg.integra.privacy;
