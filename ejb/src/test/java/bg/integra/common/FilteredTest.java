package bg.integra.common;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** LIKE patterns of {@link Filtered#containing}: the text's own wildcards and backslashes are escaped. */
class FilteredTest {

    @Test
    void plainTextIsUnchanged() {
        assertEquals("интеграция 2013/01-05.01", escaped("интеграция 2013/01-05.01"));
        assertEquals("", escaped(""));
    }

    @Test
    void wildcardsAreEscaped() {
        assertEquals("50\\% off", escaped("50% off"));
        assertEquals("a\\_b", escaped("a_b"));
        assertEquals("\\%\\%\\_", escaped("%%_"));
    }

    @Test
    void theEscapeCharacterItselfIsEscapedFirst() {
        assertEquals("a\\\\b", escaped("a\\b"));
        assertEquals("\\\\\\%", escaped("\\%"));
    }

    @Test
    void quotesAndMarkupPassThroughAsParameterText() {
        assertEquals("'; drop table project; --<script>\"", escaped("'; drop table project; --<script>\""));
    }

    /** LIKE with ESCAPE '\' evaluated in Java: the escaped pattern matches exactly the literal text. */
    @Test
    void theEscapedPatternMatchesOnlyTheLiteralText() {
        assertTrue(like("скидка 50% за всички", Filtered.containing("50%")));
        assertFalse(like("скидка 500 за всички", Filtered.containing("50%")));
        assertTrue(like("a_b", Filtered.containing("a_b")));
        assertFalse(like("axb", Filtered.containing("a_b")));
        assertTrue(like("c:\\dir", Filtered.containing("c:\\dir")));
    }

    /** The pattern without the wildcards around it. */
    private static String escaped(String text) {
        String pattern = Filtered.containing(text);
        return pattern == null ? "" : pattern.substring(1, pattern.length() - 1);
    }

    @Test
    void noTextIsNoCondition() {
        assertNull(Filtered.containing(null));
        assertNull(Filtered.containing(""));
        assertEquals("%a%", Filtered.containing("a"));
    }

    private static boolean like(String text, String pattern) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(text).matches();
    }
}
