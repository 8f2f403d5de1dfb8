package bg.integra.common;

import java.util.List;
import java.util.Set;

/**
 * The languages of Integra. Translations are rows keyed by an ISO 639-1 code, so a new language is a new entry
 * here and a new resource bundle, never a schema change.
 */
public final class Languages {

    /** Bulgarian comes first: it is the language of the grants and the last fallback of every translation. */
    public static final String DEFAULT = "bg";
    public static final String ENGLISH = "en";
    /** The languages staff write content in, and the back-office's languages. */
    public static final List<String> SUPPORTED = List.of(DEFAULT, ENGLISH);
    /** The languages the portal speaks: those of the host society and those immigrants in Bulgaria read. */
    public static final List<String> PORTAL = List.of(DEFAULT, ENGLISH, "ar", "ru", "tr", "fa", "uk");
    /** Written right to left. */
    public static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa");
    public static final int CODE_LENGTH = 8;

    private Languages() {
    }

    public static boolean isSupported(String code) {
        return code != null && SUPPORTED.contains(code);
    }

    /** The writing direction of a language, for a {@code dir} attribute: "rtl" for Arabic and Persian, else "ltr". */
    public static String direction(String lang) {
        return lang != null && RIGHT_TO_LEFT.contains(lang) ? "rtl" : "ltr";
    }

    /** The code itself when supported, else Bulgarian. */
    public static String orDefault(String code) {
        return isSupported(code) ? code : DEFAULT;
    }

    /** The code itself when the portal speaks it, else Bulgarian. */
    public static String portalOrDefault(String code) {
        return code != null && PORTAL.contains(code) ? code : DEFAULT;
    }

    /**
     * Where to look for a text wanted in {@code lang}: that language, then English (which more immigrants read
     * than Bulgarian), then Bulgarian, which every translatable text has.
     */
    public static List<String> fallbacks(String lang) {
        if (DEFAULT.equals(lang)) return List.of(DEFAULT);
        if (ENGLISH.equals(lang) || lang == null) return List.of(ENGLISH, DEFAULT);
        return List.of(lang, ENGLISH, DEFAULT);
    }
}
