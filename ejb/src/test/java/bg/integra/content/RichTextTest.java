package bg.integra.content;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RichTextTest {

    @Test
    void keepsTheStructureAnEditorWrites() {
        String html = "<h2>Работа</h2><p>Текст с <strong>важно</strong> и <em>курсив</em>.</p><ul><li>едно</li></ul>";
        assertEquals(html, RichText.sanitise(html));
    }

    @Test
    void removesScriptsHandlersAndScriptLinks() {
        String safe = RichText.sanitise("<p onclick=\"steal()\">Hi<script>alert(1)</script></p>"
                + "<a href=\"javascript:alert(1)\">x</a><iframe src=\"https://evil\"></iframe><style>p{}</style>");
        assertFalse(safe.contains("script"), safe);
        assertFalse(safe.contains("onclick"), safe);
        assertFalse(safe.contains("iframe"), safe);
        assertFalse(safe.contains("style"), safe);
        assertTrue(safe.startsWith("<p>Hi</p>"), safe);
    }

    @Test
    void linksOpenSafelyAndPicturesComeOnlyFromOwnMedia() {
        String safe = RichText.sanitise("<a href=\"https://example.org/\">a</a>"
                + "<img src=\"https://tracker.example/x.png\" alt=\"t\"/><img src=\"/media/51/photo.jpg\" alt=\"Снимка\"/>");
        assertTrue(safe.contains("href=\"https://example.org/\""), safe);
        // The sanitiser writes the two rel tokens in either order.
        assertTrue(safe.matches("(?s).*rel=\"(noopener noreferrer|noreferrer noopener)\".*"), safe);
        assertFalse(safe.contains("tracker"), safe);
        assertTrue(safe.contains("src=\"/media/51/photo.jpg\""), safe);
    }

    @Test
    void aPictureCannotClimbOutOfTheMediaToAnotherPageOfTheSite() {
        for (String src : new String[]{"/media/1/../../admin/audit/", "/media/1/%2e%2e/%2E%2E/logout", "/media/1/..\\..\\x"}) {
            String safe = RichText.sanitise("<p>x</p><img src=\"" + src + "\" alt=\"a\"/>");
            assertFalse(safe.contains("src="), src + " gave " + safe); // a picture without an address asks for nothing
        }
        assertTrue(RichText.isOwnMedia("/media/7/report.final.png"), "dots inside a name are no climb");
    }

    @Test
    void blankIsNothing() {
        assertNull(RichText.sanitise("  "));
        assertNull(RichText.sanitise("<script>x</script>"));
    }

    @Test
    void plainTextBecomesEscapedParagraphs() {
        assertEquals("<p>a &lt;b&gt;<br />c</p><p>d</p>", RichText.fromPlainText("a <b>\nc\n\nd"));
    }
}
