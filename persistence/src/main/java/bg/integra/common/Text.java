package bg.integra.common;

import java.util.Locale;

/** Small helpers for user-entered text. */
public final class Text {

    private Text() {
    }

    public static String blankToNull(String s) {
        if (s == null) return null;
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    /**
     * The form in which text is searched: lower case in a locale-independent way and single-spaced.
     * Done in Java so that H2 and PostgreSQL (whose {@code lower()} depends on the cluster's locale) agree.
     */
    public static String searchable(String s) {
        if (s == null) return "";
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
