package bg.integra.demo;

import bg.integra.content.ContentText;
import bg.integra.content.RichText;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts of the demo content, one file per item under {@code bg/integra/demo/texts/}, kept out of the Java
 * code because they are long and translated. A file holds one section per language:
 * <pre>
 * [bg]
 * title: …
 * summary: …
 * &lt;p&gt;the body, HTML of the editor's allow-list&lt;/p&gt;
 * </pre>
 * Bodies pass {@link RichText#sanitise} like any editor's text.
 */
final class DemoTexts {

    private static final Pattern SECTION = Pattern.compile("\\[([a-z]{2})]");

    private DemoTexts() {
    }

    /** The texts of one item by language, in the file's order; fails when the file is missing or malformed. */
    static Map<String, ContentText> read(String name) {
        String path = "texts/" + name + ".txt";
        try (InputStream in = DemoTexts.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("No demo text " + path);
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, ContentText> parse(String name, String text) {
        Map<String, ContentText> texts = new LinkedHashMap<>();
        String lang = null;
        String title = null;
        String summary = null;
        StringBuilder body = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new java.io.StringReader(text))) {
            for (String line = lines.readLine(); ; line = lines.readLine()) {
                Matcher section = line == null ? null : SECTION.matcher(line.strip());
                if (line == null || section.matches()) {
                    if (lang != null) {
                        if (title == null) throw new IllegalStateException(name + " [" + lang + "] has no title");
                        if (texts.put(lang, new ContentText(title, summary, RichText.sanitise(body.toString()))) != null) {
                            throw new IllegalStateException(name + " has two [" + lang + "] sections");
                        }
                    }
                    if (line == null) break;
                    lang = section.group(1);
                    title = null;
                    summary = null;
                    body.setLength(0);
                } else if (lang == null) {
                    if (!line.isBlank()) throw new IllegalStateException(name + ": text before the first [language]");
                } else if (title == null && line.startsWith("title:")) {
                    title = line.substring("title:".length()).strip();
                } else if (summary == null && body.isEmpty() && line.startsWith("summary:")) {
                    summary = line.substring("summary:".length()).strip();
                } else {
                    body.append(line).append('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
