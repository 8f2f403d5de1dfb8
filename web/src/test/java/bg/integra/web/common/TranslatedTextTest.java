package bg.integra.web.common;

import bg.integra.project.ProjectText;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TranslatedTextTest {

    @Test
    void aNewRecordOffersTheLanguagesStaffWriteInAndTheRestToAdd() {
        TranslatedText names = TranslatedText.empty();
        assertEquals(List.of("bg", "en"), names.getLanguages());
        assertEquals(List.of("ar", "ru", "tr", "fa", "uk"), names.getAddable());
        assertTrue(names.isRequired("bg"));
        assertFalse(names.isRemovable("bg"));
        assertTrue(names.isRemovable("en"));
        assertEquals(Map.of(), names.texts(), "empty rows are no translations");
    }

    @Test
    void everyLanguageTheRecordHasGetsARowInThePortalsOrder() {
        TranslatedText names = TranslatedText.of(Map.of("uk", "Організація", "bg", "Организация", "ar", "منظمة"));
        assertEquals(List.of("bg", "en", "ar", "uk"), names.getLanguages());
        assertEquals("منظمة", names.getRows().get("ar").getText());
        assertEquals("rtl", names.dir("ar"));
        assertEquals("ltr", names.dir("uk"));
        assertEquals(List.of("ru", "tr", "fa"), names.getAddable());
    }

    @Test
    void anAddedRowIsWrittenBackAndBlankRowsAreDropped() {
        TranslatedText names = TranslatedText.of(Map.of("bg", "Организация", "en", "Organisation"));
        names.add("ar");
        assertFalse(names.isAddable("ar"));
        names.getRows().get("ar").setText("منظمة");
        names.getRows().get("en").setText("  ");
        assertEquals(Map.of("bg", "Организация", "ar", "منظمة"), names.texts());
        assertEquals(List.of("bg", "ar"), List.copyOf(names.texts().keySet()), "in the portal's order");
    }

    @Test
    void aRemovedRowForgetsWhatWasTypedAndBulgarianCannotBeRemoved() {
        TranslatedText names = TranslatedText.of(Map.of("bg", "Организация", "tr", "Kuruluş"));
        names.remove("tr");
        assertFalse(names.shows("tr"));
        assertTrue(names.isAddable("tr"));
        assertEquals(Map.of("bg", "Организация"), names.texts());
        names.add("tr");
        assertNull(names.getRows().get("tr").getText(), "added again: an empty row");
        assertThrows(IllegalArgumentException.class, () -> names.remove("bg"));
        assertThrows(IllegalArgumentException.class, () -> names.add("xx"));
    }

    @Test
    void aLanguageThePortalDoesNotSpeakIsKept() {
        TranslatedText names = TranslatedText.of(Map.of("bg", "Организация", "de", "Organisation"));
        assertFalse(names.getAddable().contains("de"));
        assertEquals(Map.of("bg", "Организация", "de", "Organisation"), names.texts());
    }

    @Test
    void aTitleAndSummaryPerLanguageComeBackAsValues() {
        TranslatedText texts = TranslatedText.of(Map.of("bg", new ProjectText("Проект", "Резюме")),
                ProjectText::getTitle, ProjectText::getSummary);
        assertEquals("Резюме", texts.getRows().get("bg").getDetail());
        texts.add("fa");
        texts.getRows().get("fa").setText("پروژه");
        texts.getRows().get("en").setDetail("A summary without a title is no translation");
        Map<String, ProjectText> values = texts.values(ProjectText::new);
        assertEquals(Map.of("bg", new ProjectText("Проект", "Резюме"), "fa", new ProjectText("پروژه", null)), values);
    }

    @Test
    void aRecordOfSeveralTextsPerLanguageKeepsEachTextAndNamesATranslationWithoutItsTitle() {
        Map<String, Map<String, String>> stored = Map.of(
                "bg", new java.util.LinkedHashMap<>(Map.of("title", "Практика")),
                "ar", new java.util.LinkedHashMap<>(Map.of("title", "ممارسة")));
        stored.get("bg").put("results", "Резултати");
        TranslatedText texts = TranslatedText.ofFields(stored, fields -> fields);
        assertEquals(List.of("bg", "en", "ar"), texts.getLanguages());
        assertEquals("Практика", texts.getRows().get("bg").getText());
        assertEquals("Резултати", texts.getRows().get("bg").getFields().get("results"));
        assertEquals(List.of(), texts.getUntitled());

        texts.getRows().get("en").getFields().put("results", "Results");
        assertEquals(List.of("en"), texts.getUntitled(), "English has results but no title");
        assertEquals(List.of("bg", "ar"), List.copyOf(texts.rowValues(row -> row.getFields().get("results")).keySet()));
        texts.remove("en");
        assertEquals(List.of(), texts.getUntitled());
        texts.add("en");
        assertNull(texts.getRows().get("en").getFields().get("results"), "a removed row forgets its fields too");
    }
}
