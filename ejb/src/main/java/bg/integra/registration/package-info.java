/**
 * Registration for events: places, the waitlist, cancellation by token and the e-mails that tell people where
 * they stand. See the entities of the same package in the persistence module.
 */
package bg.integra.registration;
