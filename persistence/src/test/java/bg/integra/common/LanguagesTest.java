package bg.integra.common;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguagesTest {

    @Test
    void aMissingTranslationFallsBackToEnglishThenBulgarian() {
        assertEquals(List.of("ar", "en", "bg"), Languages.fallbacks("ar"));
        assertEquals(List.of("en", "bg"), Languages.fallbacks("en"));
        assertEquals(List.of("bg"), Languages.fallbacks("bg"));
    }

    @Test
    void thePortalSpeaksSevenLanguagesTwoOfThemRightToLeft() {
        assertEquals(7, Languages.PORTAL.size());
        assertEquals("ar", Languages.portalOrDefault("ar"));
        assertEquals("bg", Languages.portalOrDefault("xx"));
        assertEquals("bg", Languages.portalOrDefault(null));
        assertTrue(Languages.RIGHT_TO_LEFT.containsAll(List.of("ar", "fa")));
        assertTrue(Languages.PORTAL.containsAll(Languages.RIGHT_TO_LEFT));
        assertTrue(Languages.PORTAL.containsAll(Languages.SUPPORTED));
    }
}
