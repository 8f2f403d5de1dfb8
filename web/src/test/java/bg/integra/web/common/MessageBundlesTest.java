package bg.integra.web.common;

import bg.integra.common.Languages;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every language of the portal has every portal text, with the same placeholders as the Bulgarian one, and
 * English has every text of the back-office too. A missing key would silently show Bulgarian to a reader of
 * another language.
 */
class MessageBundlesTest {

    /** The texts the portal shows; the rest belongs to the back-office (Bulgarian and English only). */
    private static final List<String> PORTAL_PREFIXES = List.of("site.", "publicity.", "home.", "project.", "status.",
            "fund.", "unit.", "kind.", "region.", "error.",
            "nav.", "content.", "news.", "articleKind.", "event.", "eventKind.", "eventMethod.", "resource.",
            "resourceKind.", "info.", "topic.",
            "search.", "feed.", "banner.", "forum.", "regForm.", "reg.consent.", "knowledge.", "openData.",
            "portalAccount.", "training.");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    @Test
    void everyPortalLanguageHasEveryPortalTextWithItsPlaceholders() throws IOException {
        Properties base = load("messages.properties");
        for (String lang : Languages.PORTAL) {
            if (lang.equals(Languages.DEFAULT)) continue;
            Properties bundle = load("messages_" + lang + ".properties");
            for (String key : base.stringPropertyNames()) {
                if (PORTAL_PREFIXES.stream().noneMatch(key::startsWith)) continue;
                String value = bundle.getProperty(key);
                assertTrue(value != null && !value.isBlank(), lang + " lacks " + key);
                assertEquals(placeholders(base.getProperty(key)), placeholders(value), lang + " " + key);
                new MessageFormat(value); // throws on a broken pattern
                assertTrue(!value.contains("'"), lang + " " + key + ": a ' would be eaten by MessageFormat");
            }
        }
    }

    @Test
    void englishHasEveryTextExceptTheLanguageNames() throws IOException {
        Properties base = load("messages.properties");
        Properties english = load("messages_en.properties");
        for (String key : base.stringPropertyNames()) {
            if (key.startsWith("lang.")) continue; // each language's own name, the same in every bundle
            assertTrue(english.getProperty(key) != null, "English lacks " + key);
        }
    }

    @Test
    void everyPortalLanguageIsNamedInItsOwnWords() throws IOException {
        Properties base = load("messages.properties");
        for (String lang : Languages.PORTAL) {
            assertTrue(base.getProperty("lang." + lang) != null, "no name for " + lang);
        }
    }

    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) found.add(m.group());
        return found;
    }

    /** A file of {@code i18n/} as it is, without the fallback to the base bundle. */
    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/i18n/" + name)) {
            if (in == null) throw new IOException("No bundle " + name);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
