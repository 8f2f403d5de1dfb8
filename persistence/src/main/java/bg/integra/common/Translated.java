package bg.integra.common;

import java.util.Map;

/**
 * A record whose texts are translated: a map from a language code to its texts in that language (a name, or a small
 * value of several texts such as {@code ProjectText}), kept by JPA in a child table with one row per language. It
 * reads them by the one fallback rule of {@link Translations}. Writing stays with each record, because a record
 * may have more to keep up to date when a text changes (its folded text for the search, its last change).
 *
 * @param <T> the texts of one language
 */
public interface Translated<T> {

    /** The texts by language code; only the languages the record is written in. */
    Map<String, T> getTexts();

    /** The texts in the given language or its fallback ({@link Translations#text}). */
    default T text(String lang) { return Translations.text(getTexts(), lang); }

    /** The language {@link #text(String)} gives the texts in. */
    default String textLanguage(String lang) { return Translations.languageOf(getTexts(), lang); }

    /** Whether the record has its own texts in this language (rather than a fallback). */
    default boolean isTranslatedInto(String lang) { return getTexts().containsKey(lang); }
}
