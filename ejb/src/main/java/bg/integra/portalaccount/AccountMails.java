package bg.integra.portalaccount;

import bg.integra.common.Languages;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Writes the portal account's e-mails and the forum's in the account's language, from
 * {@code bg/integra/portalaccount/mail*.properties}: Bulgarian in the base bundle, one file for each other portal
 * language (a language the portal does not speak gets Bulgarian). Every mail ends with the one-click link that stops
 * the account's mails.
 */
public final class AccountMails {

    /** A composed mail: its subject and plain-text body. */
    public record Text(String subject, String body) {
    }

    private AccountMails() {
    }

    /** The one-click link in every mail to an account that stops the forum's mails to it. */
    public static String optOutLink(bg.integra.common.MailSettings mail, PortalAccount account) {
        return mail.publicUrl() + "/account/stop-mails/" + account.getMailKey();
    }

    /**
     * The mail {@code key} (e.g. {@code confirm}: {@code mail.confirm.subject} and {@code .body}) with the
     * arguments {@code {0}}, {@code {1}}…, in the language given, ending with the footer that holds the opt-out link.
     */
    public static Text compose(String key, String language, String optOutLink, Object... args) {
        Locale locale = Locale.forLanguageTag(Languages.portalOrDefault(language)); // each of the portal's languages
        ResourceBundle texts = ResourceBundle.getBundle("bg.integra.portalaccount.mail", locale,
                AccountMails.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String subject = new MessageFormat(texts.getString("mail." + key + ".subject"), locale).format(args);
        String body = new MessageFormat(texts.getString("mail." + key + ".body"), locale).format(args);
        String footer = optOutLink == null ? "" : "\n\n-- \n" + MessageFormat.format(texts.getString("mail.footer"), optOutLink);
        return new Text(subject, body + footer);
    }
}
