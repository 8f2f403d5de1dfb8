/**
 * The one mail outbox: every e-mail the application sends (registrations today; the forum, training and surveys
 * later) is an {@link bg.integra.mail.OutboxMail} stored in the transaction of what it reports, then sent by the
 * services of the same package in the ejb module, retried while the mail server is down, and purged once old.
 */
package bg.integra.mail;
