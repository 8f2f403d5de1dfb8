package bg.integra.mail;

import bg.integra.common.MailSettings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.util.Date;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends one mail of the outbox through the SMTP server of {@code INTEGRA_SMTP_*}: claims it, sends it outside any
 * transaction (a slow mail server holds no lock and no connection), then marks it sent, or counts the failure for a
 * later attempt. Without {@code INTEGRA_SMTP_HOST} (a development server) mails stay pending and unattempted, and
 * the log says so once. A crash between the server's acceptance and the mark sends the mail again once the claim
 * has run out: at least once, never lost.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
    private static final MailSettings SETTINGS = MailSettings.fromEnvironment();
    private static final AtomicBoolean SAID_UNCONFIGURED = new AtomicBoolean();

    @Inject
    private MailOutbox outbox;

    /** The immediate attempt after the commit that stored the mail, off the request thread. */
    @Asynchronous
    public void sendSoon(long id) {
        attempt(id);
    }

    /** One attempt at one mail; false when the mail server failed (or none is configured), so a batch may stop. */
    public boolean attempt(long id) {
        if (!configured()) return false;
        OutboxMail mail = outbox.claim(id);
        if (mail == null) return true; // sent, given up on, held by another sender, or gone
        try {
            Transport.send(message(mail));
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "E-mail " + id + " (" + mail.getKind() + ") not sent through " + SETTINGS
                    + "; it stays in the outbox for another attempt: " + describe(e));
            outbox.failed(id, describe(e));
            return false;
        }
        outbox.sent(id);
        return true;
    }

    /** Whether an SMTP server is configured; says once in the log when not. */
    public static boolean configured() {
        if (SETTINGS.isConfigured()) return true;
        if (SAID_UNCONFIGURED.compareAndSet(false, true)) {
            LOG.warning("INTEGRA_SMTP_HOST is not set: e-mails are kept in the outbox (outbox_mail, PENDING) and not sent;"
                    + " they go out once the server runs with an SMTP server, unless older than 90 days by then");
        }
        return false;
    }

    private static MimeMessage message(OutboxMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(SETTINGS.session());
        message.setFrom(new InternetAddress(SETTINGS.from()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.getRecipient(), true));
        message.setSubject(mail.getSubject(), "UTF-8");
        message.setText(mail.getBody(), "UTF-8");
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setSentDate(new Date());
        return message;
    }

    /** What went wrong, in one short line for last_error: the exception and its innermost cause, no stack trace. */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String text = e.getClass().getSimpleName() + ": " + e.getMessage();
        if (root != e) text += " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        text = text.replaceAll("\\s+", " ").strip();
        return text.length() <= OutboxMail.ERROR_LENGTH ? text : text.substring(0, OutboxMail.ERROR_LENGTH);
    }
}
