package bg.integra.it.legacy;

import bg.integra.it.Bundles;
import bg.integra.it.Http;
import bg.integra.it.Links;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The old forum's addresses (/forum/…) and the page that says where the forum is going. */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ForumRedirectIT {

    private final Http http = new Http();

    private static String path(String location) {
        return location.replaceFirst("^https?://[^/]+", "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/forum", "/forum/", "/forum/viewtopic.php?t=12&start=40", "/forum/index.php",
            "/forum/a/b/c.html", "/forum/?lang=xx", "/forum?lang=bg", "/forum/%3Cscript%3E"})
    void everyOldForumAddressIsMovedPermanentlyToTheForumMovedPage(String old) {
        HttpResponse<String> r = http.get(old);
        assertEquals(301, r.statusCode(), old);
        assertEquals("/forum-moved", path(r.headers().firstValue("Location").orElseThrow()), old);
        assertEquals(200, http.get("/forum-moved").statusCode());
    }

    @ParameterizedTest
    @CsvSource({"/forum?lang=ar,/forum-moved?lang=ar", "/forum/?lang=en,/forum-moved?lang=en",
            "/forum/viewtopic.php?t=3&lang=uk,/forum-moved?lang=uk", "/forum/x?lang=fa&y=1,/forum-moved?lang=fa"})
    void theRedirectKeepsAPortalLanguage(String old, String moved) {
        HttpResponse<String> r = http.get(old);
        assertEquals(301, r.statusCode(), old);
        assertEquals(moved, path(r.headers().firstValue("Location").orElseThrow()));
        assertEquals(200, http.get(moved).statusCode());
    }

    @Test
    void thePageInBulgarianSaysWhereTheForumIsGoingAndWhatToDoMeanwhile() {
        HttpResponse<String> r = http.get("/forum-moved");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.matches("(?s).*<html[^>]*\\slang=\"bg\"[^>]*\\sdir=\"ltr\".*"), "Bulgarian, left to right");
        assertTrue(html.contains("<h1>" + Bundles.text("bg", "forumMoved.title") + "</h1>"), html);
        assertTrue(html.contains(Bundles.text("bg", "forumMoved.intro")), html);
        assertTrue(html.contains("<a href=\"/info\">" + Bundles.text("bg", "forumMoved.info") + "</a>"), html);
        assertTrue(html.contains("<a href=\"/search\">" + Bundles.text("bg", "forumMoved.search") + "</a>"), html);
        assertTrue(html.contains("<h2 id=\"contacts\">" + Bundles.text("bg", "forumMoved.contacts") + "</h2>"), html);
        assertTrue(html.contains("<a href=\"#contacts\">"), "the way to the contacts");
        assertTrue(html.contains(Bundles.text("bg", "publicity.funding")), "the portal's template");
    }

    @Test
    void thePageInArabicIsRightToLeftAndItsLinksKeepTheLanguage() {
        HttpResponse<String> r = http.get("/forum-moved?lang=ar");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.matches("(?s).*<html[^>]*\\slang=\"ar\"[^>]*\\sdir=\"rtl\".*"), "Arabic, right to left");
        assertTrue(html.contains("<h1>" + Bundles.text("ar", "forumMoved.title") + "</h1>"), html);
        assertTrue(html.contains(Bundles.text("ar", "forumMoved.intro")), html);
        assertTrue(html.contains("<a href=\"/info?lang=ar\">" + Bundles.text("ar", "forumMoved.info") + "</a>"), html);
        assertTrue(html.contains("<a href=\"/search?lang=ar\">" + Bundles.text("ar", "forumMoved.search") + "</a>"), html);
        assertFalse(html.contains(Bundles.text("bg", "forumMoved.title")), "nothing left in Bulgarian");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru", "tr", "fa", "uk"})
    void thePageIsInEveryPortalLanguage(String lang) {
        String html = http.get("/forum-moved?lang=" + lang).body();
        assertTrue(html.contains("<h1>" + Bundles.text(lang, "forumMoved.title") + "</h1>"), html);
        assertFalse(html.contains(Bundles.text("bg", "forumMoved.intro")), lang + " shows Bulgarian text");
    }

    @Test
    void thePageHasNoDeadLinks() {
        for (String lang : new String[]{"", "?lang=ar"}) {
            Set<String> links = Links.internal(http.get("/forum-moved" + lang).body());
            assertTrue(links.size() >= 3, links::toString);
            Links.assertAllAnswer(http, links);
        }
    }
}
