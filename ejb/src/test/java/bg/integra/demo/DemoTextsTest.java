package bg.integra.demo;

import bg.integra.content.ContentText;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DemoTextsTest {

    @Test
    void readsOneTextPerLanguageWithSanitisedBody() {
        Map<String, ContentText> texts = DemoTexts.parse("t", """
                [bg]
                title: Заглавие
                summary: Резюме
                <p onclick="x()">Текст</p><script>alert(1)</script>

                [en]
                title: Title
                <p>Text</p>
                """);
        assertEquals(List.of("bg", "en"), List.copyOf(texts.keySet()));
        assertEquals("Заглавие", texts.get("bg").getTitle());
        assertEquals("Резюме", texts.get("bg").getSummary());
        assertEquals("<p>Текст</p>", texts.get("bg").getBody());
        assertNull(texts.get("en").getSummary());
        assertEquals("<p>Text</p>", texts.get("en").getBody());
    }

    @Test
    void refusesMalformedFiles() {
        assertThrows(IllegalStateException.class, () -> DemoTexts.parse("t", "[bg]\nsummary: no title\n"));
        assertThrows(IllegalStateException.class, () -> DemoTexts.parse("t", "[bg]\ntitle: a\n[bg]\ntitle: b\n"));
        assertThrows(IllegalStateException.class, () -> DemoTexts.parse("t", "stray\n[bg]\ntitle: a\n"));
        assertThrows(IllegalStateException.class, () -> DemoTexts.read("no-such-item"));
    }
}
