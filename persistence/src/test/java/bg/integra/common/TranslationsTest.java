package bg.integra.common;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TranslationsTest {

    private static final Map<String, String> BOTH = Map.of("bg", "Проект", "en", "Project");

    @Test
    void aMissingLanguageFallsBackToEnglishThenBulgarian() {
        assertEquals("Project", Translations.text(BOTH, "ar"));
        assertEquals("en", Translations.languageOf(BOTH, "ar"));
        assertEquals("Проект", Translations.text(Map.of("bg", "Проект"), "fa"));
        assertEquals("bg", Translations.languageOf(Map.of("bg", "Проект"), "en"));
        assertEquals("Проект", Translations.text(BOTH, "bg"), "Bulgarian never falls back to English");
        assertEquals("Project", Translations.text(BOTH, null), "no language asked: English first");
    }

    @Test
    void aTextInTheWantedLanguageWins() {
        Map<String, String> arabic = Map.of("bg", "Проект", "en", "Project", "ar", "مشروع");
        assertEquals("مشروع", Translations.text(arabic, "ar"));
        assertEquals("ar", Translations.languageOf(arabic, "ar"));
        assertEquals("Project", Translations.text(arabic, "ru"), "Russian falls back to English, not to Arabic");
    }

    @Test
    void anEmptyMapHasNoTextAndNamesBulgarian() {
        assertNull(Translations.text(Map.<String, String>of(), "ar"));
        assertEquals("bg", Translations.languageOf(Map.of(), "ar"));
        assertFalse(Translations.hasDefault(Map.of("en", "Project")));
        assertTrue(Translations.hasDefault(BOTH));
    }

    @Test
    void aBlankTextRemovesTheLanguageAndATextIsTrimmed() {
        Map<String, String> names = new HashMap<>(BOTH);
        Translations.put(names, "ar", "  مشروع \u0000");
        assertEquals("مشروع", names.get("ar"));
        Translations.put(names, "en", "   ");
        Translations.put(names, "ar", null);
        assertEquals(Map.of("bg", "Проект"), names);
    }

    @Test
    void replacingKeepsExactlyTheNonBlankTexts() {
        Map<String, String> names = new HashMap<>(Map.of("bg", "Стар", "en", "Old", "ru", "Старый"));
        Map<String, String> edited = new HashMap<>();
        edited.put("bg", " Нов ");
        edited.put("en", "");
        edited.put("ar", "جديد");
        Translations.replace(names, edited);
        assertEquals(Map.of("bg", "Нов", "ar", "جديد"), names);
    }

    @Test
    void aValueOfSeveralTextsIsRemovedByNullButBulgarianStays() {
        Map<String, String> texts = new HashMap<>(BOTH);
        Translations.set(texts, "en", null);
        assertEquals(Map.of("bg", "Проект"), texts);
        assertThrows(IllegalArgumentException.class, () -> Translations.set(texts, "bg", null));
        assertThrows(IllegalArgumentException.class, () -> Translations.setAll(texts, Map.of("en", "Project")));
        assertEquals(Map.of("bg", "Проект"), texts, "a refused change leaves the texts as they were");
        Translations.setAll(texts, Map.of("bg", "Нов", "tr", "Proje"));
        assertEquals(Map.of("bg", "Нов", "tr", "Proje"), texts);
    }

    @Test
    void aRecordWithoutBulgarianStartsBlankForItsValidationToRefuse() {
        assertEquals("Проект", Translations.defaultText(BOTH));
        assertEquals("", Translations.defaultText(Map.of("en", "Project")));
    }
}
