package bg.integra.project;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectServiceEscapeLikeTest {

    @Test
    void plainTextIsUnchanged() {
        assertEquals("интеграция 2013/01-05.01", ProjectService.escapeLike("интеграция 2013/01-05.01"));
        assertEquals("", ProjectService.escapeLike(""));
    }

    @Test
    void wildcardsAreEscaped() {
        assertEquals("50\\% off", ProjectService.escapeLike("50% off"));
        assertEquals("a\\_b", ProjectService.escapeLike("a_b"));
        assertEquals("\\%\\%\\_", ProjectService.escapeLike("%%_"));
    }

    @Test
    void theEscapeCharacterItselfIsEscapedFirst() {
        assertEquals("a\\\\b", ProjectService.escapeLike("a\\b"));
        assertEquals("\\\\\\%", ProjectService.escapeLike("\\%"));
    }

    @Test
    void quotesAndMarkupPassThroughAsParameterText() {
        assertEquals("'; drop table project; --<script>\"", ProjectService.escapeLike("'; drop table project; --<script>\""));
    }

    /** LIKE with ESCAPE '\' evaluated in Java: the escaped pattern matches exactly the literal text. */
    @Test
    void theEscapedPatternMatchesOnlyTheLiteralText() {
        assertTrue(like("скидка 50% за всички", "%" + ProjectService.escapeLike("50%") + "%"));
        assertFalse(like("скидка 500 за всички", "%" + ProjectService.escapeLike("50%") + "%"));
        assertTrue(like("a_b", "%" + ProjectService.escapeLike("a_b") + "%"));
        assertFalse(like("axb", "%" + ProjectService.escapeLike("a_b") + "%"));
        assertTrue(like("c:\\dir", "%" + ProjectService.escapeLike("c:\\dir") + "%"));
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
