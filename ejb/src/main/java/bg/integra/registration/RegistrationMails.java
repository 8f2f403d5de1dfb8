package bg.integra.registration;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Writes the registration e-mails in the registrant's mail language; {@link RegistrationService} puts them into the
 * mail outbox ({@code bg.integra.mail.MailOutbox}) in the transaction that stores the registration.
 */
final class RegistrationMails {

    private RegistrationMails() {
    }

    record Text(String subject, String body) {
    }

    /** The outbox's kind of a registration mail, e.g. {@code REGISTRATION_CONFIRMED}. */
    static String kind(RegistrationMail mail) {
        return "REGISTRATION_" + mail.kind().name();
    }

    /** The subject and body in the mail's language; the texts are in {@code registration/mail*.properties}. */
    static Text compose(RegistrationMail mail, String publicUrl) {
        Locale locale = Locale.forLanguageTag(mail.language());
        // no fallback to the JVM's locale: the base bundle is Bulgarian
        ResourceBundle texts = ResourceBundle.getBundle("bg.integra.registration.mail", locale,
                RegistrationMails.class.getClassLoader(),
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
