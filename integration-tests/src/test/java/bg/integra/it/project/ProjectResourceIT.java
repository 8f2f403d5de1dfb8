package bg.integra.it.project;

import bg.integra.it.Http;
import bg.integra.it.Seeding;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static bg.integra.it.Problems.assertBadParameter;
import static bg.integra.it.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /api/v1/projects and /api/v1/projects/{id}, as an institution's system would call them. */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ProjectResourceIT {

    private static final Set<String> SUMMARY_FIELDS =
            Set.of("id", "contractNumber", "title", "status", "region", "startDate", "endDate", "beneficiary");
    private static final Set<String> DETAIL_FIELDS = Set.of("id", "contractNumber", "fundingScheme", "fund", "title",
            "summary", "status", "region", "startDate", "endDate", "beneficiary", "indicators", "activities");

    private final Http http = new Http();

    private JsonObject list(String query) {
        return http.getJson("/api/v1/projects" + query);
    }

    private static List<Long> ids(JsonObject page) {
        return Http.ids(page);
    }

    private static long id(JsonObject seeded) {
        return seeded.getJsonNumber("id").longValue();
    }

    // --- searching and paging

    @Test
    void findsAProjectByItsEnglishTitleInAnyCase() {
        JsonObject seeded = http.seed();
        String tag = seeded.getString("tag");
        JsonObject page = list("?q=" + Http.enc("FOREIGN PROJECT " + tag.toUpperCase()));
        assertEquals(1, page.getInt("totalItems"));
        assertEquals(seeded.getInt("otherProjectId"), page.getJsonArray("items").getJsonObject(0).getInt("id"));
    }

    @Test
    void aLowerCaseCyrillicQueryFindsAnUpperCaseBulgarianTitle() {
        String bg = Seeding.cyrillicTag();
        String en = Seeding.tag();
        JsonObject seeded = Seeding.project(http, "ИНТЕГРАЦИЯ НА ИМИГРАНТИ " + Seeding.upper(bg),
                "Integration of immigrants " + en, "PLOVDIV", "RUNNING");

        JsonObject byBulgarian = list("?q=" + Http.enc("интеграция на имигранти " + bg));
        assertEquals(List.of(id(seeded)), ids(byBulgarian));
        assertEquals(1, byBulgarian.getInt("totalItems"));

        JsonObject byEnglish = list("?q=" + Http.enc("INTEGRATION OF IMMIGRANTS " + Seeding.upper(en)));
        assertEquals(List.of(id(seeded)), ids(byEnglish));

        JsonObject byMixedCaseWithExtraSpaces = list("?q=" + Http.enc("  Имигранти   " + Seeding.upper(bg) + " "));
        assertEquals(List.of(id(seeded)), ids(byMixedCaseWithExtraSpaces));

        assertEquals(0, list("?q=" + Http.enc("интеграция " + bg + " липсва")).getInt("totalItems"));
    }

    @Test
    void qMatchesTheContractNumberIgnoringCase() {
        String tag = Seeding.tag();
        JsonObject seeded = Seeding.project(http, "Проект " + tag, null, "PLOVDIV", "RUNNING");
        String number = seeded.getString("contractNumber");
        assertEquals(List.of(id(seeded)), ids(list("?q=" + Http.enc(number.toLowerCase()))));
    }

    @Test
    void percentAndUnderscoreInQAreLiteral() {
        String tag = Seeding.tag();
        JsonObject percent = Seeding.project(http, "Отстъпка 50% " + tag, null, "PLOVDIV", "RUNNING");
        Seeding.project(http, "Отстъпка 50x " + tag, null, "PLOVDIV", "RUNNING");
        JsonObject underscore = Seeding.project(http, "код a_b " + tag, null, "PLOVDIV", "RUNNING");
        Seeding.project(http, "код axb " + tag, null, "PLOVDIV", "RUNNING");

        assertEquals(4, list("?q=" + tag).getInt("totalItems"));
        assertEquals(List.of(id(percent)), ids(list("?q=" + Http.enc("50% " + tag))));
        assertEquals(List.of(id(underscore)), ids(list("?q=" + Http.enc("a_b " + tag))));
        assertEquals(0, list("?q=" + Http.enc("%" + tag)).getInt("totalItems"), "a leading % is not a wildcard");
        assertEquals(0, list("?q=" + Http.enc("_" + tag)).getInt("totalItems"), "a leading _ is not a wildcard");
    }

    @Test
    void pagesAreConsistentAndCoverEveryMatchOnce() {
        String tag = Seeding.tag();
        Set<Long> seeded = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            seeded.add(id(Seeding.project(http, "Страници " + i + " " + tag, null, "PLOVDIV", "RUNNING")));
        }
        Set<Long> seen = new HashSet<>();
        for (int page = 0; page < 3; page++) {
            JsonObject p = list("?q=" + tag + "&size=2&page=" + page);
            assertEquals(page, p.getInt("page"));
            assertEquals(2, p.getInt("size"));
            assertEquals(5, p.getInt("totalItems"));
            assertEquals(3, p.getInt("totalPages"));
            assertEquals(page < 2 ? 2 : 1, p.getJsonArray("items").size());
            for (long id : ids(p)) assertTrue(seen.add(id), "seen twice: " + id);
        }
        assertEquals(seeded, seen);

        JsonObject beyond = list("?q=" + tag + "&size=2&page=3");
        assertEquals(0, beyond.getJsonArray("items").size());
        assertEquals(5, beyond.getInt("totalItems"));
        assertEquals(3, beyond.getInt("totalPages"));
    }

    @Test
    void theDefaultPageIsTheFirstOfTwenty() {
        Seeding.project(http, "Подразбиране " + Seeding.tag(), null, "PLOVDIV", "RUNNING");
        JsonObject p = list("");
        long total = p.getJsonNumber("totalItems").longValue();
        assertTrue(total >= 3, "the demo projects and the seeded one");
        assertEquals(0, p.getInt("page"));
        assertEquals(20, p.getInt("size"));
        assertEquals((total + 19) / 20, p.getJsonNumber("totalPages").longValue());
        assertEquals(Math.min(20, total), p.getJsonArray("items").size());

        JsonObject largest = list("?size=100&page=0");
        assertEquals(total, largest.getJsonNumber("totalItems").longValue());
        assertEquals((total + 99) / 100, largest.getJsonNumber("totalPages").longValue());
    }

    @Test
    void theListIsOrderedByContractNumber() {
        JsonObject p = list("?size=100");
        List<String> numbers = p.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .map(o -> o.getString("contractNumber")).toList();
        assertEquals(numbers.stream().sorted().toList(), numbers);
    }

    @Test
    void regionStatusAndQCombine() {
        String tag = Seeding.tag();
        JsonObject vidinRunning = Seeding.project(http, "Филтър " + tag, null, "VIDIN", "RUNNING");
        JsonObject vidinCompleted = Seeding.project(http, "Филтър " + tag, null, "VIDIN", "COMPLETED");
        JsonObject yambolRunning = Seeding.project(http, "Филтър " + tag, null, "YAMBOL", "RUNNING");
        JsonObject yambolPlanned = Seeding.project(http, "Филтър " + tag, null, "YAMBOL", "PLANNED");

        assertEquals(Set.of(id(vidinRunning), id(vidinCompleted), id(yambolRunning), id(yambolPlanned)),
                Set.copyOf(ids(list("?q=" + tag))));
        assertEquals(Set.of(id(vidinRunning), id(vidinCompleted)), Set.copyOf(ids(list("?q=" + tag + "&region=VIDIN"))));
        assertEquals(Set.of(id(vidinRunning), id(yambolRunning)), Set.copyOf(ids(list("?q=" + tag + "&status=RUNNING"))));
        assertEquals(List.of(id(yambolRunning)), ids(list("?q=" + tag + "&region=YAMBOL&status=RUNNING")));
        assertEquals(List.of(id(vidinCompleted)), ids(list("?q=" + tag + "&region=vidin&status=completed")));
        assertEquals(0, list("?q=" + tag + "&region=VIDIN&status=PLANNED").getInt("totalItems"));
        assertEquals(0, list("?q=" + tag + "&region=HASKOVO").getInt("totalItems"));
    }

    @Test
    void aRegionFilterAloneAnswersOnlyThatRegion() {
        JsonObject seeded = Seeding.project(http, "Регион " + Seeding.tag(), null, "SILISTRA", "COMPLETED");
        Set<Long> all = new HashSet<>();
        JsonObject first = list("?region=SILISTRA&size=100");
        for (int page = 0; page < first.getInt("totalPages"); page++) {
            JsonObject p = list("?region=SILISTRA&size=100&page=" + page);
            for (JsonValue item : p.getJsonArray("items")) {
                assertEquals("SILISTRA", item.asJsonObject().getString("region"));
            }
            all.addAll(ids(p));
        }
        assertEquals(first.getInt("totalItems"), all.size());
        assertTrue(all.contains(id(seeded)));
    }

    @Test
    void aStatusFilterAloneAnswersOnlyThatStatus() {
        Seeding.project(http, "Състояние " + Seeding.tag(), null, "PLOVDIV", "PLANNED");
        JsonObject p = list("?status=PLANNED&size=100");
        assertTrue(p.getInt("totalItems") >= 1);
        for (JsonValue item : p.getJsonArray("items")) assertEquals("PLANNED", item.asJsonObject().getString("status"));
        JsonObject completed = list("?status=COMPLETED&size=100");
        assertTrue(completed.getInt("totalItems") >= 2, "the two demo projects are completed");
        for (JsonValue item : completed.getJsonArray("items")) {
            assertEquals("COMPLETED", item.asJsonObject().getString("status"));
        }
    }

    @Test
    void listItemsShowTheProjectAndNoEntityInternals() {
        String tag = Seeding.tag();
        JsonObject seeded = Seeding.project(http, "Проект " + tag, "Project " + tag, "RUSE", "RUNNING");
        HttpResponse<String> r = http.get("/api/v1/projects?q=" + tag);
        assertFalse(r.body().contains("\"version\""), r.body());
        assertFalse(r.body().contains("\"searchText\""), r.body());
        JsonObject page = Http.json(r);
        assertEquals(Set.of("items", "page", "size", "totalItems", "totalPages"), page.keySet());
        JsonObject item = page.getJsonArray("items").getJsonObject(0);
        assertTrue(SUMMARY_FIELDS.containsAll(item.keySet()), item::toString);
        assertEquals(id(seeded), item.getJsonNumber("id").longValue());
        assertEquals(seeded.getString("contractNumber"), item.getString("contractNumber"));
        assertEquals("Проект " + tag, item.getJsonObject("title").getString("bg"));
        assertEquals("Project " + tag, item.getJsonObject("title").getString("en"));
        assertEquals("RUNNING", item.getString("status"));
        assertEquals("RUSE", item.getString("region"));
        JsonObject beneficiary = item.getJsonObject("beneficiary");
        assertEquals(Set.of("id", "name"), beneficiary.keySet());
        assertEquals(seeded.getJsonNumber("beneficiaryId").longValue(), beneficiary.getJsonNumber("id").longValue());
        assertEquals("Бенефициент Проект " + tag, beneficiary.getJsonObject("name").getString("bg"));
    }

    // --- one project

    @Test
    void oneProjectWithItsIndicators() {
        String tag = Seeding.tag();
        JsonObject seeded = Seeding.project(http, "Детайли " + tag, "Details " + tag, "VARNA", "COMPLETED", 10, 7);
        HttpResponse<String> r = http.get("/api/v1/projects/" + id(seeded));
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertFalse(r.body().contains("\"version\""), r.body());
        assertFalse(r.body().contains("\"searchText\""), r.body());
        assertFalse(r.body().contains("\"position\""), r.body());
        JsonObject p = Http.json(r);
        assertTrue(DETAIL_FIELDS.containsAll(p.keySet()), p::toString);
        assertEquals(id(seeded), p.getJsonNumber("id").longValue());
        assertEquals(seeded.getString("contractNumber"), p.getString("contractNumber"));
        assertEquals(seeded.getString("fundingScheme"), p.getString("fundingScheme"));
        assertTrue(seeded.getString("contractNumber").startsWith(p.getString("fundingScheme") + "-"));
        assertEquals("EIF", p.getString("fund"));
        assertEquals("COMPLETED", p.getString("status"));
        assertEquals("VARNA", p.getString("region"));
        assertEquals("Детайли " + tag, p.getJsonObject("title").getString("bg"));
        assertEquals("Details " + tag, p.getJsonObject("title").getString("en"));
        assertEquals("Резюме Детайли " + tag, p.getJsonObject("summary").getString("bg"));
        assertEquals("Summary Details " + tag, p.getJsonObject("summary").getString("en"));
        assertEquals(seeded.getJsonNumber("beneficiaryId").longValue(),
                p.getJsonObject("beneficiary").getJsonNumber("id").longValue());

        JsonArray indicators = p.getJsonArray("indicators");
        assertEquals(1, indicators.size());
        JsonObject indicator = indicators.getJsonObject(0);
        assertEquals(Set.of("id", "name", "unit", "target", "achieved", "source"), indicator.keySet(), "no measure for an entered one");
        assertEquals("ENTERED", indicator.getString("source"));
        assertEquals("Семинари Детайли " + tag, indicator.getJsonObject("name").getString("bg"));
        assertEquals("Seminars Details " + tag, indicator.getJsonObject("name").getString("en"));
        assertEquals("EVENTS", indicator.getString("unit"));
        assertEquals(10, indicator.getInt("target"));
        assertEquals(7, indicator.getInt("achieved"));
    }

    /** Regression: the first read of a project that is not in the shared cache failed with 500 (EclipseLink-6094). */
    @Test
    void aProjectReadFromTheDatabaseRatherThanTheCacheHasItsIndicators() {
        String tag = Seeding.tag();
        JsonObject seeded = Seeding.project(http, "Кеш празен " + tag, "Cache empty " + tag, "PLOVDIV", "RUNNING", 6, 3);
        Seeding.evictCache(http);
        HttpResponse<String> r = http.get("/api/v1/projects/" + id(seeded));
        assertEquals(200, r.statusCode(), r::body);
        JsonObject indicator = Http.json(r).getJsonArray("indicators").getJsonObject(0);
        assertEquals("Семинари Кеш празен " + tag, indicator.getJsonObject("name").getString("bg"));
        assertEquals("Seminars Cache empty " + tag, indicator.getJsonObject("name").getString("en"));
        assertEquals(6, indicator.getInt("target"));
        assertEquals(3, indicator.getInt("achieved"));
    }

    @Test
    void aDemoProjectHasItsPeriodAndAllIndicators() {
        JsonObject found = list("?q=" + Http.enc("BG EIF 2013/01-05.02"));
        assertEquals(1, found.getInt("totalItems"));
        long id = ids(found).get(0);
        JsonObject p = Http.json(http.get("/api/v1/projects/" + id));
        assertEquals("BG EIF 2013/01-05.02", p.getString("contractNumber"));
        assertEquals("BG EIF 2013/01", p.getString("fundingScheme"));
        assertEquals("2015-01-01", p.getString("startDate"));
        assertEquals("2015-06-30", p.getString("endDate"));
        assertEquals(5, p.getJsonArray("indicators").size());
        assertEquals(List.of("EVENTS", "PARTICIPANTS", "COPIES", "ITEMS", "ITEMS"), p.getJsonArray("indicators").stream()
                .map(v -> v.asJsonObject().getString("unit")).collect(Collectors.toList()), "in their position order");
    }

    @Test
    void anUnknownProjectIsA404Problem() {
        HttpResponse<String> r = http.get("/api/v1/projects/999999999");
        assertProblem(r, 404);
        JsonObject problem = Http.json(r);
        assertEquals("Not Found", problem.getString("title"));
        assertEquals("/api/v1/projects/999999999", problem.getString("instance"));
        assertTrue(problem.getString("detail").contains("999999999"), problem::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "-1", "1.5", "99999999999999999999"})
    void aProjectIdThatIsNotAPositiveNumberIsA400NamingId(String id) {
        assertBadParameter(http.get("/api/v1/projects/" + id), "id");
    }

    // --- bad parameters

    @Test
    void aBadSizeIsA400NamingTheParameter() {
        HttpResponse<String> r = http.get("/api/v1/projects?size=abc");
        assertEquals(400, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("size", Http.json(r).getJsonArray("errors").getJsonObject(0).getString("name"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "page, -1",
            "page, abc",
            "page, 1000001",
            "page, 1.5",
            "size, 0",
            "size, abc",
            "size, 101",
            "size, 100000",
            "size, -3",
            "region, NOWHERE",
            "region, 'SOFIA CITY'",
            "status, xyz",
            "status, 'RUNNING,PLANNED'"
    })
    void aBadParameterIsA400ProblemNamingIt(String parameter, String value) {
        assertBadParameter(http.get("/api/v1/projects?" + parameter + "=" + Http.enc(value)), parameter);
    }

    @Test
    void aQOf201CharactersIsA400AndOf200IsFine() {
        assertBadParameter(http.get("/api/v1/projects?q=" + "a".repeat(201)), "q");
        assertBadParameter(http.get("/api/v1/projects?q=" + Http.enc("я".repeat(201))), "q");
        assertEquals(0, list("?q=" + Http.enc("я".repeat(200))).getInt("totalItems"));
    }

    @Test
    void aLongQIsA400ProblemNamingQ() {
        assertBadParameter(http.get("/api/v1/projects?q=" + "a".repeat(2_000)), "q");
        assertBadParameter(http.get("/api/v1/projects?q=" + Http.enc("\"<script>".repeat(100))), "q");
    }

    /**
     * 10,000 characters overflow the HTTP listener's request-line buffer: the server refuses the request itself
     * with a bare 400 before the application sees it. That is clean (no 500, no stack trace); when the
     * application does answer, it must be the problem naming q.
     */
    @Test
    void aHugeQIsAClean400() {
        HttpResponse<String> r = http.get("/api/v1/projects?q=" + "a".repeat(10_000));
        assertEquals(400, r.statusCode(), r::body);
        assertFalse(r.body().contains("Exception"), r::body);
        if (r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            assertBadParameter(r, "q");
        }
        HttpResponse<String> cyrillic = http.get("/api/v1/projects?q=" + Http.enc("я".repeat(10_000)));
        assertEquals(400, cyrillic.statusCode(), cyrillic::body);
        assertFalse(cyrillic.body().contains("Exception"), cyrillic::body);
    }

    @ParameterizedTest
    @ValueSource(strings = {"'", "\"", "''; DROP TABLE project; --", "\" OR \"1\"=\"1", "<script>alert(1)</script>",
            "%", "%%", "_", "\\", "\\%", "a\\", "{}", "${7*7}", "#{7*7}", "\u0000", "😀", "\t"})
    void oddButShortQueriesAnswer200(String q) {
        HttpResponse<String> r = http.get("/api/v1/projects?q=" + Http.enc(q));
        assertEquals(200, r.statusCode(), () -> q + " → " + r.body());
        JsonObject page = Http.json(r);
        assertTrue(page.getInt("totalItems") >= 0);
        assertEquals(Math.min(20, page.getInt("totalItems")), page.getJsonArray("items").size());
    }

    @Test
    void aQuotedQueryFindsAQuotedTitle() {
        String tag = Seeding.tag();
        JsonObject seeded = Seeding.project(http, "Сдружение \"Марица\" O'Neil <b>" + tag + "</b>", null, "PLOVDIV", "RUNNING");
        assertEquals(List.of(id(seeded)), ids(list("?q=" + Http.enc("\"марица\" o'neil <b>" + tag))));
    }

    @Test
    void aRepeatedParameterDoesNotBreakTheServer() {
        HttpResponse<String> r = http.get("/api/v1/projects?size=5&size=abc&page=0&page=1");
        assertTrue(r.statusCode() == 200 || r.statusCode() == 400, () -> r.statusCode() + " " + r.body());
    }

    // --- caching

    @Test
    void aListAnswersAnETagAnd304WhenItIsSentBack() {
        String tag = Seeding.tag();
        Seeding.project(http, "Кеш " + tag, null, "PLOVDIV", "RUNNING");
        HttpResponse<String> first = http.get("/api/v1/projects?q=" + tag);
        assertEquals(200, first.statusCode());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(etag.matches("(W/)?\"[^\"]+\""), etag);

        HttpResponse<String> again = http.get("/api/v1/projects?q=" + tag, "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(etag, again.headers().firstValue("ETag").orElse(null));

        HttpResponse<String> other = http.get("/api/v1/projects?q=" + tag, "If-None-Match", "\"something-else\"");
        assertEquals(200, other.statusCode());
        assertEquals(first.body(), other.body());
    }

    @Test
    void theListsETagChangesWhenAProjectIsAdded() {
        String tag = Seeding.tag();
        Seeding.project(http, "Промяна " + tag, null, "PLOVDIV", "RUNNING");
        String all = http.get("/api/v1/projects").headers().firstValue("ETag").orElseThrow();
        String filtered = http.get("/api/v1/projects?q=" + tag).headers().firstValue("ETag").orElseThrow();
        assertEquals(all, http.get("/api/v1/projects").headers().firstValue("ETag").orElseThrow(), "stable while nothing changes");

        Seeding.project(http, "Промяна 2 " + tag, null, "PLOVDIV", "RUNNING");

        HttpResponse<String> allAfter = http.get("/api/v1/projects", "If-None-Match", all);
        assertEquals(200, allAfter.statusCode(), "the old tag no longer matches");
        assertNotEquals(all, allAfter.headers().firstValue("ETag").orElseThrow());
        HttpResponse<String> filteredAfter = http.get("/api/v1/projects?q=" + tag, "If-None-Match", filtered);
        assertEquals(200, filteredAfter.statusCode());
        assertEquals(2, Http.json(filteredAfter).getInt("totalItems"));
        assertNotEquals(filtered, filteredAfter.headers().firstValue("ETag").orElseThrow());
    }

    @Test
    void oneProjectAnswersAnETagAnd304() {
        JsonObject seeded = Seeding.project(http, "Кеш " + Seeding.tag(), null, "PLOVDIV", "RUNNING");
        HttpResponse<String> first = http.get("/api/v1/projects/" + id(seeded));
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = http.get("/api/v1/projects/" + id(seeded), "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        JsonObject other = Seeding.project(http, "Кеш " + Seeding.tag(), null, "PLOVDIV", "RUNNING");
        assertEquals(200, http.get("/api/v1/projects/" + id(other), "If-None-Match", etag).statusCode(),
                "another project's tag does not match");
    }

    // --- the rest of the API

    @Test
    void anUnknownApiPathIsA404Problem() {
        HttpResponse<String> r = http.get("/api/v1/nothing");
        assertProblem(r, 404);
        assertEquals("/api/v1/nothing", Http.json(r).getString("instance"));
    }

    @Test
    void theOpenApiDocumentNamesTheProjectsPath() {
        HttpResponse<String> r = http.get("/openapi");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("/api/v1/projects"), r.body());
        assertTrue(r.body().contains("/api/v1/organisations"), r.body());
    }
}
