package bg.integra.registration;

import bg.integra.common.MailSettings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes and sends the registration e-mails, in Bulgarian or English, off the request thread. A failure is
 * logged and nothing more: the registration it reports on is already stored, and the registrant can still
 * see or cancel it through the link of any later mail or ask the organisers.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RegistrationMailer {

    private static final Logger LOG = Logger.getLogger(RegistrationMailer.class.getName());
    private static final MailSettings SETTINGS = MailSettings.fromEnvironment();

    @Asynchronous
    public void send(RegistrationMail mail) {
        if (!SETTINGS.isConfigured()) {
            LOG.warning(() -> "Registration e-mail (" + mail.kind() + ") not sent: INTEGRA_SMTP_HOST is not set");
            return;
        }
        try {
            MimeMessage message = new MimeMessage(SETTINGS.session());
            message.setFrom(new InternetAddress(SETTINGS.from()));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
            Text text = compose(mail, SETTINGS.publicUrl());
            message.setSubject(text.subject(), "UTF-8");
            message.setText(text.body(), "UTF-8");
            message.setHeader("Auto-Submitted", "auto-generated");
            message.setSentDate(new Date());
            Transport.send(message);
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Registration e-mail (" + mail.kind() + ") not sent through " + SETTINGS
                    + "; the registration is stored", e);
        }
    }

    record Text(String subject, String body) {
    }

    /** The subject and body in the mail's language; the texts are in {@code registration/mail*.properties}. */
    static Text compose(RegistrationMail mail, String publicUrl) {
        Locale locale = Locale.forLanguageTag(mail.language());
        // no fallback to the JVM's locale: the base bundle is Bulgarian
        ResourceBundle texts = ResourceBundle.getBundle("bg.integra.registration.mail", locale,
                RegistrationMailer.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String key = "reg.mail." + mail.kind().name().toLowerCase(Locale.ROOT);
        String when = mail.startsAt().format(DateTimeFormatter.ofPattern(texts.getString("reg.mail.dateTime"), locale));
        String where = mail.city() == null ? mail.venue() : mail.venue() + ", " + mail.city();
        String link = publicUrl + "/registrations/cancel/" + mail.cancelToken() + "?lang=" + mail.language();
        Object[] args = {mail.name(), mail.eventTitle(), when, where, link};
        return new Text(new MessageFormat(texts.getString(key + ".subject"), locale).format(args),
                new MessageFormat(texts.getString(key + ".body"), locale).format(args)
                        + "\n\n" + new MessageFormat(texts.getString("reg.mail.footer"), locale).format(args));
    }
}
