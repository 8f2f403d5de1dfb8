package bg.integra.common;

import java.util.List;

/**
 * The languages in which translatable text is kept. Translations are rows keyed by an ISO 639-1 code,
 * so a new language is a new entry here and in the resource bundles, never a schema change.
 */
public final class Languages {

    /** Bulgarian comes first: it is the language of the grants and the fallback of every translation. */
    public static final String DEFAULT = "bg";
    public static final String ENGLISH = "en";
    public static final List<String> SUPPORTED = List.of(DEFAULT, ENGLISH);
    public static final int CODE_LENGTH = 8;

    private Languages() {
    }

    public static boolean isSupported(String code) {
        return code != null && SUPPORTED.contains(code);
    }

    /** The code itself when supported, else Bulgarian. */
    public static String orDefault(String code) {
        return isSupported(code) ? code : DEFAULT;
    }
}
