/**
 * Registration for events: the target groups people belong to, and the registrations themselves with their
 * consent, their place (confirmed or on the waitlist) and the secret that lets the registrant cancel.
 */
package bg.integra.registration;
