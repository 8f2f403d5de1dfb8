package bg.integra.it.portal;

import bg.integra.it.Bundles;
import bg.integra.it.Http;
import bg.integra.it.Seeding;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public portal as a browser without JavaScript sees it: languages, project pages, caching and headers. */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class PortalIT {

    /** HomeBacking.PAGE_SIZE */
    private static final int HOME_PAGE_SIZE = 12;

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

    private static String msg(Properties bundle, String key) {
        String value = bundle.getProperty(key);
        if (value == null) throw new IllegalStateException("No message " + key);
        return value;
    }

    private final Http http = new Http();

    private HttpResponse<String> page(String path) {
        HttpResponse<String> r = http.get(path);
        assertEquals(200, r.statusCode(), () -> path + " → " + r.statusCode() + " " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        return r;
    }

    private static void assertHtmlLang(String html, String lang) {
        Matcher m = Pattern.compile("<html[^>]*\\slang=\"([^\"]*)\"").matcher(html);
        assertTrue(m.find(), "no <html lang>");
        assertEquals(lang, m.group(1));
    }

    private static void assertContains(String html, String expected) {
        assertTrue(html.contains(expected), () -> "expected «" + expected + "» in\n" + html);
    }

    private static void assertNotContains(String html, String unexpected) {
        assertFalse(html.contains(unexpected), () -> "unexpected «" + unexpected + "» in\n" + html);
    }

    private static long id(JsonObject seeded) {
        return seeded.getJsonNumber("id").longValue();
    }

    /** The one-based home page that lists the project: the home page lists all projects by contract number. */
    private int homePageOf(long projectId) {
        for (int page = 0; page < 1000; page++) {
            JsonObject p = Http.json(http.get("/api/v1/projects?size=100&page=" + page));
            List<JsonValue> items = p.getJsonArray("items");
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).asJsonObject().getJsonNumber("id").longValue() == projectId) {
                    return (page * 100 + i) / HOME_PAGE_SIZE + 1;
                }
            }
            if (page + 1 >= p.getInt("totalPages")) break;
        }
        throw new AssertionError("project " + projectId + " not in the list");
    }

    // --- home page

    @Test
    void theHomePageIsInBulgarianByDefault() {
        String html = page("/").body();
        assertHtmlLang(html, "bg");
        assertContains(html, "<h1>" + msg(bg, "home.title") + "</h1>");
        assertContains(html, msg(bg, "publicity.funding"));
        assertNotContains(html, msg(en, "home.title"));
    }

    @Test
    void theHomePageIsInEnglishWithLangEn() {
        String html = page("/?lang=en").body();
        assertHtmlLang(html, "en");
        assertContains(html, "<h1>" + msg(en, "home.title") + "</h1>");
        assertContains(html, msg(en, "publicity.funding"));
        assertNotContains(html, msg(bg, "home.title"));
    }

    @Test
    void anUnsupportedLanguageFallsBackToBulgarian() {
        String html = page("/?lang=xx").body();
        assertHtmlLang(html, "bg");
        assertContains(html, "<h1>" + msg(bg, "home.title") + "</h1>");
    }

    @Test
    void theHomePageListsASeededProjectInTheRightLanguageWithLinksKeepingIt() {
        String tag = Seeding.tag();
        JsonObject seeded = Seeding.project(http, "Начална страница " + tag, "Home page " + tag, "PLOVDIV", "RUNNING");
        long id = id(seeded);
        int number = homePageOf(id);

        String bgHtml = page("/?page=" + number).body();
        assertContains(bgHtml, "<a href=\"/projects/" + id + "\" lang=\"bg\">Начална страница " + tag + "</a>");
        assertNotContains(bgHtml, "Home page " + tag);

        String enHtml = page("/?page=" + number + "&lang=en").body();
        assertContains(enHtml, "<a href=\"/projects/" + id + "?lang=en\" lang=\"en\">Home page " + tag + "</a>");
        assertNotContains(enHtml, "Начална страница " + tag);
        assertContains(enHtml, seeded.getString("contractNumber"));
    }

    @Test
    void theHomePageSwitchesLanguageOnTheSamePage() {
        String bgHtml = page("/").body();
        assertContains(bgHtml, "href=\"/?lang=en\" lang=\"en\" hreflang=\"en\"");
        String enHtml = page("/?lang=en").body();
        assertContains(enHtml, "href=\"/\" lang=\"bg\" hreflang=\"bg\"");
        String secondPage = page("/?page=1&lang=en").body();
        assertContains(secondPage, "href=\"/?page=1\" lang=\"bg\" hreflang=\"bg\"");
    }

    // --- project page

    @Test
    void theProjectPageInBulgarian() {
        String tag = Seeding.tag();
        JsonObject seeded = Seeding.project(http, "Страница на проект " + tag, "Project page " + tag, "VIDIN", "RUNNING", 10, 7);
        String html = page("/projects/" + id(seeded)).body();
        assertHtmlLang(html, "bg");
        assertContains(html, "<title>Страница на проект " + tag + " · " + msg(bg, "site.name") + "</title>");
        assertContains(html, "<h1 lang=\"bg\">Страница на проект " + tag + "</h1>");
        assertNotContains(html, "class=\"notice\"");
        // facts
        assertContains(html, "<dt>" + msg(bg, "project.beneficiary") + "</dt>");
        assertContains(html, "<dd>Бенефициент Страница на проект " + tag + "</dd>");
        assertContains(html, "<dt>" + msg(bg, "project.contractNumber") + "</dt>");
        assertContains(html, "<dd>" + seeded.getString("contractNumber") + "</dd>");
        assertContains(html, "<dd>" + seeded.getString("fundingScheme") + "</dd>");
        assertContains(html, "<dd>" + msg(bg, "fund.EIF") + "</dd>");
        assertContains(html, "<dd>" + msg(bg, "region.VIDIN") + "</dd>");
        assertContains(html, "<dd>" + msg(bg, "status.RUNNING") + "</dd>");
        assertContains(html, "Резюме Страница на проект " + tag);
        // indicators
        assertContains(html, msg(bg, "project.indicators"));
        assertContains(html, "<th scope=\"col\">" + msg(bg, "project.target") + "</th>");
        assertContains(html, "<th scope=\"col\">" + msg(bg, "project.achieved") + "</th>");
        assertContains(html, "<th scope=\"row\">Семинари Страница на проект " + tag + "</th>");
        assertContains(html, "<td>10 " + msg(bg, "unit.EVENTS") + "</td>");
        assertContains(html, "7 от 10 (70%)");
        assertTrue(Pattern.compile("<meter min=\"0\" max=\"100\" value=\"70\"[^>]*>70%</meter>").matcher(html).find(), html);
        // publicity: the block names the project, its contract, fund and beneficiary
        assertContains(html, java.text.MessageFormat.format(msg(bg, "publicity.project.funding"), "<bdi>Страница на проект " + tag + "</bdi>",
                "<bdi>" + seeded.getString("contractNumber") + "</bdi>", msg(bg, "fund.EIF")));
        assertContains(html, java.text.MessageFormat.format(msg(bg, "publicity.project.disclaimer"), "<bdi>Бенефициент Страница на проект " + tag + "</bdi>"));
        assertContains(html, "alt=\"" + msg(bg, "publicity.emblemAlt") + "\"");
        assertNotContains(html, msg(bg, "publicity.disclaimer")); // the generic block of pages without a project
        assertNotContains(html, "Project page " + tag);
    }

    @Test
    void theProjectPageInEnglish() {
        String tag = Seeding.tag();
        JsonObject seeded = Seeding.project(http, "Страница на проект " + tag, "Project page " + tag, "VIDIN", "COMPLETED", 4, 4);
        String html = page("/projects/" + id(seeded) + "?lang=en").body();
        assertHtmlLang(html, "en");
        assertContains(html, "<h1 lang=\"en\">Project page " + tag + "</h1>");
        assertNotContains(html, "class=\"notice\"");
        assertContains(html, "<dt>" + msg(en, "project.beneficiary") + "</dt>");
        assertContains(html, "<dd>Beneficiary Project page " + tag + "</dd>");
        assertContains(html, "<dd>" + seeded.getString("contractNumber") + "</dd>");
        assertContains(html, "<dd>" + msg(en, "fund.EIF") + "</dd>");
        assertContains(html, "<dd>" + msg(en, "region.VIDIN") + "</dd>");
        assertContains(html, "<dd>" + msg(en, "status.COMPLETED") + "</dd>");
        assertContains(html, "Summary Project page " + tag);
        assertContains(html, "<th scope=\"row\">Seminars Project page " + tag + "</th>");
        assertContains(html, "<td>4 " + msg(en, "unit.EVENTS") + "</td>");
        assertContains(html, "4 of 4 (100%)");
        assertTrue(Pattern.compile("<meter min=\"0\" max=\"100\" value=\"100\"[^>]*>100%</meter>").matcher(html).find(), html);
        assertContains(html, java.text.MessageFormat.format(msg(en, "publicity.project.funding"), "<bdi>Project page " + tag + "</bdi>",
                "<bdi>" + seeded.getString("contractNumber") + "</bdi>", msg(en, "fund.EIF")));
        assertContains(html, java.text.MessageFormat.format(msg(en, "publicity.project.disclaimer"), "<bdi>Beneficiary Project page " + tag + "</bdi>"));
        assertNotContains(html, "Бенефициент Страница на проект " + tag);
        assertNotContains(html, "Страница на проект " + tag + "<");
        assertContains(html, "<a href=\"/?lang=en\">" + msg(en, "project.backToList") + "</a>");
    }

    /** Regression: a project page opened directly after a restart (nothing cached) answered 500 (EclipseLink-6094). */
    @Test
    void aProjectPageOpenedBeforeAnythingIsCachedShowsItsIndicators() {
        String tag = Seeding.tag();
        JsonObject seeded = Seeding.project(http, "Пряка връзка " + tag, "Direct link " + tag, "PLOVDIV", "RUNNING", 8, 2);
        Seeding.evictCache(http);
        String html = page("/projects/" + id(seeded) + "?lang=en").body();
        assertContains(html, "<th scope=\"row\">Seminars Direct link " + tag + "</th>");
        assertContains(html, "2 of 8 (25%)");
    }

    @Test
    void theLanguageSwitchPointsAtTheSameProjectInTheOtherLanguage() {
        JsonObject seeded = Seeding.project(http, "Език " + Seeding.tag(), "Language", "PLOVDIV", "RUNNING");
        long id = id(seeded);
        String bgHtml = page("/projects/" + id).body();
        assertContains(bgHtml, "<a href=\"/projects/" + id + "?lang=en\" lang=\"en\" hreflang=\"en\">" + msg(bg, "lang.en") + "</a>");
        assertContains(bgHtml, "<a href=\"/projects/" + id + "\" lang=\"bg\" hreflang=\"bg\" aria-current=\"page\">");
        assertContains(bgHtml, "<link rel=\"alternate\" hreflang=\"en\" href=\"/projects/" + id + "?lang=en\"");

        String enHtml = page("/projects/" + id + "?lang=en").body();
        assertContains(enHtml, "<a href=\"/projects/" + id + "\" lang=\"bg\" hreflang=\"bg\">" + msg(en, "lang.bg") + "</a>");
        assertContains(enHtml, "<a href=\"/projects/" + id + "?lang=en\" lang=\"en\" hreflang=\"en\" aria-current=\"page\">");
        // and the switch answers that page
        assertHtmlLang(page("/projects/" + id + "?lang=en").body(), "en");
    }

    @Test
    void aProjectWithoutEnglishShownInEnglishSaysSoAndShowsTheBulgarianTitle() {
        String tag = Seeding.tag();
        JsonObject seeded = Seeding.project(http, "Само на български " + tag, null, "PLOVDIV", "RUNNING");
        String html = page("/projects/" + id(seeded) + "?lang=en").body();
        assertHtmlLang(html, "en");
        assertContains(html, "<p class=\"notice\">" + java.text.MessageFormat.format(msg(en, "project.notTranslated"), msg(bg, "lang.bg")) + "</p>");
        assertContains(html, "<h1 lang=\"bg\">Само на български " + tag + "</h1>");
        assertContains(html, "<p lang=\"bg\">Резюме Само на български " + tag + "</p>");
        assertContains(html, "<bdi lang=\"bg\">Само на български " + tag + "</bdi>"); // in the publicity block

        String bgHtml = page("/projects/" + id(seeded)).body();
        assertNotContains(bgHtml, "class=\"notice\"");
    }

    // --- not found

    @ParameterizedTest
    @ValueSource(strings = {"/projects/999999999", "/projects/abc", "/projects/", "/projects/1/extra", "/projects/99999999999999999999"})
    void anUnknownProjectIsThePortalsNotFoundPageInBulgarian(String path) {
        HttpResponse<String> r = http.get(path);
        assertEquals(404, r.statusCode());
        assertHtmlLang(r.body(), "bg");
        assertContains(r.body(), "<h1>" + msg(bg, "error.notFound.title") + "</h1>");
        assertContains(r.body(), msg(bg, "error.notFound.text"));
        assertContains(r.body(), msg(bg, "publicity.funding"));
        assertNotContains(r.body(), "Exception");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/projects/999999999?lang=en", "/projects/abc?lang=en"})
    void anUnknownProjectWithLangEnIsTheNotFoundPageInEnglish(String path) {
        HttpResponse<String> r = http.get(path);
        assertEquals(404, r.statusCode());
        assertHtmlLang(r.body(), "en");
        assertContains(r.body(), "<h1>" + msg(en, "error.notFound.title") + "</h1>");
        assertContains(r.body(), msg(en, "error.notFound.text"));
        assertNotContains(r.body(), msg(bg, "error.notFound.title"));
    }

    @Test
    void aProjectPageByTheRawFaceletAddressWithABadIdIsANotFoundPage() {
        HttpResponse<String> r = http.get("/project.xhtml?id=abc");
        assertEquals(404, r.statusCode());
        assertContains(r.body(), msg(bg, "error.notFound.title"));
    }

    // --- the languages immigrants read: Arabic right to left, fallbacks named

    @Test
    void theArabicHomePageIsRightToLeftAndInArabic() {
        String html = page("/?lang=ar").body();
        assertHtmlLang(html, "ar");
        assertTrue(html.matches("(?s).*<html[^>]*\\sdir=\"rtl\".*"), "dir=rtl on the html element");
        assertContains(html, "<h1>" + msg(ar, "home.title") + "</h1>");
        assertContains(html, msg(ar, "publicity.funding"));
        assertContains(html, msg(ar, "publicity.disclaimer"));
        assertNotContains(html, msg(bg, "home.title"));
    }

    @Test
    void aRussianPageIsLeftToRight() {
        String html = page("/?lang=ru").body();
        assertHtmlLang(html, "ru");
        assertTrue(html.matches("(?s).*<html[^>]*\\sdir=\"ltr\".*"), "dir=ltr on the html element");
        assertContains(html, "<h1>" + msg(ru, "home.title") + "</h1>");
    }

    @Test
    void everyPageOffersAllSevenLanguagesByTheirOwnNames() {
        String html = page("/").body();
        for (String lang : List.of("bg", "en", "ar", "ru", "tr", "fa", "uk")) {
            assertContains(html, "lang=\"" + lang + "\" hreflang=\"" + lang + "\"");
            assertContains(html, ">" + msg(bg, "lang." + lang) + "</a>");
        }
    }

    @Test
    void anUntranslatedProjectIsShownInEnglishOnAnArabicPageAndSaysSo() {
        String tag = Seeding.tag();
        JsonObject seeded = Seeding.project(http, "Без арабски " + tag, "No Arabic " + tag, "PLOVDIV", "RUNNING");
        String html = page("/projects/" + id(seeded) + "?lang=ar").body();
        assertContains(html, "<h1 lang=\"en\" dir=\"ltr\">No Arabic " + tag + "</h1>");
        assertContains(html, "<p class=\"notice\">" + java.text.MessageFormat.format(msg(ar, "project.notTranslated"), msg(bg, "lang.en")) + "</p>");
        assertContains(html, msg(ar, "project.indicators"));
    }

    @Test
    void withoutEnglishTheFallbackIsBulgarianAndNamedSo() {
        String tag = Seeding.tag();
        JsonObject seeded = Seeding.project(http, "Само български " + tag, null, "PLOVDIV", "RUNNING");
        String html = page("/projects/" + id(seeded) + "?lang=fa").body();
        assertContains(html, "<h1 lang=\"bg\" dir=\"ltr\">Само български " + tag + "</h1>");
        assertContains(html, java.text.MessageFormat.format(msg(Bundles.load("fa"), "project.notTranslated"), msg(bg, "lang.bg")));
    }

    // --- caching, headers, sessions

    @Test
    void portalPagesAnswerAnETagAnd304() {
        JsonObject seeded = Seeding.project(http, "Кеш " + Seeding.tag(), null, "PLOVDIV", "RUNNING");
        for (String path : List.of("/projects/" + id(seeded), "/projects/" + id(seeded) + "?lang=en", "/", "/?lang=en")) {
            HttpResponse<String> first = page(path);
            String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag on " + path));
            HttpResponse<String> again = http.get(path, "If-None-Match", etag);
            assertEquals(304, again.statusCode(), path);
            assertEquals("", again.body(), path);
            assertEquals(etag, again.headers().firstValue("ETag").orElse(null), path);
            HttpResponse<String> stale = http.get(path, "If-None-Match", "\"stale\"");
            assertEquals(200, stale.statusCode(), path);
            assertEquals(first.body(), stale.body(), path);
        }
        assertNotEquals(page("/").headers().firstValue("ETag"), page("/?lang=en").headers().firstValue("ETag"),
                "each language has its own tag");
    }

    @Test
    void aProjectPagesETagChangesWithItsLanguage() {
        JsonObject seeded = Seeding.project(http, "Етикет " + Seeding.tag(), "Tag", "PLOVDIV", "RUNNING");
        String bgTag = page("/projects/" + id(seeded)).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> en = http.get("/projects/" + id(seeded) + "?lang=en", "If-None-Match", bgTag);
        assertEquals(200, en.statusCode());
    }

    @Test
    void securityHeadersAreOnEveryPortalAnswer() {
        JsonObject seeded = Seeding.project(http, "Заглавки " + Seeding.tag(), null, "PLOVDIV", "RUNNING");
        for (String path : List.of("/", "/?lang=en", "/projects/" + id(seeded), "/projects/abc")) {
            HttpResponse<String> r = http.get(path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow(() -> new AssertionError("no CSP on " + path));
            assertTrue(csp.contains("default-src 'self'"), csp);
            assertTrue(csp.contains("script-src 'self'"), csp);
            assertFalse(csp.contains("unsafe-inline"), "the portal allows no inline code: " + csp);
            assertTrue(csp.contains("object-src 'none'"), csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
        }
        assertEquals("nosniff", http.get("/api/v1/projects").headers().firstValue("X-Content-Type-Options").orElse(null));
    }

    @Test
    void portalPagesNeverCreateASession() {
        JsonObject seeded = Seeding.project(http, "Сесия " + Seeding.tag(), null, "PLOVDIV", "RUNNING");
        Http fresh = new Http();
        for (String path : List.of("/", "/?lang=en", "/projects/" + id(seeded), "/projects/" + id(seeded) + "?lang=en",
                "/projects/999999999", "/Main.do?siteKey=1742-12")) {
            HttpResponse<String> r = fresh.get(path);
            assertTrue(r.statusCode() < 500, path);
            for (String cookie : r.headers().allValues("Set-Cookie")) {
                assertFalse(cookie.toUpperCase().startsWith("JSESSIONID"), path + " set " + cookie);
            }
        }
    }

    // --- addresses of the old platform

    @Test
    void aKnownLegacyAddressIsMovedPermanentlyToItsProjectPage() {
        HttpResponse<String> r = http.get("/Main.do?siteKey=1742-12");
        assertEquals(301, r.statusCode());
        String location = r.headers().firstValue("Location").orElseThrow();
        Matcher m = Pattern.compile("^(https?://[^/]+)?/projects/(\\d+)$").matcher(location);
        assertTrue(m.matches(), location);
        String html = page("/projects/" + m.group(2)).body();
        assertContains(html, "<dd>BG EIF 2013/01-05.01</dd>");
    }

    @Test
    void theLegacyKeyIsTrimmed() {
        HttpResponse<String> r = http.get("/Main.do?siteKey=" + Http.enc(" 1742-12 "));
        assertEquals(301, r.statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/Main.do?siteKey=unknown", "/Main.do", "/Main.do?siteKey=", "/Main.do?menuItemKey=1742-12",
            "/Main.do?siteKey=1742-12x"})
    void anUnknownLegacyAddressIsNotFound(String path) {
        HttpResponse<String> r = http.get(path);
        assertEquals(404, r.statusCode());
        assertTrue(r.headers().firstValue("Location").isEmpty());
        assertContains(r.body(), msg(bg, "error.notFound.title"));
    }

    @Test
    void anOverlongLegacyKeyIsNotFound() {
        HttpResponse<String> r = http.get("/Main.do?siteKey=" + "9".repeat(500));
        assertEquals(404, r.statusCode());
    }
}
