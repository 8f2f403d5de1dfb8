/**
 * The public side of registration for events: the registration form with its result page (post/redirect/get),
 * and the registrant's own page for cancelling from the link in the e-mail.
 */
package bg.integra.web.registration;
