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

/**
 * The old forum's addresses (/forum/index.php, /forum/viewtopic.php?t=…) and the page that announced the move
 * (/forum-moved) now lead to the forum at /forum, which is itself no redirect.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ForumRedirectIT {

    private final Http http = new Http();

    private static String path(String location) {
        return location.replaceFirst("^https?://[^/]+", "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/forum/viewtopic.php?t=12&start=40", "/forum/index.php", "/forum/viewforum.php?f=3",
            "/forum/a/b/c.html", "/forum/index.php?lang=xx", "/forum/%3Cscript%3E", "/forum/c/", "/forum/t/no-number",
            "/forum-moved", "/forum-moved/", "/forum-moved?lang=bg"})
    void everyOldForumAddressIsMovedPermanentlyToTheForum(String old) {
        HttpResponse<String> r = http.get(old);
        assertEquals(301, r.statusCode(), old);
        assertEquals("/forum", path(r.headers().firstValue("Location").orElseThrow()), old);
        assertEquals(200, http.get("/forum").statusCode());
    }

    @ParameterizedTest
    @CsvSource({"/forum-moved?lang=ar,/forum?lang=ar", "/forum/index.php?lang=en,/forum?lang=en",
            "/forum/viewtopic.php?t=3&lang=uk,/forum?lang=uk", "/forum/x?lang=fa&y=1,/forum?lang=fa"})
    void theRedirectKeepsAPortalLanguage(String old, String moved) {
        HttpResponse<String> r = http.get(old);
        assertEquals(301, r.statusCode(), old);
        assertEquals(moved, path(r.headers().firstValue("Location").orElseThrow()));
        assertEquals(200, http.get(moved).statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/forum", "/forum/", "/forum?lang=bg"})
    void theForumsOwnAddressIsTheForumInBulgarian(String address) {
        HttpResponse<String> r = http.get(address);
        assertEquals(200, r.statusCode(), address);
        String html = r.body();
        assertTrue(html.matches("(?s).*<html[^>]*\\slang=\"bg\"[^>]*\\sdir=\"ltr\".*"), "Bulgarian, left to right");
        assertTrue(html.contains("<h1>" + Bundles.text("bg", "forum.title") + "</h1>"), html);
        assertTrue(html.contains(Bundles.text("bg", "publicity.funding")), "the portal's template");
    }

    @Test
    void theForumInArabicIsRightToLeftAndItsLinksKeepTheLanguage() {
        HttpResponse<String> r = http.get("/forum?lang=ar");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.matches("(?s).*<html[^>]*\\slang=\"ar\"[^>]*\\sdir=\"rtl\".*"), "Arabic, right to left");
        assertTrue(html.contains("<h1>" + Bundles.text("ar", "forum.title") + "</h1>"), html);
        assertTrue(html.contains(Bundles.text("ar", "forum.intro")), html);
        assertFalse(html.contains(Bundles.text("bg", "forum.intro")), "nothing left in Bulgarian");
    }

    @Test
    void theForumHasNoDeadLinks() {
        for (String lang : new String[]{"", "?lang=ar"}) {
            Set<String> links = Links.internal(http.get("/forum" + lang).body());
            assertTrue(links.stream().anyMatch(l -> l.startsWith("/account/sign-in?next=%2Fforum")), links::toString);
            // the account pages (sign-in) are built apart from the forum; the forum's own links must all answer
            links.removeIf(l -> l.startsWith("/account/"));
            assertTrue(links.size() >= 3, links::toString);
            Links.assertAllAnswer(http, links);
        }
    }
}
