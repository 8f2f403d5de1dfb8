package bg.integra.it.network;

import bg.integra.it.Http;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static bg.integra.it.Http.enc;
import static bg.integra.it.Problems.assertBadParameter;
import static bg.integra.it.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GET /api/v1/network/organisations, /services, /locations and one of each, on the directory that
 * testsupport.NetworkSeed makes for each test: a member with centres A, B and C in a town of its own, its
 * services (legal advice, Bulgarian courses, a defunct housing service), and a non-member beside it that no
 * answer may show.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class NetworkApiIT {

    private static final String API = "/api/v1/network";
    private static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");

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

    // --- organisations

    @Test
    void onlyMembersAreListedAndFilteredByNameAndRegion() {
        // the non-member's name has the tag too
        JsonObject page = http.getJson(API + "/organisations?q=" + tag);
        assertEquals(List.of(organisationId()), Http.ids(page));
        assertEquals(1, page.getInt("totalItems"));
        JsonObject member = page.getJsonArray("items").getJsonObject(0);
        assertTrue(Set.of("id", "slug", "name", "description", "kind", "region", "address", "email", "phone", "website")
                .containsAll(member.keySet()), member::toString);
        assertEquals(tag, member.getString("slug"));
        assertEquals("Мрежова организация " + tag, member.getJsonObject("name").getString("bg"));
        assertEquals("Мрежова организация " + tag + " (en)", member.getJsonObject("name").getString("en"));
        assertEquals("About Мрежова организация " + tag, member.getJsonObject("description").getString("en"));
        assertEquals("KARDZHALI", member.getString("region"));

        assertEquals(List.of(organisationId()), Http.ids(http.getJson(API + "/organisations?q=" + tag.toUpperCase() + "&region=kardzhali")));
        assertEquals(List.of(), Http.ids(http.getJson(API + "/organisations?q=" + tag + "&region=VARNA")));
    }

    @Test
    void oneMemberWithItsServicesAndLocations() {
        JsonObject o = http.getJson(API + "/organisations/" + organisationId());
        assertEquals(organisationId(), o.getJsonNumber("id").longValue());
        assertEquals(tag, o.getString("slug"));
        assertEquals(Set.of(service("legal"), service("courses"), service("housing")), Set.copyOf(ids(o, "services")));
        assertEquals("ACTIVE", o.getJsonArray("services").getJsonObject(0).getString("status"), "active ones first");
        assertEquals("DEFUNCT", o.getJsonArray("services").getJsonObject(2).getString("status"));
        assertEquals(List.of(location("a"), location("b"), location("c")), ids(o, "locations"));
        JsonObject a = o.getJsonArray("locations").getJsonObject(0);
        assertEquals(List.of("BULGARIAN_COURSES", "LEGAL_ADVICE"), kinds(a));
        assertEquals(List.of(), kinds(o.getJsonArray("locations").getJsonObject(2)), "a defunct service is not offered");
        assertFalse(o.toString().contains("Външ"), "nothing of the non-member");
    }

    // --- services

    @Test
    void servicesAreFilteredByKindStatusLanguageAndRegion() {
        long legal = service("legal"), courses = service("courses"), housing = service("housing"), outside = service("outside");

        List<JsonObject> legalAdvice = all("/services?kind=LEGAL_ADVICE");
        assertTrue(legalAdvice.stream().allMatch(s -> s.getString("kind").equals("LEGAL_ADVICE")));
        assertIncludes(legalAdvice, Set.of(legal), Set.of(courses, housing, outside));

        List<JsonObject> defunct = all("/services?status=defunct");
        assertTrue(defunct.stream().allMatch(s -> s.getString("status").equals("DEFUNCT")));
        assertIncludes(defunct, Set.of(housing), Set.of(legal, courses, outside));

        List<JsonObject> arabic = all("/services?language=AR");
        assertTrue(arabic.stream().allMatch(s -> strings(s, "languages").contains("ar")));
        assertIncludes(arabic, Set.of(legal), Set.of(courses, housing, outside));
        assertIncludes(all("/services?language=en"), Set.of(courses), Set.of(legal, housing, outside));

        assertIncludes(all("/services?region=KARDZHALI"), Set.of(legal, courses, housing), Set.of(outside));
        assertIncludes(all("/services?region=VARNA"), Set.of(), Set.of(legal, courses, housing, outside));
        assertIncludes(all("/services?kind=BULGARIAN_COURSES&status=ACTIVE&language=bg&region=KARDZHALI"), Set.of(courses),
                Set.of(legal, housing, outside));
        assertIncludes(all("/services"), Set.of(legal, courses, housing), Set.of(outside));
    }

    @Test
    void oneServiceWithItsTextsLanguagesAndLocations() {
        JsonObject s = http.getJson(API + "/services/" + service("legal"));
        assertEquals("LEGAL_ADVICE", s.getString("kind"));
        assertEquals("ACTIVE", s.getString("status"));
        assertEquals("Правна помощ " + tag, s.getJsonObject("name").getString("bg"));
        assertEquals("Правна помощ " + tag + " (en)", s.getJsonObject("name").getString("en"));
        assertEquals("For third-country nationals", s.getJsonObject("eligibility").getString("en"));
        assertTrue(s.getBoolean("free"));
        assertEquals("https://example.bg/services", s.getString("url"));
        assertEquals(List.of("ar", "bg"), strings(s, "languages"));
        assertEquals(LocalDate.now(SOFIA).toString(), s.getJsonObject("verification").getString("on"));
        assertEquals("Проверител", s.getJsonObject("verification").getString("by"));
        assertEquals(organisationId(), s.getJsonObject("organisation").getJsonNumber("id").longValue());
        assertEquals(List.of(location("a")), ids(s, "locations"));
        assertEquals(seed.getString("city"), s.getJsonArray("locations").getJsonObject(0).getString("city"));
        assertEquals(List.of(location("a"), location("b")), ids(http.getJson(API + "/services/" + service("courses")), "locations"));
    }

    // --- locations

    @Test
    void locationsAreFilteredByTownKindLanguageTextAndRegion() {
        assertEquals(List.of("А", "Б", "В"), names(""));
        assertEquals(List.of("А"), names("&kind=LEGAL_ADVICE"));
        assertEquals(List.of(), names("&kind=HOUSING"), "its only housing service is defunct");
        assertEquals(List.of("Б"), names("&language=fa"));
        assertEquals(List.of("А", "Б"), names("&language=en"), "a service given in English");
        assertEquals(List.of("Б"), names("&q=" + enc("център б " + tag)));
        assertEquals(List.of("А", "Б", "В"), names("&region=KARDZHALI"));
        assertEquals(List.of(), names("&region=VARNA"));
        assertEquals(List.of("А"), names("&kind=BULGARIAN_COURSES&language=ar"));
        // the town alone finds them too, and only the member's
        List<Long> byText = Http.ids(http.getJson(API + "/locations?size=100&q=" + enc(seed.getString("city"))));
        assertEquals(List.of(location("a"), location("b"), location("c")), byText);
    }

    @Test
    void openNowKeepsTheCentresOpenAtThisMomentInSofia() {
        for (int attempt = 0; ; attempt++) {
            LocalDateTime before = LocalDateTime.now(SOFIA);
            // a size of its own per attempt: an address answered a moment ago may be kept for up to a minute
            List<String> open = names("&openNow=true&size=" + (50 - attempt));
            List<JsonObject> all = items("&openNow=false&size=" + (50 - attempt));
            LocalDateTime after = LocalDateTime.now(SOFIA);
            if (!expectedOpen(before).equals(expectedOpen(after)) && attempt < 3) continue; // a centre opened or closed meanwhile
            assertEquals(expectedOpen(before), open, "open at " + before);
            assertEquals(3, all.size());
            for (JsonObject l : all) {
                assertEquals(open.contains(name(l)), l.getBoolean("openNow"), name(l));
            }
            return;
        }
    }

    @Test
    void aPointRanksTheCentresByDistanceAndGivesEachItsDistance() {
        List<JsonObject> nearB = items("&lat=41.70&lon=25.45");
        assertEquals(List.of("Б", "А", "В"), nearB.stream().map(this::name).toList());
        assertEquals(0.0, nearB.get(0).getJsonNumber("distanceKm").doubleValue(), 0.001);
        double a = nearB.get(1).getJsonNumber("distanceKm").doubleValue();
        assertTrue(a > 16 && a < 18, "A is about 17 km from B: " + a);
        assertFalse(nearB.get(2).containsKey("distanceKm"), "C has no position");
        assertFalse(nearB.get(2).containsKey("position"));
        assertEquals(List.of("А", "Б", "В"), items("&lat=41.55&lon=25.20").stream().map(this::name).toList());
        assertTrue(items("").stream().noneMatch(l -> l.containsKey("distanceKm")), "no distance without a point");
    }

    @Test
    void oneLocationWithItsHoursLanguagesPositionVerificationAndServices() {
        JsonObject a = http.getJson(API + "/locations/" + location("a"));
        assertEquals("Център А " + tag, a.getJsonObject("name").getString("bg"));
        assertEquals("Център А " + tag + " (en)", a.getJsonObject("name").getString("en"));
        assertEquals("Автобус 1", a.getJsonObject("transportation").getString("bg"));
        assertEquals("Рампа на входа", a.getJsonObject("accessibility").getString("bg"));
        assertEquals(seed.getString("city"), a.getJsonObject("address").getString("city"));
        assertEquals("9999", a.getJsonObject("address").getString("postcode"));
        assertEquals("KARDZHALI", a.getString("region"));
        assertEquals(41.60, a.getJsonObject("position").getJsonNumber("latitude").doubleValue(), 1e-9);
        assertEquals(25.30, a.getJsonObject("position").getJsonNumber("longitude").doubleValue(), 1e-9);
        assertEquals("+359 2 123 456", a.getString("phone"));
        assertEquals("desk@example.bg", a.getString("email"));
        assertEquals(List.of("ar", "bg"), strings(a, "languages"));
        assertEquals(6, a.getJsonArray("hours").size());
        assertHours("MONDAY", "09:00", "17:00", a.getJsonArray("hours").getJsonObject(0));
        assertHours("SATURDAY", "10:00", "12:00", a.getJsonArray("hours").getJsonObject(5));
        assertEquals(LocalDate.now(SOFIA).toString(), a.getJsonObject("verification").getString("on"));
        assertEquals(List.of("BULGARIAN_COURSES", "LEGAL_ADVICE"), kinds(a));
        assertEquals(organisationId(), a.getJsonObject("organisation").getJsonNumber("id").longValue());
        assertEquals(expectedOpen(LocalDateTime.now(SOFIA)).contains("А"), a.getBoolean("openNow"));

        JsonObject b = http.getJson(API + "/locations/" + location("b"));
        assertEquals(LocalDate.now(SOFIA).minusYears(2).toString(), b.getJsonObject("verification").getString("on"));
        JsonObject c = http.getJson(API + "/locations/" + location("c"));
        assertFalse(c.containsKey("position"));
        assertEquals(List.of(), kinds(c));
        assertEquals("Проверител", c.getJsonObject("verification").getString("by"));
        assertFalse(c.getJsonObject("verification").containsKey("on"), "never checked");
        assertHours("SUNDAY", "08:00", "20:00", c.getJsonArray("hours").getJsonObject(0));
    }

    @Test
    void listsArePagedInTheDatabase() {
        String path = API + "/locations?city=" + enc(seed.getString("city")) + "&size=2";
        JsonObject first = http.getJson(path);
        assertEquals(List.of(location("a"), location("b")), Http.ids(first));
        assertEquals(0, first.getInt("page"));
        assertEquals(2, first.getInt("size"));
        assertEquals(3, first.getInt("totalItems"));
        assertEquals(2, first.getInt("totalPages"));
        assertEquals(List.of(location("c")), Http.ids(http.getJson(path + "&page=1")));
        assertEquals(List.of(), Http.ids(http.getJson(path + "&page=2")));

        JsonObject services = http.getJson(API + "/services?size=1&region=KARDZHALI");
        assertEquals(1, services.getJsonArray("items").size());
        assertEquals(services.getInt("totalItems"), services.getInt("totalPages"));
        assertTrue(services.getInt("totalItems") >= 3);
    }

    // --- the non-member

    @Test
    void aNonMembersRecordsAreNotFoundAndNeverListed() {
        assertProblem(http.get(API + "/organisations/" + seed.getJsonNumber("outsiderId").longValue()), 404);
        assertProblem(http.get(API + "/services/" + service("outside")), 404);
        assertProblem(http.get(API + "/locations/" + location("outside")), 404);
        assertEquals(List.of(), Http.ids(http.getJson(API + "/organisations?q=" + enc("Външна организация " + tag))));
        assertFalse(Http.ids(http.getJson(API + "/locations?size=100&city=" + enc(seed.getString("city"))))
                .contains(location("outside")));
        assertFalse(Http.ids(http.getJson(API + "/locations?size=100&city=" + enc(seed.getString("city")) + "&lat=41.6&lon=25.3"))
                .contains(location("outside")), "not even when it is the nearest");
    }

    @ParameterizedTest
    @ValueSource(strings = {"organisations", "services", "locations"})
    void anUnknownIdIsA404Problem(String list) {
        HttpResponse<String> r = http.get(API + "/" + list + "/999999999");
        assertProblem(r, 404);
        assertEquals(API + "/" + list + "/999999999", Http.json(r).getString("instance"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "/organisations/abc, id", "/services/0, id", "/locations/-3, id",
            "/organisations?region=NOWHERE, region", "/organisations?page=-1, page", "/organisations?size=0, size",
            "/services?kind=NOPE, kind", "/services?status=OPEN, status", "/services?language=e1, language",
            "/services?region=X, region", "/services?size=abc, size",
            "/locations?kind=x, kind", "/locations?region=x, region", "/locations?language=12, language",
            "/locations?openNow=yes, openNow", "/locations?lat=41.7, lon", "/locations?lon=25, lat",
            "/locations?lat=91&lon=25, lat", "/locations?lat=-90.5&lon=25, lat", "/locations?lat=41&lon=181, lon",
            "/locations?lat=abc&lon=25, lat", "/locations?lat=NaN&lon=1, lat", "/locations?page=x, page",
            "/locations?size=101, size",
    })
    void aBadParameterIsA400ProblemNamingIt(String path, String parameter) {
        assertBadParameter(http.get(API + path), parameter);
    }

    @Test
    void aTooLongTextIsA400ProblemNamingIt() {
        assertBadParameter(http.get(API + "/organisations?q=" + "я".repeat(201)), "q");
        assertBadParameter(http.get(API + "/locations?city=" + "я".repeat(201)), "city");
    }

    // --- ETags

    @Test
    void answersHaveAnETagAnd304AndANewOneAfterAChange() {
        for (String path : List.of(API + "/organisations/" + organisationId(), API + "/services/" + service("legal"),
                API + "/locations/" + location("a"), API + "/locations?city=" + enc(seed.getString("city")),
                API + "/services?kind=LEGAL_ADVICE")) {
            HttpResponse<String> first = http.get(path);
            assertEquals(200, first.statusCode(), path);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> again = http.get(path, "If-None-Match", etag);
            assertEquals(304, again.statusCode(), path);
            assertEquals("", again.body());
        }
        String members = API + "/organisations?region=KARDZHALI";
        HttpResponse<String> before = http.get(members);
        String etag = before.headers().firstValue("ETag").orElseThrow();
        seed();
        HttpResponse<String> after = http.get(members, "If-None-Match", etag);
        assertEquals(200, after.statusCode());
        assertNotEquals(etag, after.headers().firstValue("ETag").orElseThrow());
        assertEquals(Http.json(before).getInt("totalItems") + 1, Http.json(after).getInt("totalItems"));
    }

    // --- helpers

    private long organisationId() {
        return seed.getJsonNumber("organisationId").longValue();
    }

    private long service(String key) {
        return seed.getJsonObject("services").getJsonNumber(key).longValue();
    }

    private long location(String key) {
        return seed.getJsonObject("locations").getJsonNumber(key).longValue();
    }

    /** The centres of the seed's town that the search finds, with more parameters. */
    private List<JsonObject> items(String more) {
        return http.getJson(API + "/locations?city=" + enc(seed.getString("city")) + more).getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }

    /** Their letters: "А", "Б", "В". */
    private List<String> names(String more) {
        return items(more).stream().map(this::name).toList();
    }

    private String name(JsonObject location) {
        return location.getJsonObject("name").getString("bg").replace("Център ", "").replace(" " + tag, "");
    }

    /** Every item of a list of services, page by page. */
    private List<JsonObject> all(String path) {
        List<JsonObject> items = new ArrayList<>();
        String sep = path.contains("?") ? "&" : "?";
        for (int page = 0; ; page++) {
            JsonObject p = http.getJson(API + path + sep + "size=100&page=" + page);
            items.addAll(p.getJsonArray("items").getValuesAs(JsonObject.class));
            if (page + 1 >= p.getInt("totalPages")) return items;
        }
    }

    private static void assertIncludes(List<JsonObject> items, Set<Long> included, Set<Long> excluded) {
        List<Long> ids = items.stream().map(i -> i.getJsonNumber("id").longValue()).toList();
        assertTrue(ids.containsAll(included), () -> ids + " should include " + included);
        assertTrue(excluded.stream().noneMatch(ids::contains), () -> ids + " should not include any of " + excluded);
    }

    private static List<Long> ids(JsonObject o, String array) {
        return o.getJsonArray(array).getValuesAs(JsonObject.class).stream().map(i -> i.getJsonNumber("id").longValue()).toList();
    }

    private static List<String> kinds(JsonObject location) {
        return location.getJsonArray("services").getValuesAs(JsonObject.class).stream().map(s -> s.getString("kind")).toList();
    }

    private static List<String> strings(JsonObject o, String array) {
        return o.getJsonArray(array).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    /** The centres open at this time in Sofia by the seed's hours, in the order of the list. */
    static List<String> expectedOpen(LocalDateTime t) {
        DayOfWeek day = t.getDayOfWeek();
        int minute = t.getHour() * 60 + t.getMinute();
        boolean weekday = day.getValue() <= 5;
        List<String> open = new ArrayList<>();
        if (weekday && minute >= 9 * 60 && minute < 17 * 60 || day == DayOfWeek.SATURDAY && minute >= 10 * 60 && minute < 12 * 60) {
            open.add("А");
        }
        if (weekday && minute >= 13 * 60 && minute < 18 * 60) open.add("Б");
        if (day == DayOfWeek.SUNDAY && minute >= 8 * 60 && minute < 20 * 60) open.add("В");
        return open;
    }

    private static void assertHours(String day, String opens, String closes, JsonObject hours) {
        assertEquals(Set.of("day", "opens", "closes"), hours.keySet());
        assertEquals(List.of(day, opens, closes), List.of(hours.getString("day"), hours.getString("opens"), hours.getString("closes")));
    }
}
