package bg.integra.web.banner;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BannerSnippetTest {

    @Test
    void theSnippetFramesTheBannerWithASizeAndATitle() {
        assertEquals("<iframe src=\"https://integra.example/banner/42\" width=\"360\" height=\"240\" "
                        + "title=\"Банер на проект, финансиран от Европейския съюз\" loading=\"lazy\" "
                        + "style=\"border:0;max-width:100%\"></iframe>",
                BannerSnippet.of("https://integra.example/", 42));
    }

    @Test
    void aLanguageGoesIntoTheAddressAndTheTitle() {
        String snippet = BannerSnippet.of("https://integra.example", 7, "en");
        assertTrue(snippet.contains("src=\"https://integra.example/banner/7?lang=en\""), snippet);
        assertTrue(snippet.contains("title=\"Banner of a project funded by the European Union\""), snippet);
        assertTrue(BannerSnippet.of("https://integra.example", 7, "xx").contains("/banner/7\""), "unknown: Bulgarian");
    }

    @Test
    void theAddressIsEscaped() {
        String snippet = BannerSnippet.of("https://x.example/a\"b<c>&", 1);
        assertTrue(snippet.startsWith("<iframe src=\"https://x.example/a&quot;b&lt;c&gt;&amp;/banner/1\""), snippet);
    }
}
