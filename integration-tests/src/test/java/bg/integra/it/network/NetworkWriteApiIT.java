package bg.integra.it.network;

import bg.integra.it.Http;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static bg.integra.it.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A member's program writes the member's directory records through the API with a token (issue 10): each way a
 * write is refused (no token, a bad or revoked one, a READ token, another organisation's record, bad fields, a stale
 * or missing If-Match, a key reused with another body, too many writes), and a create, change and delete that the
 * read API shows and the audit trail keeps under the token's name.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class NetworkWriteApiIT {

    private static final String LOCATIONS = "/api/v1/network/locations";
    private static final String SERVICES = "/api/v1/network/services";

    private final Http http = new Http();
    private JsonObject seed;
    private String tag;

    @BeforeEach
    void seed() {
        HttpResponse<String> r = http.postForm("/test-support/network", Map.of("tokens", "true"));
        assertEquals(200, r.statusCode(), r.body());
        seed = Http.json(r);
        tag = seed.getString("tag");
    }

    private String token(String which) {
        return seed.getJsonObject("tokens").getString(which);
    }

    private long location(String which) {
        return seed.getJsonObject("locations").getJsonNumber(which).longValue();
    }

    private HttpResponse<String> send(String method, String path, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(http.baseUrl() + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) b.header("Content-Type", "application/json");
        if (headers.length > 0) b.headers(headers);
        return http.send(b.build());
    }

    private HttpResponse<String> write(String token, String method, String path, String body, String... headers) {
        List<String> all = new ArrayList<>(List.of("Authorization", "Bearer " + token));
        all.addAll(List.of(headers));
        return send(method, path, body, all.toArray(String[]::new));
    }

    private String locationJson(String name) {
        return Json.createObjectBuilder()
                .add("name", Json.createObjectBuilder().add("bg", name).add("en", name + " (en)"))
                .add("description", Json.createObjectBuilder().add("bg", "Описание"))
                .add("address", Json.createObjectBuilder().add("street", "ул. „Приложна“ 5").add("city", seed.getString("city"))
                        .add("postcode", "6600"))
                .add("region", "KARDZHALI")
                .add("position", Json.createObjectBuilder().add("latitude", 41.65).add("longitude", 25.37))
                .add("phone", "+359 361 12345").add("email", "api@example.bg")
                .add("languages", Json.createArrayBuilder().add("bg").add("tr"))
                .add("hours", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("day", "MONDAY").add("opens", "09:00").add("closes", "17:00"))
                        .add(Json.createObjectBuilder().add("day", "FRIDAY").add("opens", "10:00").add("closes", "24:00")))
                .build().toString();
    }

    private String serviceJson(String name, long... locationIds) {
        var ids = Json.createArrayBuilder();
        for (long id : locationIds) ids.add(id);
        return Json.createObjectBuilder().add("kind", "EMPLOYMENT").add("status", "ACTIVE")
                .add("name", Json.createObjectBuilder().add("bg", name)).add("free", false)
                .add("url", "https://example.bg/work").add("languages", Json.createArrayBuilder().add("bg").add("ar"))
                .add("locationIds", ids).build().toString();
    }

    private static String etag(HttpResponse<String> r) {
        return r.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + r.headers()));
    }

    private List<JsonObject> audit(String type, long id) {
        return http.getJson("/test-support/audit-entries?type=" + type + "&id=" + id).getJsonArray("entries").stream()
                .map(JsonValue::asJsonObject).toList();
    }

    private static List<String> errorNames(HttpResponse<String> r) {
        return Http.json(r).getJsonArray("errors").stream().map(v -> v.asJsonObject().getString("name")).toList();
    }

    @Test
    void aWriteWithoutAValidTokenIs401WithABearerChallenge() {
        HttpResponse<String> none = send("POST", LOCATIONS, locationJson("Без ключ " + tag));
        assertProblem(none, 401);
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), none.headers()::toString);

        String unknown = "itk_000000000000_" + "A".repeat(43);
        for (String authorization : List.of("Bearer nonsense", "Bearer " + unknown, "Bearer " + token("revoked"),
                "Basic " + token("write"), "Bearer " + token("write") + "x")) {
            HttpResponse<String> r = send("POST", LOCATIONS, locationJson("Лош ключ " + tag), "Authorization", authorization);
            assertProblem(r, 401);
            assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").contains("invalid_token"), authorization);
        }
        HttpResponse<String> delete = send("DELETE", LOCATIONS + "/" + location("a"), null, "If-Match", "\"1\"");
        assertProblem(delete, 401);
        assertEquals(200, http.get(LOCATIONS + "/" + location("a")).statusCode(), "nothing was deleted");
    }

    @Test
    void aReadTokenMayNotWrite() {
        HttpResponse<String> r = write(token("read"), "POST", LOCATIONS, locationJson("Само четене " + tag));
        assertProblem(r, 403);
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").contains("insufficient_scope"));
        assertProblem(write(token("read"), "DELETE", SERVICES + "/" + seed.getJsonObject("services").getJsonNumber("legal"),
                null, "If-Match", "\"1\""), 403);
    }

    @Test
    void aLocationIsCreatedChangedAndDeletedAsTheReadApiShowsAndTheAuditTrailKeeps() {
        String name = "Приложен център " + tag;
        HttpResponse<String> created = write(token("write"), "POST", LOCATIONS, locationJson(name));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject body = Http.json(created);
        long id = body.getJsonNumber("id").longValue();
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith(LOCATIONS + "/" + id));
        assertEquals("\"" + body.getJsonNumber("version").longValue() + "\"", etag(created));
        String actor = "api:writer " + tag + "@" + tag;
        assertEquals(actor, body.getJsonObject("verification").getString("by"));
        assertEquals(LocalDate.now(java.time.ZoneId.of("Europe/Sofia")).toString(), body.getJsonObject("verification").getString("on"));

        JsonObject read = http.getJson(LOCATIONS + "/" + id);
        assertEquals(name, read.getJsonObject("name").getString("bg"));
        assertEquals(seed.getJsonNumber("organisationId").longValue(), read.getJsonObject("organisation").getJsonNumber("id").longValue());
        assertEquals("24:00", read.getJsonArray("hours").getJsonObject(1).getString("closes"));
        assertEquals(List.of("bg", "tr"), read.getJsonArray("languages").getValuesAs(jakarta.json.JsonString::getString));

        // a change needs the version read: none is 428, a malformed one 400, the current one 200, the old one then 409
        String renamed = locationJson(name + " (нов)");
        assertProblem(write(token("write"), "PUT", LOCATIONS + "/" + id, renamed), 428);
        assertProblem(write(token("write"), "PUT", LOCATIONS + "/" + id, renamed, "If-Match", "\"abc\""), 400);
        HttpResponse<String> changed = write(token("write"), "PUT", LOCATIONS + "/" + id, renamed, "If-Match", etag(created));
        assertEquals(200, changed.statusCode(), changed.body());
        assertFalse(etag(changed).equals(etag(created)));
        assertEquals(name + " (нов)", http.getJson(LOCATIONS + "/" + id).getJsonObject("name").getString("bg"));
        HttpResponse<String> stale = write(token("write"), "PUT", LOCATIONS + "/" + id, locationJson("Остаряло " + tag),
                "If-Match", etag(created));
        assertProblem(stale, 409);
        assertProblem(write(token("write"), "DELETE", LOCATIONS + "/" + id, null, "If-Match", etag(created)), 409);
        assertEquals(name + " (нов)", http.getJson(LOCATIONS + "/" + id).getJsonObject("name").getString("bg"));

        HttpResponse<String> deleted = write(token("write"), "DELETE", LOCATIONS + "/" + id, null, "If-Match", etag(changed));
        assertEquals(204, deleted.statusCode(), deleted.body());
        assertProblem(http.get(LOCATIONS + "/" + id), 404);

        List<JsonObject> trail = audit("LOCATION", id);
        assertEquals(List.of("CREATE", "UPDATE", "DELETE"), trail.stream().map(e -> e.getString("action")).toList(), trail::toString);
        trail.forEach(e -> assertEquals(actor, e.getString("username")));
        assertEquals(List.of("name.bg", "name.en"), trail.get(1).getJsonArray("fields").getValuesAs(jakarta.json.JsonString::getString),
                "the change renamed it only (checked today already)");
    }

    /** The ids of the town's centres where help is given in the language. */
    private List<Long> centresSpeaking(String language) {
        return http.getJson(LOCATIONS + "?size=100&language=" + language + "&city="
                        + java.net.URLEncoder.encode(seed.getString("city"), java.nio.charset.StandardCharsets.UTF_8))
                .getJsonArray("items").stream().map(l -> l.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    @Test
    void aServicesLanguageFindsItsCentreWhileTheServiceIsActive() {
        long a = location("a");
        assertFalse(centresSpeaking("ps").contains(a), "nobody at A speaks Pashto yet");
        String pashto = Json.createObjectBuilder().add("kind", "INTERPRETATION").add("status", "ACTIVE")
                .add("name", Json.createObjectBuilder().add("bg", "Превод " + tag)).add("free", true)
                .add("languages", Json.createArrayBuilder().add("bg").add("ps")).add("locationIds", Json.createArrayBuilder().add(a))
                .build().toString();
        HttpResponse<String> created = write(token("write"), "POST", SERVICES, pashto);
        assertEquals(201, created.statusCode(), created.body());
        long id = Http.json(created).getJsonNumber("id").longValue();
        assertEquals(List.of(a), centresSpeaking("ps"), "the service's language is the centre's");

        HttpResponse<String> ended = write(token("write"), "PUT", SERVICES + "/" + id, pashto.replace("\"ACTIVE\"", "\"INACTIVE\""),
                "If-Match", etag(created));
        assertEquals(200, ended.statusCode(), ended.body());
        assertEquals(List.of(), centresSpeaking("ps"), "an inactive service's language is not offered");

        HttpResponse<String> again = write(token("write"), "PUT", SERVICES + "/" + id, pashto, "If-Match", etag(ended));
        assertEquals(List.of(a), centresSpeaking("ps"));
        assertEquals(204, write(token("write"), "DELETE", SERVICES + "/" + id, null, "If-Match", etag(again)).statusCode());
        assertEquals(List.of(), centresSpeaking("ps"), "nor a deleted one's");
    }

    @Test
    void oneMembersWritesAtOnceAllSucceed() throws Exception {
        long a = location("a");
        List<java.util.concurrent.Callable<HttpResponse<String>>> writes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String body = serviceJson("Едновременно " + i + " " + tag, a);
            writes.add(() -> write(token("write"), "POST", SERVICES, body));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            for (var answer : pool.invokeAll(writes)) assertEquals(201, answer.get().statusCode(), answer.get().body());
        } finally {
            pool.shutdownNow();
        }
        assertTrue(centresSpeaking("ar").contains(a), "the services' language is offered at A");
    }

    @Test
    void aServiceIsOfferedAtTheMembersOwnLocationsOnly() {
        long a = location("a");
        HttpResponse<String> created = write(token("write"), "POST", SERVICES, serviceJson("Работа " + tag, a));
        assertEquals(201, created.statusCode(), created.body());
        long id = Http.json(created).getJsonNumber("id").longValue();
        JsonObject read = http.getJson(SERVICES + "/" + id);
        assertEquals("EMPLOYMENT", read.getString("kind"));
        assertFalse(read.getBoolean("free"));
        assertEquals(a, read.getJsonArray("locations").getJsonObject(0).getJsonNumber("id").longValue());
        assertTrue(http.getJson(LOCATIONS + "/" + a).getJsonArray("services").stream()
                .anyMatch(s -> s.asJsonObject().getJsonNumber("id").longValue() == id), "offered at A");

        // another organisation's location, or an unknown one, is a bad field naming its place
        HttpResponse<String> foreign = write(token("write"), "PUT", SERVICES + "/" + id,
                serviceJson("Работа " + tag, a, location("outside"), 999_999_999L), "If-Match", etag(created));
        assertProblem(foreign, 400);
        assertEquals(List.of("locationIds[1]", "locationIds[2]"), errorNames(foreign));

        HttpResponse<String> moved = write(token("write"), "PUT", SERVICES + "/" + id, serviceJson("Работа " + tag, location("b")),
                "If-Match", etag(created));
        assertEquals(200, moved.statusCode(), moved.body());
        assertEquals(location("b"), Http.json(moved).getJsonArray("locations").getJsonObject(0).getJsonNumber("id").longValue());
        assertProblem(write(token("write"), "PUT", SERVICES + "/" + id, serviceJson("Работа " + tag), "If-Match", etag(created)), 409);

        // deleting a location takes it off the services offered there
        long courses = seed.getJsonObject("services").getJsonNumber("courses").longValue();
        long bVersion = http.getJson(LOCATIONS + "/" + location("b")).getJsonNumber("version").longValue();
        assertEquals(204, write(token("write"), "DELETE", LOCATIONS + "/" + location("b"), null, "If-Match", "\"" + bVersion + "\"").statusCode());
        assertEquals(List.of(a), http.getJson(SERVICES + "/" + courses).getJsonArray("locations").stream()
                .map(l -> l.asJsonObject().getJsonNumber("id").longValue()).toList());
        assertEquals(0, http.getJson(SERVICES + "/" + id).getJsonArray("locations").size());

        long version = http.getJson(SERVICES + "/" + id).getJsonNumber("version").longValue();
        assertEquals(204, write(token("write"), "DELETE", SERVICES + "/" + id, null, "If-Match", "W/\"" + version + "\"").statusCode());
        assertProblem(http.get(SERVICES + "/" + id), 404);
        assertEquals(List.of("CREATE", "UPDATE", "UPDATE", "DELETE"),
                audit("SERVICE", id).stream().map(e -> e.getString("action")).toList());
    }

    @Test
    void anotherOrganisationsRecordsAreNotFound() {
        long a = location("a");
        String version = "\"" + http.getJson(LOCATIONS + "/" + a).getJsonNumber("version").longValue() + "\"";
        assertProblem(write(token("other"), "PUT", LOCATIONS + "/" + a, locationJson("Чужд " + tag), "If-Match", version), 404);
        assertProblem(write(token("other"), "DELETE", LOCATIONS + "/" + a, null, "If-Match", version), 404);
        long legal = seed.getJsonObject("services").getJsonNumber("legal").longValue();
        assertProblem(write(token("other"), "DELETE", SERVICES + "/" + legal, null, "If-Match", "\"1\""), 404);
        assertProblem(write(token("write"), "DELETE", LOCATIONS + "/" + location("outside"), null, "If-Match", "\"1\""), 404);
        assertEquals("Център А " + tag, http.getJson(LOCATIONS + "/" + a).getJsonObject("name").getString("bg"), "unchanged");
        // nor may another member offer its service at this member's location
        HttpResponse<String> r = write(token("other"), "POST", SERVICES, serviceJson("Чужда услуга " + tag, a));
        assertProblem(r, 400);
        assertEquals(List.of("locationIds[0]"), errorNames(r));
    }

    @Test
    void everyBadFieldIsNamed() {
        String bad = Json.createObjectBuilder()
                .add("name", Json.createObjectBuilder().add("en", "No Bulgarian").add("xx", "?"))
                .add("description", Json.createObjectBuilder().add("ar", "وصف"))
                .add("region", "NOWHERE")
                .add("position", Json.createObjectBuilder().add("latitude", 95))
                .add("email", "not-an-address").add("phone", "call me")
                .add("languages", Json.createArrayBuilder().add("bg").add("EN"))
                .add("hours", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("day", "FUNDAY").add("opens", "09:00").add("closes", "25:00"))
                        .add(Json.createObjectBuilder().add("day", "MONDAY").add("opens", "18:00").add("closes", "09:00")))
                .build().toString();
        HttpResponse<String> r = write(token("write"), "POST", LOCATIONS, bad);
        assertProblem(r, 400);
        assertEquals(List.of("email", "hours[0].closes", "hours[0].day", "hours[1].closes", "languages[1]", "name.ar", "name.bg",
                "name.xx", "phone", "position.latitude", "position.longitude", "region"), errorNames(r), r.body());
        JsonArray errors = Http.json(r).getJsonArray("errors");
        JsonObject region = errors.stream().map(JsonValue::asJsonObject).filter(e -> e.getString("name").equals("region")).findFirst().orElseThrow();
        assertEquals("notOneOf", region.getString("code"));

        HttpResponse<String> service = write(token("write"), "POST", SERVICES,
                "{\"kind\":\"MAGIC\",\"name\":{\"bg\":\"" + "я".repeat(301) + "\"},\"url\":\"ftp://x\"}");
        assertProblem(service, 400);
        assertEquals(List.of("kind", "name.bg", "url"), errorNames(service), service.body());

        assertProblem(write(token("write"), "POST", LOCATIONS, "not json"), 400);
        assertEquals(List.of("body"), errorNames(write(token("write"), "POST", LOCATIONS, "[1, 2]")));
    }

    @Test
    void aPostRepeatedWithItsIdempotencyKeyMakesOneRecord() {
        String key = "sync-" + tag;
        String body = locationJson("Веднъж " + tag);
        HttpResponse<String> first = write(token("write"), "POST", LOCATIONS, body, "Idempotency-Key", key);
        assertEquals(201, first.statusCode(), first.body());
        long id = Http.json(first).getJsonNumber("id").longValue();
        assertTrue(first.headers().firstValue("Idempotent-Replayed").isEmpty());

        HttpResponse<String> again = write(token("write"), "POST", LOCATIONS, body, "Idempotency-Key", key);
        assertEquals(201, again.statusCode(), again.body());
        assertEquals(id, Http.json(again).getJsonNumber("id").longValue());
        assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertEquals(first.headers().firstValue("Location"), again.headers().firstValue("Location"));

        assertProblem(write(token("write"), "POST", LOCATIONS, locationJson("Друго " + tag), "Idempotency-Key", key), 409);
        assertProblem(write(token("write"), "POST", SERVICES, serviceJson("Друго " + tag), "Idempotency-Key", key), 409);

        // the key is the token's own: another member's token with the same key makes its own record
        HttpResponse<String> other = write(token("other"), "POST", LOCATIONS, body, "Idempotency-Key", key);
        assertEquals(201, other.statusCode(), other.body());
        assertFalse(id == Http.json(other).getJsonNumber("id").longValue());

        long organisation = seed.getJsonNumber("organisationId").longValue();
        long made = http.getJson("/api/v1/network/organisations/" + organisation).getJsonArray("locations").stream()
                .filter(l -> l.asJsonObject().getJsonObject("name").getString("bg").equals("Веднъж " + tag)).count();
        assertEquals(1, made, "one location, not two");
        assertEquals(1, audit("LOCATION", id).size());
    }

    @Test
    void aTokenThatWritesTooOftenIsToldToWait() {
        int limit = Integer.getInteger("integra.apiWriteLimit", 60);
        String path = LOCATIONS + "/999999999";
        for (int i = 0; i < limit; i++) {
            assertProblem(write(token("write"), "DELETE", path, null, "If-Match", "\"1\""), 404);
        }
        HttpResponse<String> refused = write(token("write"), "DELETE", path, null, "If-Match", "\"1\"");
        assertProblem(refused, 429);
        long wait = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(wait >= 1 && wait <= 60, "Retry-After " + wait);
        // the limit is the token's: another token still writes
        assertProblem(write(token("other"), "DELETE", path, null, "If-Match", "\"1\""), 404);
    }
}
