package bg.integra.it.content;

import bg.integra.it.Bundles;
import bg.integra.it.Http;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal's content pages as a visitor without JavaScript sees them: news, events, the library and the
 * information for immigrants, their lists with filters and pages, their languages and fallbacks, the publicity
 * block of a project's content, not-found pages, caching and what publishing and unpublishing do to them.
 * Each test seeds its own project with one item of every kind (POST /test-support/content, see testsupport.ContentSeed).
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class PortalContentIT {

    private static Properties bg;
    private static Properties en;
    private static Properties ar;
    private static Properties ru;

    @BeforeAll
    static void messages() {
        bg = Bundles.load("bg");
        en = Bundles.load("en");
        ar = Bundles.load("ar");
        ru = Bundles.load("ru");
    }

    private final Http http = new Http();

    private static String msg(Properties bundle, String key) {
        String value = bundle.getProperty(key);
        if (value == null) throw new IllegalStateException("No message " + key);
        return value;
    }

    private HttpResponse<String> page(String path) {
        HttpResponse<String> r = http.get(path);
        assertEquals(200, r.statusCode(), () -> path + " → " + r.statusCode() + " " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
        return r;
    }

    private static void assertLangDir(String html, String lang, String dir) {
        Matcher m = Pattern.compile("<html[^>]*\\slang=\"([^\"]*)\"[^>]*\\sdir=\"([^\"]*)\"").matcher(html);
        assertTrue(m.find(), "no <html lang dir>");
        assertEquals(lang, m.group(1));
        assertEquals(dir, m.group(2));
    }

    private static void assertContains(String html, String expected) {
        assertTrue(html.contains(expected), () -> "expected «" + expected + "» in\n" + html);
    }

    private static void assertNotContains(String html, String unexpected) {
        assertFalse(html.contains(unexpected), () -> "unexpected «" + unexpected + "» in\n" + html);
    }

    private static void assertMatches(String html, String regex) {
        assertTrue(Pattern.compile(regex, Pattern.DOTALL).matcher(html).find(), () -> "expected /" + regex + "/ in\n" + html);
    }

    private void setStatus(long id, String action) {
        HttpResponse<String> r = http.postForm("/test-support/content-status", Map.of("id", String.valueOf(id), "action", action));
        assertEquals(204, r.statusCode(), r::body);
    }

    // --- every page type, in Bulgarian, English and Arabic

    @Test
    void everyPageTypeAnswersInBulgarianEnglishAndArabicWithItsLanguageAndDirectionAndWithoutScript() {
        JsonObject s = http.seedContent();
        List<String> paths = List.of("/", "/news", "/news/" + s.getString("article"), "/news/" + s.getString("publication"),
                "/events", "/events?when=past", "/events/" + s.getString("upcomingEvent"), "/events/" + s.getString("pastEvent"),
                "/resources", "/resources/" + s.getString("resource"), "/info", "/info/" + s.getString("info"),
                "/projects/" + s.getJsonNumber("projectId").longValue());
        for (String path : paths) {
            for (String[] lang : new String[][]{{"bg", "ltr"}, {"en", "ltr"}, {"ar", "rtl"}}) {
                String address = lang[0].equals("bg") ? path : path + (path.contains("?") ? "&" : "?") + "lang=" + lang[0];
                String html = page(address).body();
                assertLangDir(html, lang[0], lang[1]);
                assertNotContains(html, "<script");
                assertTrue(html.length() < 100_000, address + " is " + html.length() + " characters");
                Properties bundle = Bundles.load(lang[0]);
                assertContains(html, "<nav class=\"main\" aria-label=\"" + msg(bundle, "site.nav") + "\">");
                assertContains(html, ">" + msg(bundle, "nav.news") + "</a>");
                assertContains(html, ">" + msg(bundle, "nav.info") + "</a>");
            }
        }
    }

    @Test
    void theHeaderHasALabelledSearchFormThatKeepsTheLanguage() {
        String bgHtml = page("/news").body();
        assertContains(bgHtml, "<form class=\"search\" method=\"get\" action=\"/search\" role=\"search\">");
        assertContains(bgHtml, "<label for=\"site-q\">" + msg(bg, "nav.search") + "</label>");
        assertContains(bgHtml, "id=\"site-q\" name=\"q\"");
        assertNotContains(bgHtml, "name=\"lang\"");
        String arHtml = page("/news?lang=ar").body();
        assertContains(arHtml, "<input type=\"hidden\" name=\"lang\" value=\"ar\"");
        assertContains(arHtml, "<a href=\"/news?lang=ar\" aria-current=\"page\">" + msg(ar, "nav.news") + "</a>");
        assertContains(arHtml, "<a href=\"/events?lang=ar\">" + msg(ar, "nav.events") + "</a>");
    }

    // --- news

    @Test
    void theNewsListShowsPublishedNewsWithDateCoverAndProjectButNoDraft() {
        JsonObject s = http.seedContent();
        String tag = s.getString("tag");
        String html = page("/news").body();
        assertContains(html, "<h1>" + msg(bg, "news.title") + "</h1>");
        assertContains(html, "<a href=\"/news/" + s.getString("article") + "\">Новина " + tag + "</a>");
        assertContains(html, "Кратко резюме на новината " + tag);
        assertMatches(html, "<img class=\"thumb\" src=\"/media/" + s.getJsonNumber("coverFileId") + "/thumbnail\" alt=\"Участници в семинара "
                + tag + "\" width=\"480\" height=\"300\" loading=\"eager\"");
        assertContains(html, ">Проект " + tag + "</a>");
        assertContains(html, "<a href=\"/news/" + s.getString("publication") + "\">Публикация " + tag + "</a>");
        assertNotContains(html, "Новина " + tag + "-draft");
        assertNotContains(html, s.getString("draft"));

        String enHtml = page("/news?lang=en").body();
        assertContains(enHtml, "<a href=\"/news/" + s.getString("article") + "?lang=en\">News " + tag + "</a>");
        assertContains(enHtml, msg(en, "articleKind.MEDIA_PUBLICATION"));
    }

    @Test
    void theNewsListIsPagedAndOddPageNumbersShowAPageRatherThanAnError() {
        for (int i = 0; i < 6; i++) http.seedContent();
        String first = page("/news").body();
        assertContains(first, "<a href=\"/news?page=2\" rel=\"next\">" + msg(bg, "home.next") + "</a>");
        assertNotContains(first, "rel=\"prev\"");
        String second = page("/news?page=2&lang=en").body();
        assertContains(second, "<a href=\"/news?lang=en\" rel=\"prev\">" + msg(en, "home.previous") + "</a>");
        assertNotEquals(cards(first), cards(page("/news?page=2").body()), "the second page shows other news");
        for (String odd : List.of("/news?page=abc", "/news?page=-3", "/news?page=99999999999", "/news?page=", "/news?page=%27%3Cscript%3E")) {
            HttpResponse<String> r = http.get(odd);
            assertEquals(200, r.statusCode(), odd);
            assertNotContains(r.body(), "<script");
        }
        assertEquals(cards(first), cards(http.get("/news?page=abc").body()), "an odd page number is the first page");
        assertContains(page("/news?page=10000").body(), msg(bg, "news.none"));
    }

    private static List<String> cards(String html) {
        Matcher m = Pattern.compile("<h2><a href=\"(/news/[^\"]+)\"").matcher(html);
        List<String> links = new java.util.ArrayList<>();
        while (m.find()) links.add(m.group(1));
        return links;
    }

    @Test
    void anArticleShowsItsBodyCoverProjectAndPublicityInThePageLanguage() {
        JsonObject s = http.seedContent();
        String tag = s.getString("tag");
        String html = page("/news/" + s.getString("article")).body();
        assertContains(html, "<title>Новина " + tag + " · " + msg(bg, "site.name") + "</title>");
        assertContains(html, "<h1 lang=\"bg\">Новина " + tag + "</h1>");
        assertContains(html, "<p>Текст на новината за семинара в Хасково. " + tag + "</p>"); // sanitised HTML, not escaped
        assertContains(html, "<figcaption>Семинарът в Хасково</figcaption>");
        assertMatches(html, "alt=\"Участници в семинара " + tag + "\" width=\"480\" height=\"300\" loading=\"eager\"");
        assertContains(html, "<a href=\"/projects/" + s.getJsonNumber("projectId") + "\">Проект " + tag + "</a>");
        assertNotContains(html, "class=\"notice\"");
        // the publicity block names the project, its fund and its beneficiary
        assertContains(html, MessageFormat.format(msg(bg, "publicity.project.disclaimer"), "<bdi>Организация " + tag + "</bdi>"));
        assertContains(html, "<bdi>Проект " + tag + "</bdi>");
        assertContains(html, msg(bg, "fund.EIF"));
        assertNotContains(html, msg(bg, "publicity.funding"));

        String arHtml = page("/news/" + s.getString("article") + "?lang=ar").body();
        assertContains(arHtml, "<h1 lang=\"en\" dir=\"ltr\">News " + tag + "</h1>");
        assertContains(arHtml, MessageFormat.format(msg(ar, "content.notTranslated"), msg(bg, "lang.en")));
        assertContains(arHtml, "<bdi lang=\"en\">Организация " + tag + " (en)</bdi>"); // the beneficiary's English name
        assertContains(arHtml, "<bdi lang=\"en\">Project " + tag + "</bdi>");
        assertContains(arHtml, msg(ar, "fund.EIF"));
        assertContains(arHtml, "<figure lang=\"bg\" dir=\"ltr\">");
    }

    @Test
    void aMediaPublicationShowsItsNewspaperIssueDateAndScan() {
        JsonObject s = http.seedContent();
        String html = page("/news/" + s.getString("publication") + "?lang=en").body();
        assertContains(html, "<dt>" + msg(en, "news.newspaper") + "</dt>");
        assertContains(html, "<bdi>Регионален всекидневник</bdi>");
        assertContains(html, "<time datetime=\"2015-06-05\">June 5, 2015</time>");
        assertMatches(html, "<a class=\"download\" href=\"/media/\\d+/scan-[^\"]+\\.pdf\" type=\"application/pdf\">"
                + Pattern.quote(msg(en, "news.openScan")) + " \\(PDF, \\d+ KB\\)</a>");
    }

    // --- events

    @Test
    void anEventShowsItsTimeVenueRegionKindMethodsAgendaAndPhotos() {
        JsonObject s = http.seedContent();
        String tag = s.getString("tag");
        String html = page("/events/" + s.getString("pastEvent")).body();
        assertContains(html, "<h1 lang=\"bg\">Семинар " + tag + "-past</h1>");
        assertMatches(html, "<time datetime=\"2015-06-11T10:00\">11 юни 2015[^<]*10:00[^<]*– 13:00[^<]*</time>");
        assertContains(html, "<bdi>Зала „Съединение“</bdi>, <bdi>Хасково</bdi>");
        assertContains(html, "<dd>" + msg(bg, "region.SOFIA_CITY") + "</dd>");
        assertContains(html, "<dd>" + msg(bg, "eventKind.PRESS_CONFERENCE") + "</dd>");
        assertContains(html, "<dd>" + msg(bg, "eventMethod.ROLE_PLAY") + ", " + msg(bg, "eventMethod.CASE_STUDY") + "</dd>");
        assertContains(html, "<h2>" + msg(bg, "event.agenda") + "</h2>");
        assertContains(html, "Програма: откриване, работа в групи, обсъждане на казуси.");
        assertContains(html, "alt=\"Работа в групи " + tag + "-past\"");
        assertContains(html, "<figcaption>Участниците обсъждат казус</figcaption>");

        String enHtml = page("/events/" + s.getString("pastEvent") + "?lang=en").body();
        assertMatches(enHtml, "<time datetime=\"2015-06-11T10:00\">June 11, 2015[^<]*10:00[^<]*– 1[^<]*</time>");
        assertContains(enHtml, "<dd>" + msg(en, "eventMethod.ROLE_PLAY") + ", " + msg(en, "eventMethod.CASE_STUDY") + "</dd>");
    }

    @Test
    void theEventListsSeparateUpcomingFromPastAndFilterByRegionAndKind() {
        JsonObject s = http.seedContent();
        String upcoming = s.getString("upcomingEvent");
        String past = s.getString("pastEvent");
        String list = page("/events?region=HASKOVO&kind=SEMINAR").body();
        assertContains(allPages("/events?region=HASKOVO&kind=SEMINAR"), "href=\"/events/" + upcoming + "\"");
        assertNotContains(list, past);
        assertContains(list, "<label for=\"region\">" + msg(bg, "event.region") + "</label>");
        assertContains(list, "<option value=\"HASKOVO\" selected=\"selected\">" + msg(bg, "region.HASKOVO") + "</option>");
        assertContains(list, "<option value=\"SEMINAR\" selected=\"selected\">");
        assertContains(list, "<a href=\"/events?when=past&amp;region=HASKOVO&amp;kind=SEMINAR\">");

        assertNotContains(allPages("/events?region=VIDIN&kind=SEMINAR"), upcoming);
        assertNotContains(allPages("/events?region=HASKOVO&kind=FORUM"), upcoming);

        String pastList = page("/events?when=past&region=SOFIA_CITY&kind=PRESS_CONFERENCE&lang=en").body();
        assertContains(allPages("/events?when=past&region=SOFIA_CITY&kind=PRESS_CONFERENCE&lang=en"), "href=\"/events/" + past + "?lang=en\"");
        assertNotContains(pastList, upcoming);
        assertContains(pastList, "<h1>" + msg(en, "event.pastTitle") + "</h1>");
        assertContains(pastList, "<input type=\"hidden\" name=\"when\" value=\"past\"");
        assertContains(pastList, "<input type=\"hidden\" name=\"lang\" value=\"en\"");

        for (String odd : List.of("/events?region=NOWHERE", "/events?kind=%3Cscript%3E", "/events?when=later&page=x",
                "/events?region=&kind=")) {
            HttpResponse<String> r = http.get(odd);
            assertEquals(200, r.statusCode(), odd);
            assertNotContains(r.body(), "<script");
        }
        assertContains(page("/events?region=").body(), "<option value=\"\">" + msg(bg, "content.all") + "</option>");
    }

    /** Every page of a list, following its rel=next links. */
    private String allPages(String path) {
        StringBuilder all = new StringBuilder();
        String next = path;
        for (int i = 0; next != null && i < 100; i++) {
            String html = page(next).body();
            all.append(html);
            Matcher m = Pattern.compile("<a href=\"([^\"]+)\" rel=\"next\"").matcher(html);
            next = m.find() ? m.group(1).replace("&amp;", "&") : null;
        }
        return all.toString();
    }

    // --- resources

    @Test
    void theLibraryFiltersByTopicLanguageKindAndProject() {
        JsonObject s = http.seedContent();
        String resource = s.getString("resource");
        long project = s.getJsonNumber("projectId").longValue();
        assertContains(page("/resources?project=" + project).body(), "href=\"/resources/" + resource + "\"");
        assertContains(page("/resources?project=" + project + "&topic=INTEGRATION&language=bg&kind=HANDBOOK").body(),
                "href=\"/resources/" + resource + "\"");
        assertNotContains(page("/resources?project=" + project + "&kind=BROCHURE").body(), resource);
        assertNotContains(page("/resources?project=" + project + "&topic=WORK").body(), resource);
        assertNotContains(page("/resources?project=" + project + "&language=ar").body(), resource);
        String form = page("/resources?project=" + project + "&lang=ar").body();
        assertContains(form, "<label for=\"project\">" + msg(ar, "resource.project") + "</label>");
        assertMatches(form, "<option value=\"" + project + "\" lang=\"en\" selected=\"selected\">Project " + s.getString("tag") + "</option>");
        for (String odd : List.of("/resources?project=abc", "/resources?language=xx&topic=%22&kind=1", "/resources?project=99999999999999999999")) {
            assertEquals(200, http.get(odd).statusCode(), odd);
        }
    }

    @Test
    void aResourceShowsItsTopicLanguageProjectPrintRunAndDownload() {
        JsonObject s = http.seedContent();
        String tag = s.getString("tag");
        String html = page("/resources/" + s.getString("resource")).body();
        assertContains(html, "<h1 lang=\"bg\">Справочник " + tag + "</h1>");
        assertContains(html, "<dd>" + msg(bg, "topic.INTEGRATION") + "</dd>");
        assertContains(html, "<dd>" + msg(bg, "lang.bg") + "</dd>");
        assertContains(html, "<dd>" + MessageFormat.format(msg(bg, "resource.copies"), 250) + "</dd>");
        assertContains(html, ">Проект " + tag + "</a>");
        assertMatches(html, "<a class=\"download\" href=\"/media/" + s.getJsonNumber("resourceFileId") + "/handbook-[^\"]+\\.pdf\" type=\"application/pdf\" download=\"\">"
                + Pattern.quote(msg(bg, "resource.download")) + " \\(PDF, \\d+ " + Pattern.quote(MessageFormat.format(msg(bg, "content.sizeKb"), "").strip()) + "\\)</a>");
    }

    // --- information for immigrants

    @Test
    void theInformationTopicsShowTheLanguagesEachExistsIn() {
        JsonObject s = http.seedContent();
        String info = s.getString("info");
        String html = page("/info?lang=ru").body();
        assertContains(html, "<h1>" + msg(ru, "info.title") + "</h1>");
        assertContains(html, "<a href=\"/info/" + info + "?lang=ru\" lang=\"en\">Residence " + s.getString("tag") + "</a>");
        assertContains(html, "<a href=\"/info/" + info + "\" lang=\"bg\" hreflang=\"bg\">" + msg(ru, "lang.bg") + "</a>, "
                + "<a href=\"/info/" + info + "?lang=en\" lang=\"en\" hreflang=\"en\">" + msg(ru, "lang.en") + "</a>, "
                + "<a href=\"/info/" + info + "?lang=ar\" lang=\"ar\" hreflang=\"ar\">" + msg(ru, "lang.ar") + "</a>");
        assertNotContains(html, "/info/" + info + "?lang=uk\"");
    }

    @Test
    void aTopicIsInThePageLanguageWhenTranslated() {
        JsonObject s = http.seedContent();
        String tag = s.getString("tag");
        String html = page("/info/" + s.getString("info") + "?lang=ar").body();
        assertLangDir(html, "ar", "rtl");
        assertContains(html, "<article>");
        assertContains(html, "<h1>الإقامة " + tag + "</h1>");
        assertNotContains(html, "class=\"notice\"");
    }

    @Test
    void aMissingTranslationFallsBackVisiblyToEnglishWithLinksToTheLanguagesItExistsIn() {
        JsonObject s = http.seedContent();
        String tag = s.getString("tag");
        String info = s.getString("info");
        String ruHtml = page("/info/" + info + "?lang=ru").body();
        assertContains(ruHtml, "<div class=\"notice\">");
        assertContains(ruHtml, MessageFormat.format(msg(ru, "content.notTranslated"), msg(ru, "lang.en")));
        assertContains(ruHtml, "<article lang=\"en\">");
        assertContains(ruHtml, "<h1>Residence " + tag + "</h1>");
        assertContains(ruHtml, "<a href=\"/info/" + info + "?lang=ar\" lang=\"ar\" hreflang=\"ar\">" + msg(ru, "lang.ar") + "</a>");

        String faHtml = page("/info/" + info + "?lang=fa").body();
        assertLangDir(faHtml, "fa", "rtl");
        assertContains(faHtml, "<article lang=\"en\" dir=\"ltr\">");
        assertContains(faHtml, MessageFormat.format(msg(Bundles.load("fa"), "content.notTranslated"), msg(bg, "lang.en")));
    }

    // --- home and project pages

    @Test
    void theHomePageShowsTheLatestNewsTheNextEventsAndTheTopics() {
        JsonObject s = http.seedContent();
        String html = page("/?lang=en").body();
        assertContains(html, "<h2 id=\"news\">" + msg(en, "home.news") + "</h2>");
        assertContains(html, "<h2 id=\"events\">" + msg(en, "home.events") + "</h2>");
        assertContains(html, "<h2 id=\"info\">" + msg(en, "nav.info") + "</h2>");
        // the newest publication of all is the one just seeded (its article or its media publication)
        assertTrue(html.contains("/news/" + s.getString("publication") + "?lang=en") || html.contains("/news/" + s.getString("article") + "?lang=en"), html);
        assertContains(html, "/info/" + s.getString("info") + "?lang=en");
        int news = count(html, "<h3><a href=\"/news/");
        assertTrue(news >= 2 && news <= 3, "the three latest news: " + news);
        assertTrue(count(html, "<h3><a href=\"/events/") <= 3, "at most three events");
    }

    private static int count(String html, String what) {
        int n = 0;
        for (int i = html.indexOf(what); i >= 0; i = html.indexOf(what, i + 1)) n++;
        return n;
    }

    @Test
    void theProjectPageListsItsNewsPublicationsEventsAndResources() {
        JsonObject s = http.seedContent();
        String tag = s.getString("tag");
        String html = page("/projects/" + s.getJsonNumber("projectId")).body();
        assertContains(html, "<h2 id=\"news\">" + msg(bg, "project.news") + "</h2>");
        assertContains(html, ">Новина " + tag + "</a>");
        assertContains(html, "<h2 id=\"publications\">" + msg(bg, "project.publications") + "</h2>");
        assertContains(html, ">Публикация " + tag + "</a>");
        assertContains(html, "<h2 id=\"events\">" + msg(bg, "project.events") + "</h2>");
        assertContains(html, ">Семинар " + tag + "</a>");
        assertContains(html, ">Семинар " + tag + "-past</a>");
        assertContains(html, "<h2 id=\"resources\">" + msg(bg, "project.resources") + "</h2>");
        assertContains(html, ">Справочник " + tag + "</a>");
        assertNotContains(html, "-draft");
        assertContains(html, MessageFormat.format(msg(bg, "publicity.project.disclaimer"), "<bdi>Организация " + tag + "</bdi>"));
    }

    // --- not found

    @ParameterizedTest
    @ValueSource(strings = {"/news/no-such-article-x1", "/events/no-such-event-x1", "/resources/no-such-material-x1",
            "/info/no-such-topic-x1", "/news/Not_A_Slug", "/events/a/b"})
    void anUnknownItemIsTheNotFoundPageInThePageLanguage(String path) {
        HttpResponse<String> r = http.get(path + "?lang=ar");
        assertEquals(404, r.statusCode(), path);
        assertLangDir(r.body(), "ar", "rtl");
        assertContains(r.body(), "<h1>" + msg(ar, "error.notFound.title") + "</h1>");
        HttpResponse<String> bgAnswer = http.get(path);
        assertEquals(404, bgAnswer.statusCode());
        assertContains(bgAnswer.body(), "<h1>" + msg(bg, "error.notFound.title") + "</h1>");
    }

    @Test
    void aDraftIsNotFoundAndAnItemOfAnotherKindIsNotFoundUnderThisOne() {
        JsonObject s = http.seedContent();
        HttpResponse<String> draft = http.get("/news/" + s.getString("draft") + "?lang=en");
        assertEquals(404, draft.statusCode());
        assertContains(draft.body(), "<h1>" + msg(en, "error.notFound.title") + "</h1>");
        assertEquals(404, http.get("/events/" + s.getString("article")).statusCode());
        assertEquals(404, http.get("/info/" + s.getString("resource")).statusCode());
    }

    // --- caching and publishing

    @Test
    void contentPagesAnswerAnETagAnd304() {
        JsonObject s = http.seedContent();
        for (String path : List.of("/news", "/news/" + s.getString("article") + "?lang=ar", "/events?region=HASKOVO",
                "/events/" + s.getString("upcomingEvent"), "/resources", "/resources/" + s.getString("resource"),
                "/info", "/info/" + s.getString("info") + "?lang=ru")) {
            HttpResponse<String> first = page(path);
            String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag on " + path));
            assertEquals("public, max-age=0, must-revalidate", first.headers().firstValue("Cache-Control").orElse(null), path);
            HttpResponse<String> again = http.get(path, "If-None-Match", etag);
            assertEquals(304, again.statusCode(), path);
            assertEquals("", again.body(), path);
        }
    }

    @Test
    void unpublishingAndPublishingAgainShowOnTheCachedPagesAtOnce() {
        JsonObject s = http.seedContent();
        String slug = s.getString("article");
        long id = s.getJsonNumber("articleId").longValue();
        HttpResponse<String> before = page("/news");
        assertContains(before.body(), "/news/" + slug + "\"");
        String etag = before.headers().firstValue("ETag").orElseThrow();
        assertEquals(200, page("/news/" + slug).statusCode());

        setStatus(id, "unpublish");
        HttpResponse<String> after = http.get("/news", "If-None-Match", etag);
        assertEquals(200, after.statusCode(), "the kept page is stale");
        assertNotContains(after.body(), "/news/" + slug + "\"");
        assertEquals(404, http.get("/news/" + slug).statusCode());
        assertNotContains(page("/projects/" + s.getJsonNumber("projectId")).body(), "/news/" + slug + "\"");

        setStatus(id, "publish");
        assertContains(page("/news").body(), "/news/" + slug + "\"");
        assertEquals(200, http.get("/news/" + slug).statusCode());
    }
}
