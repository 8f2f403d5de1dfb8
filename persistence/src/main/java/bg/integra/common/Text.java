package bg.integra.common;

import java.util.Locale;

/** Small helpers for user-entered text. */
public final class Text {

    private Text() {
    }

    /** Trimmed text without control characters (PostgreSQL refuses NUL), or null when nothing is left. */
    public static String blankToNull(String s) {
        if (s == null) return null;
        String t = withoutControlCharacters(s).strip();
        return t.isEmpty() ? null : t;
    }

    /** Drops control characters except line breaks and tabs, which multi-line text keeps. */
    public static String withoutControlCharacters(String s) {
        return s == null ? null : CONTROL.matcher(s).replaceAll("");
    }

    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");

    /**
     * The form in which text is searched: lower case in a locale-independent way and single-spaced.
     * Done in Java so that H2 and PostgreSQL (whose {@code lower()} depends on the cluster's locale) agree.
     */
    public static String searchable(String s) {
        if (s == null) return "";
        return withoutControlCharacters(s).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
