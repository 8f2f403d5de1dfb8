package bg.integra.it.search;

import bg.integra.it.Bundles;
import bg.integra.it.Http;
import bg.integra.it.Seeding;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The site search page (/search) as a visitor without JavaScript uses it, on content each test seeds. */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class SiteSearchIT {

    private static final Pattern RESULT = Pattern.compile("<li class=\"card\">(.*?)</li>", Pattern.DOTALL);

    private final Http http = new Http();

    private HttpResponse<String> search(String query, String more) {
        HttpResponse<String> r = http.get("/search?q=" + Http.enc(query) + more);
        assertEquals(200, r.statusCode(), () -> query + " → " + r.statusCode() + " " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        return r;
    }

    /** The results of a page in their order, each as its HTML. */
    private static List<String> results(String html) {
        List<String> results = new ArrayList<>();
        Matcher m = RESULT.matcher(html);
        while (m.find()) results.add(m.group(1));
        return results;
    }

    private static int indexOfResultLinking(List<String> results, String href) {
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).contains("href=\"" + href + "\"")) return i;
        }
        return -1;
    }

    private static String msg(String lang, String key) {
        return Bundles.text(lang, key);
    }

    private static String format(String lang, String key, Object... arguments) {
        return new MessageFormat(msg(lang, key), Locale.forLanguageTag(lang)).format(arguments);
    }

    @Test
    void withoutAQueryThePageIsOnlyTheLabelledForm() {
        for (String path : List.of("/search", "/search?q=", "/search?q=+++", "/search?lang=en")) {
            HttpResponse<String> r = http.get(path);
            assertEquals(200, r.statusCode(), path);
            String html = r.body();
            String lang = path.contains("lang=en") ? "en" : "bg";
            assertTrue(html.contains("<h1>" + msg(lang, "search.title") + "</h1>"), html);
            assertTrue(html.contains("<label for=\"q\">" + msg(lang, "search.label") + "</label>"), html);
            assertTrue(html.contains("<input type=\"search\" id=\"q\" name=\"q\""), html);
            assertTrue(html.contains("method=\"get\""), html);
            assertFalse(html.contains("class=\"notice\""), path + ": no 'nothing found' before a search");
            assertTrue(results(html).isEmpty(), path);
        }
        assertTrue(http.get("/search?lang=en").body().contains("<input type=\"hidden\" name=\"lang\" value=\"en\""),
                "the form keeps the page's language");
    }

    @Test
    void titleMatchesRankAboveBodyMatchesAndEachResultNamesItsTypeAndLanguage() {
        JsonObject seeded = http.seedContent();
        String tag = seeded.getString("tag");
        String html = search("семинар " + tag, "").body();
        List<String> results = results(html);
        // the two events have the word in their title, the article only in its body ("за семинара в Хасково")
        int upcoming = indexOfResultLinking(results, "/events/" + seeded.getString("upcomingEvent"));
        int past = indexOfResultLinking(results, "/events/" + seeded.getString("pastEvent"));
        int article = indexOfResultLinking(results, "/news/" + seeded.getString("article"));
        assertEquals(3, results.size(), html);
        assertTrue(upcoming >= 0 && past >= 0 && article >= 0, html);
        assertTrue(upcoming < article && past < article, "title matches first: " + results);
        assertTrue(html.contains(format("bg", "search.found", 3, "семинар " + tag)), html);

        String event = results.get(upcoming);
        assertTrue(event.contains("<span class=\"type\">" + msg("bg", "search.type.EVENT") + "</span>"), event);
        assertTrue(event.contains("hreflang=\"bg\" lang=\"bg\""), event);
        assertTrue(event.contains("<span class=\"language\" lang=\"bg\">" + msg("bg", "lang.bg") + "</span>"), event);
        assertTrue(event.contains(">Семинар " + tag + "</a>"), event);
        assertTrue(event.contains("Дискусионен семинар " + tag), "the summary: " + event);
        String news = results.get(article);
        assertTrue(news.contains("<span class=\"type\">" + msg("bg", "search.type.NEWS") + "</span>"), news);
        assertTrue(Pattern.compile("<time datetime=\"\\d{4}-\\d{2}-\\d{2}\">").matcher(news).find(), news);
    }

    @Test
    void caseAndCyrillicOrLatinLettersDoNotMatter() {
        JsonObject seeded = http.seedContent();
        String tag = seeded.getString("tag");
        String href = "/events/" + seeded.getString("upcomingEvent");
        for (String query : List.of("семинар " + tag, "СЕМИНАР " + tag.toUpperCase(Locale.ROOT), "seminar " + tag,
                "SEMINAR " + tag.toUpperCase(Locale.ROOT), "Дискусионен " + tag, "diskusionen " + tag)) {
            List<String> results = results(search(query, "").body());
            assertTrue(indexOfResultLinking(results, href) >= 0, query + " → " + results);
        }
    }

    @Test
    void resultsLinkToTheirPageInThePagesLanguageAndNameTheLanguageOfTheirText() {
        JsonObject seeded = http.seedContent();
        String tag = seeded.getString("tag");
        String info = "/info/" + seeded.getString("info");

        List<String> english = results(search("residence " + tag, "&lang=en").body());
        assertEquals(1, english.size(), english::toString);
        assertTrue(english.get(0).contains("href=\"" + info + "?lang=en\" hreflang=\"en\" lang=\"en\""), english.get(0));
        assertTrue(english.get(0).contains("<span class=\"type\">" + msg("en", "search.type.INFO") + "</span>"), english.get(0));
        assertTrue(english.get(0).contains(">Residence " + tag + "</a>"), english.get(0));

        // Arabic words on a Russian page: the Arabic text, named and marked right to left inside a left-to-right page
        String russian = search("الإقامة " + tag, "&lang=ru").body();
        List<String> found = results(russian);
        assertEquals(1, found.size(), russian);
        assertTrue(found.get(0).contains("href=\"" + info + "?lang=ru\" hreflang=\"ar\" lang=\"ar\" dir=\"rtl\""), found.get(0));
        assertTrue(found.get(0).contains("<span class=\"language\" lang=\"ar\" dir=\"rtl\">" + msg("ru", "lang.ar") + "</span>"), found.get(0));
        assertTrue(found.get(0).contains("<span class=\"type\">" + msg("ru", "search.type.INFO") + "</span>"), found.get(0));

        String arabic = search(tag, "&lang=ar").body();
        assertTrue(arabic.matches("(?s).*<html[^>]*\\sdir=\"rtl\".*"), "an Arabic page is right to left");
        assertTrue(arabic.contains("<h1>" + msg("ar", "search.title") + "</h1>"), arabic);
    }

    @Test
    void projectsAreFoundAndLinkToTheirPage() {
        JsonObject seeded = http.seedContent();
        String tag = seeded.getString("tag");
        List<String> results = results(search("project " + tag, "&lang=en").body());
        assertEquals(1, results.size(), results::toString);
        String project = results.get(0);
        assertTrue(project.contains("href=\"/projects/" + seeded.getJsonNumber("projectId").longValue() + "?lang=en\" hreflang=\"en\""), project);
        assertTrue(project.contains("<span class=\"type\">" + msg("en", "search.type.PROJECT") + "</span>"), project);
        assertFalse(project.contains("<time"), "a project has no publication date");
    }

    @Test
    void draftsAreNeverFound() {
        JsonObject seeded = http.seedContent();
        String tag = seeded.getString("tag");
        String draft = seeded.getString("draft");

        String onlyTheDraft = search(tag + "-draft", "").body();
        assertTrue(results(onlyTheDraft).isEmpty(), onlyTheDraft);
        assertTrue(onlyTheDraft.contains(format("bg", "search.none", tag + "-draft")), onlyTheDraft);
        assertFalse(onlyTheDraft.contains(draft), onlyTheDraft);

        String news = search("новина " + tag, "").body();
        assertEquals(1, results(news).size(), news);
        assertTrue(news.contains("/news/" + seeded.getString("article") + "\""), news);
        assertFalse(news.contains(draft), news);
    }

    @Test
    void resultsComeTenAPageWithLinksToTheOtherPages() {
        String word = Seeding.tag();
        // each seeding publishes a news article and two events whose texts carry "семинар"; the word is only ours
        for (int i = 0; i < 4; i++) http.seedContent();
        String first = search("семинар", "").body().replace("&amp;", "&");
        List<String> firstResults = results(first);
        assertEquals(10, firstResults.size(), first);
        Matcher next = Pattern.compile("<a href=\"([^\"]*)\" rel=\"next\">" + Pattern.quote(msg("bg", "search.next")) + "</a>").matcher(first);
        assertTrue(next.find(), first);
        assertEquals("/search?q=" + Http.enc("семинар") + "&page=2", next.group(1));
        assertFalse(first.contains("rel=\"prev\""), first);

        String second = search("семинар", "&page=2").body().replace("&amp;", "&");
        assertTrue(second.contains("rel=\"prev\""), second);
        assertTrue(second.contains("<ol class=\"cards results\" start=\"11\""), second);
        for (String result : results(second)) assertFalse(firstResults.contains(result), "page 2 repeats " + result);

        String english = search("seminar", "&lang=en").body().replace("&amp;", "&");
        assertTrue(english.contains("/search?q=seminar&page=2&lang=en\" rel=\"next\""), "paging keeps the language");

        assertEquals(firstResults, results(search("семинар", "&page=abc").body().replace("&amp;", "&")), "an odd page number is the first page");
        assertFalse(results(search("семинар", "&page=99999").body()).isEmpty(), "past the end: the last page");
        assertTrue(results(search(word, "").body()).isEmpty());
    }

    static Stream<String> oddQueries() {
        return Stream.of("\"", "'", "%", "_", "%_%", "100%", "a_b", "\\", "*", "' OR '1'='1", "\"><b>x</b>",
                "<script>alert(1)</script>", "a\u0001b\u0007c\u001fd\u007f", "\u202eright-to-left override", "😀 emoji",
                "x".repeat(10_000), "я".repeat(10_000), ("<script>" + "q".repeat(30) + " ").repeat(250));
    }

    /** Odd input is answered normally, over HTTP/1.1 where a long query is a long request line, with the text escaped. */
    @ParameterizedTest
    @MethodSource("oddQueries")
    void oddInputIsAnsweredNormallyAndEscaped(String query) throws Exception {
        HttpClient http11 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(http.baseUrl() + "/search?q=" + Http.enc(query)))
                .timeout(Duration.ofSeconds(30)).GET().build();
        HttpResponse<String> r = http11.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(HttpClient.Version.HTTP_1_1, r.version());
        assertEquals(200, r.statusCode(), () -> r.statusCode() + " " + r.body());
        String html = r.body();
        assertTrue(html.contains("<h1>" + msg("bg", "search.title") + "</h1>"), html);
        assertFalse(html.contains("<script"), "nothing of the query is markup: " + html);
        assertFalse(html.contains("<b>x</b>"), html);
        assertFalse(html.matches("(?s).*[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F].*"), "no control characters in the page");
        assertFalse(html.contains("Exception"), html);
        Matcher value = Pattern.compile("<input type=\"search\" id=\"q\" name=\"q\" value=\"([^\"]*)\"").matcher(html);
        assertTrue(value.find(), "the query is shown back in the form");
        String shown = value.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        assertTrue(shown.codePointCount(0, shown.length()) <= 200, "shown shortened: " + shown.length());
        assertFalse(query.length() < 100 && shown.isBlank() && !query.isBlank() && query.matches(".*\\p{L}.*"),
                "a short query with letters is shown back");
    }

    @Test
    void markupInTheQueryIsShownAsText() {
        String html = search("<script>alert(1)</script>", "").body();
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains(msg("bg", "search.none").substring(0, 10)), "answered: nothing found");
        assertFalse(html.contains("<script>alert(1)"), html);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/search?q=x&page=-1", "/search?q=x&page=", "/search?q=x&page=1e9", "/search?q=x&q=y",
            "/search?lang=zz&q=x", "/search/?q=x", "/search?q=%E0%A4"})
    void oddParametersAreAnsweredNormally(String path) {
        HttpResponse<String> r = http.get(path);
        assertEquals(200, r.statusCode(), () -> path + " → " + r.body());
    }

    @Test
    void membersOfTheNetworkAreFoundByTheirNamesInAnySpellingAndLinkToTheirPage() {
        JsonObject network = Http.json(http.postForm("/test-support/network", Map.of()));
        String tag = network.getString("tag");
        // "Мрежова организация TAG": the Bulgarian name found by its Latin spelling, the English one in English
        List<String> found = results(search("mrezhova organizatsiya " + tag, "").body());
        assertEquals(1, found.size(), String.join("\n", found));
        assertTrue(found.get(0).contains("href=\"/network/" + tag + "\""), found.get(0));
        assertTrue(found.get(0).contains(msg("bg", "search.type.NETWORK")), found.get(0));
        List<String> inArabic = results(search("Мрежова организация " + tag, "&lang=ar").body());
        assertEquals(1, inArabic.size());
        assertTrue(inArabic.get(0).contains("href=\"/network/" + tag + "?lang=ar\""), inArabic.get(0));
        // an organisation outside the network is not a member: not found
        assertTrue(results(search("Външна организация " + tag, "").body()).isEmpty());
    }

    @Test
    void theKnowledgeBasesPublishedItemsAreFoundAndItsDraftsAreNot() {
        JsonObject kb = Http.json(http.postForm("/test-support/knowledge", Map.of()));
        // more than a page of results: read the second too (past the last page is the last page)
        List<String> found = new ArrayList<>(results(search(kb.getString("tag"), "").body()));
        found.addAll(results(search(kb.getString("tag"), "&page=2").body()));
        String all = String.join("\n", found);
        for (String[] item : new String[][] {{"practices", "older"}, {"practices", "newer"}, {"cases", "school"},
                {"cases", "clinic"}, {"measures", "adopted"}, {"measures", "proposed"}, {"initiatives", "soon"},
                {"initiatives", "recent"}}) {
            long id = kb.getJsonObject(item[0]).getJsonNumber(item[1]).longValue();
            assertTrue(indexOfResultLinking(found, "/" + item[0] + "/" + id) >= 0, item[0] + " " + item[1] + " in\n" + all);
        }
        for (String kind : List.of("practices", "cases", "measures", "initiatives")) {
            long draft = kb.getJsonObject(kind).getJsonNumber("draft").longValue();
            assertEquals(-1, indexOfResultLinking(found, "/" + kind + "/" + draft), "a draft is not found: " + kind);
        }
        assertTrue(all.contains(msg("bg", "search.type.PRACTICE")) && all.contains(msg("bg", "search.type.CASE"))
                && all.contains(msg("bg", "search.type.MEASURE")) && all.contains(msg("bg", "search.type.INITIATIVE")), all);
    }
}
