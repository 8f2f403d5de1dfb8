package bg.integra.it.forum;

import bg.integra.it.Bundles;
import bg.integra.it.Http;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;

import static bg.integra.it.forum.ForumVisitor.article;
import static bg.integra.it.forum.ForumVisitor.location;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The forum's pages as readers see them without signing in: the lists, a topic paged 20 posts a page, the address
 * of one post, the moves of wrong addresses, 404 for what is not there; and the page cache, which serves anonymous
 * readers but never a signed-in visitor's page.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ForumPagesIT {

    private final Http anonymous = new Http();

    private static String text(String lang, String key, Object... args) {
        return new MessageFormat(Bundles.text(lang, key), Locale.ROOT).format(args); // the pages keep Western digits
    }

    @Test
    void anonymousReadersSeeTheListsAndATopicPagedTwentyPostsAPage() {
        JsonObject seed = ForumVisitor.seedRecent(anonymous, 24); // 25 posts: two pages, the latest in the forum
        String topic = "/forum/t/" + seed.getString("topicPath");
        String category = "/forum/c/" + seed.getString("categorySlug");

        HttpResponse<String> forum = anonymous.get("/forum");
        assertEquals(200, forum.statusCode());
        assertTrue(forum.body().contains("href=\"" + category + "\""), "lists the category");
        assertTrue(forum.body().contains("href=\"" + topic + "\""), "the latest topics hold the new one");
        assertTrue(forum.headers().firstValue("Set-Cookie").isEmpty(), "reading makes no session");

        String list = anonymous.get(category).body();
        assertTrue(list.contains("Категория " + seed.getString("tag")), "the category's Bulgarian name");
        assertTrue(list.contains(text("bg", "forum.counts", 1, 25)), list);
        assertTrue(list.contains("href=\"" + topic + "\""), list);
        assertTrue(anonymous.get(category + "?lang=en").body().contains("Категория " + seed.getString("tag") + " (en)"),
                "the English name on the English page");

        HttpResponse<String> first = anonymous.get(topic);
        assertEquals(200, first.statusCode());
        String html = first.body();
        assertTrue(html.contains("<h1>Тема за теста " + seed.getString("tag") + "</h1>"), html);
        assertNotNull(article(html, 1));
        assertNotNull(article(html, 20));
        assertNull(article(html, 21), "20 posts a page");
        assertTrue(article(html, 1).contains("<bdi>Член " + seed.getString("tag") + "</bdi>"), "the author");
        assertTrue(article(html, 2).matches("(?s).*<time datetime=\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d)?\">.*"), article(html, 2));
        assertTrue(html.contains("href=\"" + topic + "?page=2\" rel=\"next\""), "the next page");
        assertFalse(html.contains("name=\"formToken\""), "no forms for a reader not signed in");
        assertTrue(html.contains("/account/sign-in?next=" + Http.enc(topic)), "the way to sign in and come back");

        String second = anonymous.get(topic + "?page=2").body();
        assertNotNull(article(second, 21));
        assertNotNull(article(second, 25));
        assertNull(article(second, 20));

        String post23 = anonymous.get(topic + "?post=23").body();
        assertNotNull(article(post23, 23), "?post=N opens the page that holds post N");
        assertNull(article(post23, 1));
        assertNotNull(article(anonymous.get(topic + "?post=7").body(), 7));
    }

    @Test
    void aWrongSlugIsMovedToTheTopicsAddressAndUnknownThingsAreNotFound() {
        JsonObject seed = ForumVisitor.seed(anonymous, 1);
        long id = seed.getJsonNumber("topicId").longValue();
        String topic = "/forum/t/" + seed.getString("topicPath");

        HttpResponse<String> moved = anonymous.get("/forum/t/old-title-" + id + "?post=2&lang=ar");
        assertEquals(301, moved.statusCode());
        assertEquals(topic + "?post=2&lang=ar", location(moved));
        assertEquals(301, anonymous.get("/forum/t/" + id).statusCode(), "the id alone");

        for (String missing : new String[]{"/forum/t/nothing-here-999999999", "/forum/c/no-such-category-" + id,
                "/forum/c/no-such-category-" + id + "/new", "/forum/p/999999999/edit"}) {
            HttpResponse<String> r = anonymous.get(missing);
            assertEquals(404, r.statusCode(), missing);
            assertTrue(r.body().contains(Bundles.text("bg", "error.notFound.title")), "the portal's 404 page: " + missing);
        }
    }

    @Test
    void aMembersPageShowsTheirVisiblePostsAndWhereAMentionLeads() {
        // member (api-m-): a topic of 6 posts and one of 2; basic (api-b-): 5 visible replies, a hidden one, and a
        // held and a hidden topic of its own; gone (api-g-): deleted
        JsonObject seed = Http.json(anonymous.postForm("/test-support/forum-api", Map.of()));
        String tag = seed.getString("tag");
        String basic = "api-b-" + tag;

        HttpResponse<String> page = anonymous.get("/forum/u/" + basic);
        assertEquals(200, page.statusCode(), page.body());
        String html = page.body();
        assertTrue(html.contains("<h1><bdi>Основен " + tag + "</bdi></h1>"), html);
        assertTrue(html.contains("@" + basic), "the handle others mention");
        assertEquals(5, count(html, "<article class=\"post\""), "the five visible replies, hidden ones left out: " + html);
        assertTrue(html.contains("Отговор 5: По-стара тема " + tag), html);
        assertFalse(html.contains("Скрит отговор"), "not a hidden reply");
        assertFalse(html.contains("Задържана тема") || html.contains("Скрита тема"), "nor its held or hidden topics");
        assertTrue(html.matches("(?s).*<dt>" + Bundles.text("bg", "forum.member.topics") + "</dt><dd>0</dd>.*"),
                "its visible topics: none");
        assertTrue(html.matches("(?s).*<dt>" + Bundles.text("bg", "forum.member.posts") + "</dt><dd>5</dd>.*"), html);
        assertTrue(html.contains("href=\"/forum/t/"), "each post links to its place in its topic");
        assertTrue(page.headers().firstValue("Set-Cookie").isEmpty(), "reading makes no session");

        HttpResponse<String> typed = anonymous.get("/forum/u/API-B-" + tag.toUpperCase(Locale.ROOT) + "?page=1&lang=en");
        assertEquals(301, typed.statusCode(), "a mention typed in capitals");
        assertEquals("/forum/u/" + basic + "?page=1&lang=en", location(typed));

        // the topic's address from its id alone (a 301 to its slug)
        String topicPage = anonymous.get(location(anonymous.get("/forum/t/" + seed.getJsonNumber("olderId")))).body();
        assertTrue(topicPage.contains("<a href=\"/forum/u/" + basic + "\"><bdi>Основен " + tag + "</bdi></a>"),
                "a post's author links to their page");
        String newer = anonymous.get(location(anonymous.get("/forum/t/" + seed.getJsonNumber("newerId")))).body();
        assertTrue(newer.contains("<bdi>" + Bundles.text("bg", "forum.deletedUser") + "</bdi>"), newer);
        assertFalse(newer.contains("href=\"/forum/u/deleted-"), "a deleted author's posts stay, without a page");

        for (String missing : new String[]{"/forum/u/deleted-" + seed.getJsonNumber("goneId"), "/forum/u/api-g-" + tag,
                "/forum/u/nobody-" + tag}) {
            HttpResponse<String> r = anonymous.get(missing);
            assertEquals(404, r.statusCode(), missing);
            assertTrue(r.body().contains(Bundles.text("bg", "error.notFound.title")), "the portal's 404 page: " + missing);
        }
    }

    private static int count(String html, String part) {
        int n = 0;
        for (int at = html.indexOf(part); at >= 0; at = html.indexOf(part, at + 1)) n++;
        return n;
    }

    @Test
    void topicPagesAreInEveryPortalLanguageAndRightToLeftInArabicAndFarsi() {
        JsonObject seed = ForumVisitor.seed(anonymous, 1);
        String topic = "/forum/t/" + seed.getString("topicPath");
        for (String lang : new String[]{"en", "ar", "ru", "tr", "fa", "uk"}) {
            String html = anonymous.get(topic + "?lang=" + lang).body();
            String dir = lang.equals("ar") || lang.equals("fa") ? "rtl" : "ltr";
            assertTrue(html.matches("(?s).*<html[^>]*\\slang=\"" + lang + "\"[^>]*\\sdir=\"" + dir + "\".*"), lang);
            assertTrue(html.contains(text(lang, "forum.posts", 2)), lang + ": " + html);
            // the title is Bulgarian on a page in another language: marked as such
            assertTrue(html.contains("<h1 lang=\"bg\""), lang);
        }
    }

    @Test
    void anAnonymousReaderGetsTheCachedPageAndASignedInVisitorNeverDoes() {
        JsonObject seed = ForumVisitor.seed(anonymous, 1);
        String topic = "/forum/t/" + seed.getString("topicPath");

        HttpResponse<String> first = anonymous.get(topic);
        String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag for a reader"));
        assertTrue(first.headers().firstValue("Cache-Control").orElse("").contains("public"));
        assertEquals(304, anonymous.get(topic, "If-None-Match", etag).statusCode(), "kept and revalidated");

        ForumVisitor member = ForumVisitor.signedIn(seed, "member");
        String name = "Член " + seed.getString("tag");
        HttpResponse<String> own = member.get(topic);
        assertEquals(200, own.statusCode());
        assertTrue(own.body().contains(Bundles.text("bg", "forum.signedInAs") + " <strong><bdi>" + name + "</bdi></strong>"),
                own::body);
        assertTrue(own.body().contains("value=\"" + member.formToken() + "\""), "the session's token in its forms");
        assertTrue(own.headers().firstValue("ETag").isEmpty(), "not from the cache");
        assertTrue(own.headers().firstValue("Cache-Control").orElse("").contains("no-store"), "nor kept by the browser");
        assertEquals(200, member.http.get(topic, "If-None-Match", etag).statusCode(), "the reader's copy is not theirs");
        // /forum/c/… and /forum too: the signed-in visitor's render is never the one readers get
        member.get("/forum/c/" + seed.getString("categorySlug"));
        for (String page : new String[]{topic, "/forum/c/" + seed.getString("categorySlug"), "/forum"}) {
            HttpResponse<String> r = anonymous.get(page);
            assertFalse(r.body().contains(member.formToken()), page);
            assertFalse(r.body().contains(Bundles.text("bg", "forum.signOut")), page);
        }
        assertEquals(etag, anonymous.get(topic).headers().firstValue("ETag").orElseThrow(), "the readers' page unchanged");
    }

    @Test
    void aCategoryHasAnAtomFeedOfItsLatestTopicsThatFeedReadersCanPoll() throws Exception {
        JsonObject seed = ForumVisitor.seed(anonymous, 1);
        String feed = "/forum/c/" + seed.getString("categorySlug") + "/feed.xml";
        HttpResponse<String> answer = anonymous.get(feed);
        assertEquals(200, answer.statusCode());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document xml = factory.newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(answer.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        org.w3c.dom.NodeList entries = xml.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertEquals(1, entries.getLength());
        org.w3c.dom.Element entry = (org.w3c.dom.Element) entries.item(0);
        assertEquals("Тема за теста " + seed.getString("tag"),
                entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title").item(0).getTextContent());
        assertTrue(entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "id").item(0).getTextContent()
                .endsWith("/forum/t/" + seed.getString("topicPath")));
        assertEquals("Член " + seed.getString("tag"),
                entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "name").item(0).getTextContent());
        String etag = answer.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, anonymous.get(feed, "If-None-Match", etag).statusCode(), "nothing new: 304");
        assertEquals(404, anonymous.get("/forum/c/no-such-category-" + seed.getString("tag") + "/feed.xml").statusCode());
    }
}
