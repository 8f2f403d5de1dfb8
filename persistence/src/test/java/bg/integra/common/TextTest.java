package bg.integra.common;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TextTest {

    @Test
    void searchableLowersLatinAndCyrillic() {
        assertEquals("проект за интеграция project", Text.searchable("ПРОЕКТ за Интеграция PROJECT"));
    }

    @Test
    void searchableCollapsesAndTrimsWhitespace() {
        assertEquals("a b c", Text.searchable("  A \t\n B    c  "));
    }

    @Test
    void controlCharactersThatPostgreSqlRefusesAreDropped() {
        assertEquals("ab", Text.searchable("a\u0000b"));
        assertEquals("ред 1\nред 2", Text.blankToNull(" ред\u0000 1\nред\u0007 2 "));
        assertNull(Text.blankToNull("\u0000\u0001"));
    }

    @Test
    void searchableOfNullIsEmpty() {
        assertEquals("", Text.searchable(null));
        assertEquals("", Text.searchable("   "));
    }

    @Test
    void searchableDoesNotDependOnTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            assertEquals("title i", Text.searchable("TITLE I")); // Turkish lower case would give a dotless ı
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void searchableKeepsPunctuationAndLikeWildcards() {
        assertEquals("50% off_now \"quoted\"", Text.searchable("50% OFF_NOW \"Quoted\""));
    }

    @Test
    void blankToNull() {
        assertNull(Text.blankToNull(null));
        assertNull(Text.blankToNull(""));
        assertNull(Text.blankToNull(" \t "));
        assertEquals("x y", Text.blankToNull("  x y "));
    }
}
