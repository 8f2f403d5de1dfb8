/** The back-office's read-only view of the mail outbox (administrators): what waits to be sent, and what failed. */
package bg.integra.web.admin.mail;
