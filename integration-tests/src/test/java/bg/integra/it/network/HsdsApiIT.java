package bg.integra.it.network;

import bg.integra.it.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static bg.integra.it.Problems.assertBadParameter;
import static bg.integra.it.Problems.assertProblem;
import static bg.integra.it.network.HsdsSchemas.assertValid;
import static bg.integra.it.network.HsdsSchemas.assertValidPage;
import static bg.integra.it.network.HsdsSchemas.errors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The network's directory as an Open Referral HSDS 3.0 API at /api/hsds/, on the directory that
 * testsupport.NetworkSeed makes: every answer is checked against HSDS's own JSON schemas ({@link HsdsSchemas}),
 * the ids are the documented UUIDs (type in the first group, number in the last), and the non-member stays out.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class HsdsApiIT {

    private static final String HSDS = "/api/hsds";
    private static final int ORGANIZATION = 1, SERVICE = 2, LOCATION = 3, SERVICE_AT_LOCATION = 4;

    private final Http http = new Http();
    private JsonObject seed;
    private String tag;

    @BeforeEach
    void seed() {
        HttpResponse<String> r = http.postForm("/test-support/network", Map.of());
        assertEquals(200, r.statusCode(), r.body());
        seed = Http.json(r);
        tag = seed.getString("tag");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", ""})
    void theRootTellsTheVersionAndWhereTheApiIsDescribed(String slash) {
        JsonObject info = http.getJson(HSDS + slash);
        assertEquals(Set.of("version", "profile", "openapi_url"), info.keySet());
        assertEquals("3.0", info.getString("version"));
        assertTrue(URI.create(info.getString("profile")).isAbsolute());
        URI openapi = URI.create(info.getString("openapi_url"));
        assertTrue(openapi.isAbsolute());
        HttpResponse<String> document = http.get(openapi.getPath());
        assertEquals(200, document.statusCode());
        assertTrue(document.body().contains("/hsds/service_at_locations"), "the OpenAPI document describes this API");
    }

    // --- services

    @Test
    void servicesArePagesOfHsdsServicesWithTheirOrganization() {
        List<JsonObject> services = all("/services", HsdsSchemas.SERVICE_LIST);
        List<String> ids = services.stream().map(s -> s.getString("id")).toList();
        assertTrue(ids.containsAll(List.of(uuid(SERVICE, service("legal")), uuid(SERVICE, service("courses")),
                uuid(SERVICE, service("housing")))), ids::toString);
        assertFalse(ids.contains(uuid(SERVICE, service("outside"))), "never the non-member's");
        JsonObject housing = services.get(ids.indexOf(uuid(SERVICE, service("housing"))));
        assertEquals("defunct", housing.getString("status"));
        assertEquals("Жилища " + tag, housing.getString("name"));
        assertEquals(uuid(ORGANIZATION, organisationId()), housing.getString("organization_id"));
        assertEquals(uuid(ORGANIZATION, organisationId()), housing.getJsonObject("organization").getString("id"));
        assertEquals("Мрежова организация " + tag, housing.getJsonObject("organization").getString("name"));
    }

    @Test
    void oneServiceIsFullyNestedWithItsLocationsSchedulesAndLanguages() {
        JsonObject s = http.getJson(HSDS + "/services/" + uuid(SERVICE, service("legal")));
        assertValid(HsdsSchemas.SERVICE, s);
        assertEquals(uuid(SERVICE, service("legal")), s.getString("id"));
        assertEquals("Правна помощ " + tag, s.getString("name"), "Bulgarian by default");
        assertEquals("Какво прави Правна помощ " + tag, s.getString("description"));
        assertEquals("За граждани на трети държави", s.getString("eligibility_description"));
        assertEquals("active", s.getString("status"));
        assertEquals("https://example.bg/services", s.getString("url"));
        assertEquals(LocalDate.now(ZoneId.of("Europe/Sofia")).toString(), s.getString("assured_date"));
        assertEquals(List.of("ar", "bg"), codes(s));

        assertEquals(1, s.getJsonArray("service_at_locations").size());
        JsonObject at = s.getJsonArray("service_at_locations").getJsonObject(0);
        assertEquals(s.getString("id"), at.getString("service_id"));
        assertEquals(uuid(LOCATION, location("a")), at.getString("location_id"));
        assertTrue(at.getString("id").startsWith(String.format("%08x-0000-4000-8000-", SERVICE_AT_LOCATION)));
        JsonObject a = at.getJsonObject("location");
        assertEquals(uuid(LOCATION, location("a")), a.getString("id"));
        assertEquals("physical", a.getString("location_type"));
        assertEquals("Център А " + tag, a.getString("name"));
        assertEquals("Автобус 1", a.getString("transportation"));
        assertEquals(41.60, a.getJsonNumber("latitude").doubleValue(), 1e-9);
        assertEquals(25.30, a.getJsonNumber("longitude").doubleValue(), 1e-9);
        assertEquals(List.of("ar", "bg"), codes(a));
        JsonObject address = a.getJsonArray("addresses").getJsonObject(0);
        assertEquals("BG", address.getString("country"));
        assertEquals("Кърджали", address.getString("state_province"));
        assertEquals(seed.getString("city"), address.getString("city"));
        assertEquals("9999", address.getString("postal_code"));
        assertEquals("ул. „Тестова“ 1", address.getString("address_1"));
        assertEquals("+359 2 123 456", a.getJsonArray("phones").getJsonObject(0).getString("number"));
        assertEquals("Рампа на входа", a.getJsonArray("accessibility").getJsonObject(0).getString("description"));

        List<JsonObject> schedules = a.getJsonArray("schedules").getValuesAs(JsonObject.class);
        assertEquals(2, schedules.size(), schedules::toString);
        assertSchedule(schedules.get(0), "MO,TU,WE,TH,FR", "09:00", "17:00");
        assertSchedule(schedules.get(1), "SA", "10:00", "12:00");
        assertTrue(Set.of(2, 3).contains(schedules.get(0).getInt("timezone")), "Sofia is UTC+2, or +3 in summer");

        assertEquals(2, http.getJson(HSDS + "/services/" + uuid(SERVICE, service("courses"))).getJsonArray("service_at_locations").size());
        JsonObject housing = http.getJson(HSDS + "/services/" + uuid(SERVICE, service("housing")));
        assertValid(HsdsSchemas.SERVICE, housing);
        assertEquals("defunct", housing.getString("status"));
    }

    @Test
    void langGivesTheTextsInAnotherLanguage() {
        JsonObject s = http.getJson(HSDS + "/services/" + uuid(SERVICE, service("legal")) + "?lang=en");
        assertValid(HsdsSchemas.SERVICE, s);
        assertEquals("Правна помощ " + tag + " (en)", s.getString("name"));
        assertEquals("For third-country nationals", s.getString("eligibility_description"));
        assertEquals("Free of charge", s.getString("fees_description"));
        JsonObject a = s.getJsonArray("service_at_locations").getJsonObject(0).getJsonObject("location");
        assertEquals("Kardzhali", a.getJsonArray("addresses").getJsonObject(0).getString("state_province"));
        assertEquals("Arabic", a.getJsonArray("languages").getJsonObject(0).getString("name"));
        assertEquals("Център А " + tag + " (en)", a.getString("name"));
        // a language's texts are taken whole: the English ones say nothing of transport
        assertFalse(a.containsKey("transportation"), a::toString);
        // a language without texts falls back to English, then Bulgarian
        assertEquals("Правна помощ " + tag + " (en)", http.getJson(HSDS + "/services/" + uuid(SERVICE, service("legal")) + "?lang=ar")
                .getString("name"));
    }

    // --- organizations

    @Test
    void organizationsArePagesOfMembersAndOneIsNested() {
        JsonObject page = http.getJson(HSDS + "/organizations?search=" + tag);
        assertValidPage(HsdsSchemas.ORGANIZATION_LIST, page);
        assertEquals(List.of(uuid(ORGANIZATION, organisationId())), contentIds(page), "the non-member's name has the tag too");
        assertEquals("Описание на Мрежова организация " + tag, page.getJsonArray("contents").getJsonObject(0).getString("description"));
        assertValidPage(HsdsSchemas.ORGANIZATION_LIST, http.getJson(HSDS + "/organizations?per_page=100"));

        JsonObject o = http.getJson(HSDS + "/organizations/" + uuid(ORGANIZATION, organisationId()));
        assertValid(HsdsSchemas.ORGANIZATION, o);
        assertEquals("Мрежова организация " + tag, o.getString("name"));
        assertEquals(List.of(uuid(LOCATION, location("a")), uuid(LOCATION, location("b")), uuid(LOCATION, location("c"))),
                o.getJsonArray("locations").getValuesAs(JsonObject.class).stream().map(l -> l.getString("id")).toList());
        assertEquals(Set.of(uuid(SERVICE, service("legal")), uuid(SERVICE, service("courses")), uuid(SERVICE, service("housing"))),
                Set.copyOf(o.getJsonArray("services").getValuesAs(JsonObject.class).stream().map(s -> s.getString("id")).toList()));
        JsonObject c = o.getJsonArray("locations").getJsonObject(2);
        assertFalse(c.containsKey("latitude"), "C has no position");
        assertSchedule(c.getJsonArray("schedules").getJsonObject(0), "SU", "08:00", "20:00");

        JsonObject en = http.getJson(HSDS + "/organizations/" + uuid(ORGANIZATION, organisationId()) + "?lang=en");
        assertValid(HsdsSchemas.ORGANIZATION, en);
        assertEquals("About Мрежова организация " + tag, en.getString("description"));
    }

    // --- services at locations

    @Test
    void servicesAtLocationsArePagesWithTheServiceAndTheLocation() {
        List<String> expected = new ArrayList<>();
        for (String key : List.of("legal", "courses", "housing")) {
            http.getJson(HSDS + "/services/" + uuid(SERVICE, service(key))).getJsonArray("service_at_locations")
                    .getValuesAs(JsonObject.class).forEach(at -> expected.add(at.getString("id")));
        }
        assertEquals(4, expected.size());
        List<JsonObject> all = all("/service_at_locations", HsdsSchemas.SERVICE_AT_LOCATION_LIST);
        List<String> ids = all.stream().map(at -> at.getString("id")).toList();
        assertTrue(ids.containsAll(expected), ids::toString);
        assertTrue(all.stream().noneMatch(at -> at.getString("service_id").equals(uuid(SERVICE, service("outside")))));
        JsonObject housingAtC = all.stream().filter(at -> at.getString("service_id").equals(uuid(SERVICE, service("housing"))))
                .findFirst().orElseThrow();
        assertEquals(uuid(LOCATION, location("c")), housingAtC.getString("location_id"));
        assertEquals(uuid(LOCATION, location("c")), housingAtC.getJsonObject("location").getString("id"));
        assertEquals("defunct", housingAtC.getJsonObject("service").getString("status"));
        assertEquals(uuid(ORGANIZATION, organisationId()), housingAtC.getJsonObject("service").getJsonObject("organization").getString("id"));
    }

    // --- pages

    @Test
    void pagesCountFromOneAndSayWhereTheyAre() {
        JsonObject first = http.getJson(HSDS + "/services?per_page=2");
        assertValidPage(HsdsSchemas.SERVICE_LIST, first);
        long total = first.getJsonNumber("total_items").longValue();
        long pages = (total + 1) / 2;
        assertTrue(total >= 3);
        assertEquals(1, first.getInt("page_number"));
        assertEquals(pages, first.getJsonNumber("total_pages").longValue());
        assertEquals(2, first.getInt("size"));
        assertTrue(first.getBoolean("first_page"));
        assertFalse(first.getBoolean("last_page"));
        assertFalse(first.getBoolean("empty"));

        JsonObject last = http.getJson(HSDS + "/services?per_page=2&page=" + pages);
        assertValidPage(HsdsSchemas.SERVICE_LIST, last);
        assertTrue(last.getBoolean("last_page"));
        assertFalse(last.getBoolean("first_page"));
        assertEquals(total - (pages - 1) * 2, last.getInt("size"));

        JsonObject beyond = http.getJson(HSDS + "/services?per_page=2&page=" + (pages + 1));
        assertValidPage(HsdsSchemas.SERVICE_LIST, beyond);
        assertTrue(beyond.getBoolean("empty"));
        assertEquals(0, beyond.getInt("size"));

        JsonObject second = http.getJson(HSDS + "/services?per_page=2&page=2");
        assertTrue(contentIds(second).stream().noneMatch(contentIds(first)::contains), "pages do not overlap");
    }

    // --- errors

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "/services?page=0, page", "/services?page=abc, page", "/services?per_page=0, per_page",
            "/services?per_page=101, per_page", "/organizations?per_page=x, per_page", "/organizations?page=-1, page",
            "/service_at_locations?page=1.5, page", "/service_at_locations?lang=xx, lang", "/services?lang=1, lang",
            "/organizations?lang=english, lang",
    })
    void aBadParameterIsA400ProblemNamingIt(String path, String parameter) {
        assertBadParameter(http.get(HSDS + path), parameter);
    }

    @Test
    void anIdThatIsNotOneOfAMembersRecordsIsA404Problem() {
        List<String> notFound = List.of(
                "/services/abc", "/services/42", "/services/" + uuid(SERVICE, 999_999_999L),
                "/services/" + uuid(SERVICE, service("outside")), "/services/" + uuid(ORGANIZATION, organisationId()),
                "/services/" + uuid(SERVICE, service("legal")).replace("-0000-4000", "-0001-4000"),
                "/services/ac148810-d857-441c-9679-408f346de14b",
                "/organizations/" + uuid(ORGANIZATION, seed.getJsonNumber("outsiderId").longValue()),
                "/organizations/" + uuid(SERVICE, service("legal")), "/organizations/" + uuid(ORGANIZATION, 999_999_999L),
                "/organizations/" + uuid(LOCATION, location("a")));
        for (String path : notFound) {
            HttpResponse<String> r = http.get(HSDS + path);
            assertProblem(r, 404);
            assertEquals(HSDS + path, Http.json(r).getString("instance"));
        }
        // upper case is the same UUID
        assertEquals(200, http.get(HSDS + "/services/" + uuid(SERVICE, service("legal")).toUpperCase(Locale.ROOT)).statusCode());
    }

    @Test
    void answersHaveAnETagAnd304() {
        for (String path : List.of(HSDS + "/services/" + uuid(SERVICE, service("legal")), HSDS + "/organizations?search=" + tag,
                HSDS + "/organizations/" + uuid(ORGANIZATION, organisationId()), HSDS + "/service_at_locations?per_page=3")) {
            HttpResponse<String> first = http.get(path);
            assertEquals(200, first.statusCode(), path);
            HttpResponse<String> again = http.get(path, "If-None-Match", first.headers().firstValue("ETag").orElseThrow());
            assertEquals(304, again.statusCode(), path);
            assertEquals("", again.body());
        }
    }

    /** The validation itself can fail: a service, a list item and a page, each broken on purpose, are refused. */
    @Test
    void theSchemasRefuseABrokenDocument() {
        JsonObject s = http.getJson(HSDS + "/services/" + uuid(SERVICE, service("legal")));
        assertEquals(List.of(), errors(HsdsSchemas.SERVICE, s.toString()));
        assertFalse(errors(HsdsSchemas.SERVICE, Json.createObjectBuilder(s).add("status", "open").build().toString()).isEmpty(),
                "status outside the enumeration");
        assertFalse(errors(HsdsSchemas.SERVICE, Json.createObjectBuilder(s).remove("name").build().toString()).isEmpty(),
                "a required field missing");
        assertFalse(errors(HsdsSchemas.SERVICE, Json.createObjectBuilder(s).add("id", "legal-1").build().toString()).isEmpty(),
                "an id that is not a UUID (format assertions are on)");
        JsonObject at = s.getJsonArray("service_at_locations").getJsonObject(0);
        JsonObject noCountry = Json.createObjectBuilder(s).add("service_at_locations", Json.createArrayBuilder().add(
                Json.createObjectBuilder(at).add("location", Json.createObjectBuilder(at.getJsonObject("location"))
                        .add("addresses", Json.createArrayBuilder().add(Json.createObjectBuilder(
                                at.getJsonObject("location").getJsonArray("addresses").getJsonObject(0)).remove("country")))))).build();
        assertFalse(errors(HsdsSchemas.SERVICE, noCountry.toString()).isEmpty(), "a nested address without its country");

        JsonObject page = http.getJson(HSDS + "/organizations?search=" + tag);
        JsonObject item = page.getJsonArray("contents").getJsonObject(0);
        assertFalse(errors(HsdsSchemas.ORGANIZATION_LIST, Json.createObjectBuilder(item).remove("description").build().toString()).isEmpty());
        assertFalse(errors(HsdsSchemas.PAGE, Json.createObjectBuilder(page).add("total_items", "many").build().toString()).isEmpty());
    }

    // --- helpers

    /** The UUID that HsdsIds documents: type in the first group, the record's number in the last. */
    private static String uuid(int type, long number) {
        return String.format("%08x-0000-4000-8000-%012x", type, number);
    }

    private long organisationId() {
        return seed.getJsonNumber("organisationId").longValue();
    }

    private long service(String key) {
        return seed.getJsonObject("services").getJsonNumber(key).longValue();
    }

    private long location(String key) {
        return seed.getJsonObject("locations").getJsonNumber(key).longValue();
    }

    /** Every item of an HSDS list, page by page, each page checked against the Page schema and the items' one. */
    private List<JsonObject> all(String path, com.networknt.schema.Schema items) {
        List<JsonObject> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonObject p = http.getJson(HSDS + path + "?per_page=100&page=" + page);
            assertValidPage(items, p);
            assertEquals(page, p.getInt("page_number"));
            all.addAll(p.getJsonArray("contents").getValuesAs(JsonObject.class));
            if (p.getBoolean("last_page")) return all;
        }
    }

    private static List<String> contentIds(JsonObject page) {
        return page.getJsonArray("contents").getValuesAs(JsonObject.class).stream().map(o -> o.getString("id")).toList();
    }

    private static List<String> codes(JsonObject withLanguages) {
        return withLanguages.getJsonArray("languages").getValuesAs(JsonObject.class).stream()
                .map(l -> l.getString("code")).toList();
    }

    private static void assertSchedule(JsonObject schedule, String byday, String opens, String closes) {
        Function<String, String> field = schedule::getString;
        assertEquals(List.of("WEEKLY", byday, opens, closes),
                List.of(field.apply("freq"), field.apply("byday"), field.apply("opens_at"), field.apply("closes_at")), schedule::toString);
    }
}
