package bg.integra.common;

import java.util.Map;
import java.util.Objects;

/**
 * The one way Integra reads and writes a translated text. Every translated field is a map from a language code to
 * its text (a name, a title) or to a small value of several texts ({@code ProjectText}, {@code ContentText},
 * {@code ImageText}), kept by JPA in a child table with one row per language; Bulgarian is the row every record
 * has. Reading picks the wanted language or its fallback ({@link Languages#fallbacks}); writing a blank text
 * removes the language's row, so an empty field in a form never stores an empty translation.
 */
public final class Translations {

    private Translations() {
    }

    /** The text in {@code lang} or, failing that, in the first of its fallbacks the map has; null for an empty map. */
    public static <T> T text(Map<String, T> translations, String lang) {
        return translations.get(languageOf(translations, lang));
    }

    /** The language {@link #text} gives the text in: {@code lang} or one of its fallbacks, else Bulgarian. */
    public static String languageOf(Map<String, ?> translations, String lang) {
        for (String candidate : Languages.fallbacks(lang)) {
            if (translations.get(candidate) != null) return candidate;
        }
        return Languages.DEFAULT;
    }

    /** Whether the map has the Bulgarian text that every translated field requires. */
    public static boolean hasDefault(Map<String, ?> translations) {
        return translations.get(Languages.DEFAULT) != null;
    }

    /**
     * The Bulgarian text to create a record with, or an empty one when there is none: a constructor that requires
     * it then gets a blank, which the record's Bean Validation refuses with its message.
     */
    public static String defaultText(Map<String, String> texts) {
        return Objects.requireNonNullElse(texts.get(Languages.DEFAULT), "");
    }

    /** Puts the trimmed text in {@code lang}, or removes the language when the text is blank. */
    public static void put(Map<String, String> translations, String lang, String text) {
        Objects.requireNonNull(lang, "lang");
        String value = Text.blankToNull(text);
        if (value == null) {
            translations.remove(lang);
        } else {
            translations.put(lang, value);
        }
    }

    /** Makes the map hold exactly the non-blank texts of {@code texts}, trimmed. */
    public static void replace(Map<String, String> translations, Map<String, String> texts) {
        translations.keySet().retainAll(texts.keySet());
        texts.forEach((lang, text) -> put(translations, lang, text));
    }

    /**
     * Puts a value of several texts in {@code lang}, or removes the language when the value is null. The Bulgarian
     * value cannot be removed: it is what every other language falls back to.
     */
    public static <T> void set(Map<String, T> translations, String lang, T value) {
        Objects.requireNonNull(lang, "lang");
        if (value == null) {
            if (Languages.DEFAULT.equals(lang)) throw new IllegalArgumentException("The Bulgarian text is required");
            translations.remove(lang);
        } else {
            translations.put(lang, value);
        }
    }

    /** Makes the map hold exactly the values of {@code values}; they must include Bulgarian. */
    public static <T> void setAll(Map<String, T> translations, Map<String, T> values) {
        if (values.get(Languages.DEFAULT) == null) throw new IllegalArgumentException("The Bulgarian text is required");
        translations.keySet().retainAll(values.keySet());
        values.forEach((lang, value) -> set(translations, lang, value));
    }
}
