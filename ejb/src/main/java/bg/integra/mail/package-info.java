/**
 * The one mail outbox: {@link bg.integra.mail.MailOutbox#enqueue} stores a composed mail in the caller's
 * transaction, {@link bg.integra.mail.MailSender} claims and sends it right after the commit, and
 * {@link bg.integra.mail.MailRetryJob} retries what the mail server refused (backoff by {@link bg.integra.mail.MailRetry})
 * and purges old mails. The entity is in the persistence module.
 */
package bg.integra.mail;
