package bg.integra.it;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The web module's message bundles as the pages use them, so that tests compare with the real texts: a bundle
 * of a language falls back to the base bundle (Bulgarian) for the keys it lacks, as ResourceBundle does.
 */
public final class Bundles {

    private static final Path DIR = Path.of(System.getProperty("basedir", "."), "..", "web", "src", "main", "resources", "i18n");

    private Bundles() {
    }

    /** The bundle of a language; "bg" is the base bundle itself. */
    public static Properties load(String lang) {
        Properties base = read(DIR.resolve("messages.properties"), null);
        return "bg".equals(lang) ? base : read(DIR.resolve("messages_" + lang + ".properties"), base);
    }

    /** One text of a language's bundle; a missing key fails the test. */
    public static String text(String lang, String key) {
        String text = load(lang).getProperty(key);
        if (text == null) throw new AssertionError("No message " + key + " for " + lang);
        return text;
    }

    private static Properties read(Path file, Properties base) {
        Properties p = base == null ? new Properties() : new Properties(base);
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
