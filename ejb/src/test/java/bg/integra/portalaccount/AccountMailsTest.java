package bg.integra.portalaccount;

import bg.integra.common.Languages;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The mails in each of the portal's languages: every key, the same arguments, and text MessageFormat keeps whole. */
class AccountMailsTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)}");

    @Test
    void everyPortalLanguageHasEveryMailWithTheSameArguments() throws IOException {
        Properties base = bundle("mail.properties");
        for (String key : base.stringPropertyNames()) assertFalse(base.getProperty(key).contains("'"), key);
        for (String lang : Languages.PORTAL) {
            if (lang.equals(Languages.DEFAULT)) continue;
            Properties translated = bundle("mail_" + lang + ".properties");
            assertEquals(base.stringPropertyNames(), translated.stringPropertyNames(), lang);
            for (String key : base.stringPropertyNames()) {
                String text = translated.getProperty(key);
                assertEquals(arguments(base.getProperty(key)), arguments(text), lang + " " + key);
                // an apostrophe would start a quoted part that MessageFormat drops with the arguments in it
                assertFalse(text.contains("'"), lang + " " + key + " holds an apostrophe: " + text);
                assertNotEquals(base.getProperty(key), text, lang + " " + key + " is not translated");
            }
        }
    }

    @Test
    void theEnglishConfirmationCarriesItsLink() {
        // an apostrophe in "Integra's" once quoted the rest of this mail, and the link went out as "{1}"
        AccountMails.Text mail = AccountMails.compose("confirm", "en", null, "Ann", "https://x/account/confirm/abc");
        assertTrue(mail.body().contains("https://x/account/confirm/abc"), mail.body());
        assertTrue(mail.body().contains("Integra’s forum"), mail.body());
    }

    @Test
    void aMailIsWrittenInTheAccountsLanguageAndAnUnknownOneGetsBulgarian() {
        AccountMails.Text arabic = AccountMails.compose("reply", "ar", "https://x/stop", "Amal", "Ivan", "Topic", "text", "https://x/t");
        assertTrue(arabic.subject().contains("«Topic»"), arabic.subject());
        assertTrue(arabic.body().startsWith("مرحبًا Amal"), arabic.body());
        assertTrue(arabic.body().endsWith("https://x/stop"), "the opt-out link ends every mail");
        AccountMails.Text turkish = AccountMails.compose("exists", "tr", null, "Ayşe", "https://x/in", "https://x/reset");
        assertTrue(turkish.subject().contains("Integra’da"), turkish.subject());
        assertTrue(turkish.body().contains("https://x/in") && turkish.body().contains("https://x/reset"), turkish.body());
        assertTrue(AccountMails.compose("digest", "xx", null, "A", "B", "C").subject().startsWith("Новото"));
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) found.add(m.group(1));
        new MessageFormat(text); // parses
        return found;
    }

    private static Properties bundle(String name) throws IOException {
        try (InputStream in = AccountMails.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}
