package bg.integra.it.knowledge;

import bg.integra.it.Http;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static bg.integra.it.Problems.assertBadParameter;
import static bg.integra.it.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GET /api/v1/network/practices, /cases, /measures, /initiatives and one of each, on the member's items that
 * testsupport.KnowledgeSeed makes for each test (published ones and drafts, all titled with the test's tag).
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class KnowledgeApiIT {

    private static final String API = "/api/v1/network";

    private final Http http = new Http();
    private JsonObject seed;
    private String tag;

    @BeforeEach
    void seed() {
        HttpResponse<String> r = http.postForm("/test-support/knowledge", Map.of());
        assertEquals(200, r.statusCode(), r.body());
        seed = Http.json(r);
        tag = seed.getString("tag");
    }

    private long id(String kind, String name) {
        return seed.getJsonObject(kind).getJsonNumber(name).longValue();
    }

    @Test
    void listsShowOnlyPublishedItemsNewestFirst() {
        assertEquals(List.of(id("practices", "newer"), id("practices", "older")), Http.ids(http.getJson(API + "/practices?q=" + tag)));
        assertEquals(List.of(id("cases", "clinic"), id("cases", "school")), Http.ids(http.getJson(API + "/cases?q=" + tag)));
        assertEquals(List.of(id("measures", "proposed"), id("measures", "adopted")), Http.ids(http.getJson(API + "/measures?q=" + tag)));
    }

    @Test
    void aPracticeHasTheFieldsOfTheTemplate() {
        JsonObject p = http.getJson(API + "/practices/" + id("practices", "older"));
        assertEquals("Практика " + tag + " по-стара", p.getJsonObject("title").getString("bg"));
        assertEquals("Практика " + tag + " по-стара (en)", p.getJsonObject("title").getString("en"));
        assertEquals("BG", p.getString("country"));
        assertEquals("HASKOVO", p.getString("region"));
        assertEquals("REFUGEES", p.getString("audience"));
        assertEquals("HEALTH", p.getString("area"));
        assertEquals(seed.getJsonNumber("organisationId").longValue(), p.getJsonObject("organisation").getJsonNumber("id").longValue());
        for (String field : List.of("funding", "objectives", "activities", "results", "evaluation", "transferability")) {
            assertTrue(p.getJsonObject(field).containsKey("bg"), field);
        }
        assertEquals(List.of("https://example.org/practice"), p.getJsonArray("links").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertTrue(p.getString("contact").contains("Тестова"));
    }

    @ParameterizedTest
    @CsvSource({"region=HASKOVO, older", "region=varna, newer", "audience=WOMEN, newer", "area=HEALTH, older",
            "q=по-нова, newer", "q=po-nova, newer", "area=EDUCATION, ''"})
    void practicesAreFiltered(String filter, String expected) {
        String query = filter.startsWith("q=") ? "q=" + Http.enc(filter.substring(2) + " " + tag) : filter + "&q=" + tag;
        List<Long> ids = Http.ids(http.getJson(API + "/practices?" + query));
        assertEquals(expected.isEmpty() ? List.of() : List.of(id("practices", expected)), ids, filter);
    }

    @Test
    void casesAndMeasuresAreFiltered() {
        assertEquals(List.of(id("cases", "school")), Http.ids(http.getJson(API + "/cases?q=" + tag + "&area=EDUCATION")));
        assertEquals(List.of(id("cases", "clinic")), Http.ids(http.getJson(API + "/cases?q=" + tag + "&region=SOFIA_CITY")));
        assertEquals(List.of(id("measures", "adopted")), Http.ids(http.getJson(API + "/measures?q=" + tag + "&status=ADOPTED")));
        assertEquals(List.of(id("measures", "proposed")), Http.ids(http.getJson(API + "/measures?q=" + tag + "&status=proposed")));
        assertEquals(List.of(), Http.ids(http.getJson(API + "/measures?q=" + tag + "&region=VARNA")));
    }

    @Test
    void listsArePaged() {
        JsonObject first = http.getJson(API + "/practices?q=" + tag + "&size=1");
        JsonObject second = http.getJson(API + "/practices?q=" + tag + "&size=1&page=1");
        assertEquals(2, first.getInt("totalItems"));
        assertEquals(List.of(id("practices", "newer")), Http.ids(first));
        assertEquals(List.of(id("practices", "older")), Http.ids(second));
    }

    @Test
    void aMeasureNamesItsPublishedSourcesAndItsSteps() {
        JsonObject m = http.getJson(API + "/measures/" + id("measures", "adopted"));
        assertEquals("ADOPTED", m.getString("status"));
        assertEquals("Областен план Мярка " + tag + " приета", m.getJsonObject("plan").getString("bg"));
        assertEquals("Областна администрация", m.getJsonObject("addressee").getString("bg"));
        assertTrue(m.containsKey("proposedOn") && m.containsKey("discussedOn") && m.containsKey("decidedOn"), m::toString);
        // the draft case and the draft practice it also comes from are not shown
        assertEquals(List.of(id("cases", "school")), Http.ids(Json.page(m.getJsonArray("cases"))));
        assertEquals(List.of(id("practices", "older")), Http.ids(Json.page(m.getJsonArray("practices"))));
        assertEquals("Казус " + tag + " училище", m.getJsonArray("cases").getJsonObject(0).getJsonObject("title").getString("bg"));
    }

    @Test
    void draftsAndUnknownItemsAreNotFound() {
        assertProblem(http.get(API + "/practices/" + id("practices", "draft")), 404);
        assertProblem(http.get(API + "/cases/" + id("cases", "draft")), 404);
        assertProblem(http.get(API + "/measures/" + id("measures", "draft")), 404);
        assertProblem(http.get(API + "/cases/999999999"), 404);
        assertEquals(200, http.get(API + "/cases/" + id("cases", "school")).statusCode());
    }

    @ParameterizedTest
    @CsvSource({"/practices?region=NOWHERE, region", "/practices?audience=ALIENS, audience", "/practices?area=x, area",
            "/cases?size=0, size", "/cases?page=-1, page", "/measures?status=DONE, status", "/measures/abc, id",
            "/practices/0, id"})
    void badParametersAreNamed(String path, String parameter) {
        assertBadParameter(http.get(API + path), parameter);
    }

    @Test
    void answersCarryAnETag() {
        HttpResponse<String> r = http.get(API + "/measures?q=" + tag);
        String etag = r.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, http.get(API + "/measures?q=" + tag, "If-None-Match", etag).statusCode());
        assertNotEquals("", etag);
    }

    @Test
    void initiativesAreListedUpcomingSoonestFirstThenCompletedLatestFirst() {
        // the past upcoming one and the draft are not listed
        assertEquals(List.of(id("initiatives", "soon"), id("initiatives", "later"), id("initiatives", "recent"),
                id("initiatives", "earlier")), Http.ids(http.getJson(API + "/initiatives?q=" + tag)));
    }

    @ParameterizedTest
    @CsvSource({"kind=UPCOMING, soon later", "kind=completed, recent earlier", "region=VARNA, later",
            "region=HASKOVO&kind=COMPLETED, recent", "q=отдавна, earlier", "q=otdavna, earlier", "region=BURGAS, ''"})
    void initiativesAreFiltered(String filter, String expected) {
        String query = filter.startsWith("q=") ? "q=" + Http.enc(filter.substring(2) + " " + tag) : filter + "&q=" + tag;
        List<Long> ids = Http.ids(http.getJson(API + "/initiatives?" + query));
        List<Long> wanted = expected.isEmpty() ? List.of()
                : java.util.Arrays.stream(expected.split(" ")).map(name -> id("initiatives", name)).toList();
        assertEquals(wanted, ids, filter);
    }

    @Test
    void initiativesArePaged() {
        JsonObject second = http.getJson(API + "/initiatives?q=" + tag + "&size=3&page=1");
        assertEquals(4, second.getInt("totalItems"));
        assertEquals(List.of(id("initiatives", "earlier")), Http.ids(second));
        assertEquals(List.of(id("initiatives", "soon"), id("initiatives", "later")),
                Http.ids(http.getJson(API + "/initiatives?q=" + tag + "&size=2")));
    }

    @Test
    void anInitiativeHasItsKindDatesPlaceAndTexts() {
        JsonObject i = http.getJson(API + "/initiatives/" + id("initiatives", "later"));
        assertEquals("UPCOMING", i.getString("kind"));
        assertEquals("Инициатива " + tag + " по-късно", i.getJsonObject("title").getString("bg"));
        assertEquals("Инициатива " + tag + " по-късно (en)", i.getJsonObject("title").getString("en"));
        assertEquals(java.time.LocalDate.parse(i.getString("start")).plusDays(2), java.time.LocalDate.parse(i.getString("end")));
        assertEquals("VARNA", i.getString("region"));
        assertEquals("Тестоград", i.getString("town"));
        assertEquals("https://example.org/initiative", i.getString("link"));
        assertTrue(i.getString("contact").contains("Тестова"));
        assertEquals("Община Хасково", i.getJsonObject("partners").getString("bg"));
        assertTrue(i.getJsonObject("summary").containsKey("en") && !i.getJsonObject("description").containsKey("en"), i::toString);
        assertEquals(seed.getJsonNumber("organisationId").longValue(), i.getJsonObject("organisation").getJsonNumber("id").longValue());
        assertEquals("COMPLETED", http.getJson(API + "/initiatives/" + id("initiatives", "recent")).getString("kind"));
    }

    @Test
    void aDraftInitiativeIsNotFoundAndOneWhoseDayHasPassedStillIs() {
        assertProblem(http.get(API + "/initiatives/" + id("initiatives", "draft")), 404);
        assertProblem(http.get(API + "/initiatives/999999999"), 404);
        assertEquals(200, http.get(API + "/initiatives/" + id("initiatives", "past")).statusCode());
    }

    @ParameterizedTest
    @CsvSource({"/initiatives?kind=SOON, kind", "/initiatives?region=NOWHERE, region", "/initiatives?size=101, size",
            "/initiatives/abc, id"})
    void badInitiativeParametersAreNamed(String path, String parameter) {
        assertBadParameter(http.get(API + path), parameter);
    }

    @Test
    void initiativeAnswersCarryAnETag() {
        for (String path : List.of(API + "/initiatives?q=" + tag, API + "/initiatives/" + id("initiatives", "soon"))) {
            HttpResponse<String> r = http.get(path);
            assertEquals(200, r.statusCode(), path);
            String etag = r.headers().firstValue("ETag").orElseThrow();
            assertEquals(304, http.get(path, "If-None-Match", etag).statusCode(), path);
            assertEquals(200, http.get(path, "If-None-Match", "\"other\"").statusCode(), path);
        }
    }

    @Test
    void theOpenApiDocumentNamesTheInitiatives() {
        HttpResponse<String> r = http.get("/openapi");
        assertEquals(200, r.statusCode());
        for (String path : List.of("/api/v1/network/initiatives", "/api/v1/network/initiatives/{id}")) {
            assertTrue(java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(path) + "\"?:").matcher(r.body()).find(),
                    path + " in " + r.body());
        }
    }

    /** A JSON array of objects with ids, shaped as a page for {@link Http#ids}. */
    private static final class Json {
        static JsonObject page(jakarta.json.JsonArray items) {
            return jakarta.json.Json.createObjectBuilder().add("items", items).build();
        }
    }
}
