package bg.integra.it.knowledge;

import bg.integra.it.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A member's program writes good practices and cases through the API with a token (issue 10), under the same review
 * as the back-office: a draft is not public, a submission is checked by the item's rules, an editor publishes or
 * sends back, and a program's later change takes the item off the portal until it is reviewed again. Each refusal:
 * no token, a READ token, another member's item, bad fields, a stale or missing If-Match, a published item deleted,
 * a key reused with another body.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class KnowledgeWriteApiIT {

    private static final String PRACTICES = "/api/v1/network/practices";
    private static final String CASES = "/api/v1/network/cases";
    private static final String INITIATIVES = "/api/v1/network/initiatives";

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

    private HttpResponse<String> write(String token, String method, String path, String body, String... headers) {
        List<String> all = new ArrayList<>();
        if (token != null) all.addAll(List.of("Authorization", "Bearer " + token));
        all.addAll(List.of(headers));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(http.baseUrl() + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) b.header("Content-Type", "application/json");
        if (!all.isEmpty()) b.headers(all.toArray(String[]::new));
        return http.send(b.build());
    }

    private JsonObjectBuilder practice(String title, LocalDate start) {
        return Json.createObjectBuilder()
                .add("title", Json.createObjectBuilder().add("bg", title).add("en", title + " (en)"))
                .add("objectives", Json.createObjectBuilder().add("bg", "Цели на " + title))
                .add("start", start.toString()).add("region", "HASKOVO").add("audience", "REFUGEES").add("area", "EMPLOYMENT")
                .add("contact", "Приемна, ул. „Примерна“ 1").add("links", Json.createArrayBuilder().add("https://example.bg/p"));
    }

    private String caseJson(String title, String situation) {
        return Json.createObjectBuilder().add("area", "HEALTH")
                .add("title", Json.createObjectBuilder().add("bg", title))
                .add("situation", Json.createObjectBuilder().add("bg", situation)).build().toString();
    }

    private static String etag(HttpResponse<String> r) {
        return r.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + r.headers()));
    }

    private static long id(HttpResponse<String> r) {
        return Http.json(r).getJsonNumber("id").longValue();
    }

    private static List<String> errorNames(HttpResponse<String> r) {
        return Http.json(r).getJsonArray("errors").stream().map(v -> v.asJsonObject().getString("name")).toList();
    }

    private JsonObject review(String type, long id, String action, String comment) {
        Map<String, String> form = comment == null ? Map.of("type", type, "id", Long.toString(id), "action", action)
                : Map.of("type", type, "id", Long.toString(id), "action", action, "comment", comment);
        HttpResponse<String> r = http.postForm("/test-support/knowledge-review", form);
        assertEquals(200, r.statusCode(), r.body());
        return Http.json(r);
    }

    @Test
    void aPracticeWrittenByAProgramIsPublicOnlyOnceAnEditorPublishedIt() {
        String title = "Практика по API " + tag;
        HttpResponse<String> made = write(token("write"), "POST", PRACTICES, practice(title, LocalDate.now().minusYears(2)).build().toString());
        assertEquals(201, made.statusCode(), made.body());
        long id = id(made);
        assertEquals("DRAFT", Http.json(made).getString("status"));
        assertTrue(made.headers().firstValue("Location").orElse("").endsWith(PRACTICES + "/" + id), made.headers()::toString);
        assertProblem(http.get(PRACTICES + "/" + id), 404);

        HttpResponse<String> submitted = write(token("write"), "POST", PRACTICES + "/" + id + "/submission", null, "If-Match", etag(made));
        assertEquals(200, submitted.statusCode(), submitted.body());
        assertEquals("SUBMITTED", Http.json(submitted).getString("status"));
        assertProblem(http.get(PRACTICES + "/" + id), 404);

        assertEquals("PUBLISHED", review("practice", id, "publish", null).getString("status"));
        HttpResponse<String> read = http.get(PRACTICES + "/" + id);
        assertEquals(200, read.statusCode(), read.body());
        assertTrue(read.body().contains(title), read.body());

        // a later change by the program is reviewed again: off the portal until then
        HttpResponse<String> state = write(token("write"), "GET", PRACTICES + "/" + id + "/state", null);
        assertEquals(200, state.statusCode(), state.body());
        HttpResponse<String> changed = write(token("write"), "PUT", PRACTICES + "/" + id,
                practice(title + " променена", LocalDate.now().minusYears(2)).build().toString(), "If-Match", etag(state));
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals("DRAFT", Http.json(changed).getString("status"));
        assertProblem(http.get(PRACTICES + "/" + id), 404);

        List<String> actions = http.getJson("/test-support/audit-entries?type=PRACTICE&id=" + id).getJsonArray("entries").stream()
                .map(JsonValue::asJsonObject).filter(e -> e.getString("username").equals("api:writer " + tag + "@" + tag))
                .map(e -> e.getString("action")).toList();
        assertTrue(actions.containsAll(List.of("CREATE", "SUBMIT", "UPDATE")), actions::toString);
    }

    @Test
    void aSubmissionIsCheckedByTheItemsRulesAndASentBackItemSaysWhy() {
        HttpResponse<String> young = write(token("write"), "POST", PRACTICES, practice("Млада " + tag, LocalDate.now().minusMonths(3)).build().toString());
        assertEquals(201, young.statusCode(), young.body());
        HttpResponse<String> refused = write(token("write"), "POST", PRACTICES + "/" + id(young) + "/submission", null, "If-Match", etag(young));
        assertProblem(refused, 400);
        assertEquals(List.of("start"), errorNames(refused));

        HttpResponse<String> personal = write(token("write"), "POST", CASES, caseJson("Казус " + tag, "Лице с ЕГН 7501020018 потърси помощ."));
        assertEquals(201, personal.statusCode(), personal.body());
        HttpResponse<String> refusedCase = write(token("write"), "POST", CASES + "/" + id(personal) + "/submission", null, "If-Match", etag(personal));
        assertProblem(refusedCase, 400);
        assertEquals(List.of("situation"), errorNames(refusedCase));
        JsonObject egn = Http.json(refusedCase).getJsonArray("errors").getJsonObject(0);
        assertEquals("contains personal data (a Bulgarian personal number, EGN); remove it", egn.getString("message"),
                "the kind in words for a person");
        assertEquals("personalData", egn.getString("code"));
        assertEquals("egn", egn.getJsonObject("arguments").getString("found"), "the code for a program");

        HttpResponse<String> clean = write(token("write"), "PUT", CASES + "/" + id(personal),
                caseJson("Казус " + tag, "Лице без лекар потърси помощ."), "If-Match", etag(personal));
        assertEquals(200, clean.statusCode(), clean.body());
        HttpResponse<String> submitted = write(token("write"), "POST", CASES + "/" + id(personal) + "/submission", null, "If-Match", etag(clean));
        assertEquals(200, submitted.statusCode(), submitted.body());
        review("case", id(personal), "send-back", "Добавете какво научихте.");
        JsonObject state = Http.json(write(token("write"), "GET", CASES + "/" + id(personal) + "/state", null));
        assertEquals("DRAFT", state.getString("status"));
        assertEquals("Добавете какво научихте.", state.getString("reviewComment"));
    }

    @Test
    void aProgramListsItsOrganisationsItemsInEveryStatusAndNoOneElses() {
        HttpResponse<String> draft = write(token("write"), "POST", PRACTICES, practice("Чернова " + tag, LocalDate.now().minusYears(2)).build().toString());
        HttpResponse<String> sent = write(token("write"), "POST", PRACTICES, practice("Изпратена " + tag, LocalDate.now().minusYears(3)).build().toString());
        assertEquals(201, draft.statusCode(), draft.body());
        assertEquals(200, write(token("write"), "POST", PRACTICES + "/" + id(sent) + "/submission", null, "If-Match", etag(sent)).statusCode());

        HttpResponse<String> all = write(token("write"), "GET", PRACTICES + "/states", null);
        assertEquals(200, all.statusCode(), all.body());
        assertTrue(all.headers().firstValue("Cache-Control").orElse("").contains("no-store"), all.headers()::toString);
        JsonObject page = Http.json(all);
        assertEquals(2, page.getJsonNumber("totalItems").longValue(), all.body());
        List<JsonObject> items = page.getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(List.of(id(sent), id(draft)), items.stream().map(i -> i.getJsonNumber("id").longValue()).toList(), "newest first");
        assertEquals(List.of("Изпратена " + tag, "Чернова " + tag), items.stream().map(i -> i.getString("title")).toList());
        assertEquals(List.of("SUBMITTED", "DRAFT"), items.stream().map(i -> i.getString("status")).toList());

        JsonObject submitted = Http.json(write(token("write"), "GET", PRACTICES + "/states?status=SUBMITTED&size=1", null));
        assertEquals(1, submitted.getJsonNumber("totalItems").longValue());
        assertEquals(id(sent), submitted.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(0, Http.json(write(token("write"), "GET", CASES + "/states", null)).getJsonNumber("totalItems").longValue());

        HttpResponse<String> others = write(token("other"), "GET", PRACTICES + "/states?size=100", null);
        assertEquals(200, others.statusCode(), others.body());
        assertTrue(Http.json(others).getJsonArray("items").stream()
                .noneMatch(i -> List.of(id(sent), id(draft)).contains(i.asJsonObject().getJsonNumber("id").longValue())), others.body());
        assertProblem(write(null, "GET", PRACTICES + "/states", null), 401);
        assertProblem(write(token("read"), "GET", PRACTICES + "/states", null), 403);
        HttpResponse<String> bad = write(token("write"), "GET", INITIATIVES + "/states?status=LOST", null);
        assertProblem(bad, 400);
        assertTrue(bad.body().contains("status"), bad.body());
    }

    @Test
    void everyRefusalIsAProblemNamingWhatIsWrong() {
        String body = practice("Отказ " + tag, LocalDate.now().minusYears(2)).build().toString();
        assertProblem(write(null, "POST", PRACTICES, body), 401);
        assertProblem(write(token("read"), "POST", PRACTICES, body), 403);

        String bad = Json.createObjectBuilder().add("title", Json.createObjectBuilder().add("en", "Only English"))
                .add("start", "вчера").add("region", "ATLANTIS").add("area", "EVERYTHING")
                .add("links", Json.createArrayBuilder().add("ftp://example.bg")).build().toString();
        HttpResponse<String> r = write(token("write"), "POST", PRACTICES, bad);
        assertProblem(r, 400);
        assertEquals(List.of("title.bg", "start", "region", "audience", "area", "links[0]").stream().sorted().toList(),
                errorNames(r).stream().sorted().toList());
        assertProblem(write(token("write"), "POST", PRACTICES, "[1, 2"), 400);

        HttpResponse<String> made = write(token("write"), "POST", PRACTICES, body);
        long id = id(made);
        for (String path : List.of(PRACTICES + "/" + id, PRACTICES + "/" + id + "/submission")) {
            assertProblem(write(token("other"), path.endsWith("submission") ? "POST" : "PUT", path,
                    path.endsWith("submission") ? null : body, "If-Match", etag(made)), 404);
        }
        assertProblem(write(token("other"), "GET", PRACTICES + "/" + id + "/state", null), 404);
        assertProblem(write(token("other"), "DELETE", PRACTICES + "/" + id, null, "If-Match", etag(made)), 404);
        assertProblem(write(token("write"), "PUT", PRACTICES + "/" + id, body), 428);

        HttpResponse<String> changed = write(token("write"), "PUT", PRACTICES + "/" + id, body, "If-Match", etag(made));
        assertEquals(200, changed.statusCode(), changed.body());
        assertProblem(write(token("write"), "PUT", PRACTICES + "/" + id, body, "If-Match", etag(made)), 409);

        write(token("write"), "POST", PRACTICES + "/" + id + "/submission", null, "If-Match", etag(changed));
        JsonObject published = review("practice", id, "publish", null);
        assertProblem(write(token("write"), "DELETE", PRACTICES + "/" + id, null,
                "If-Match", "\"" + published.getJsonNumber("version") + "\""), 409);
        assertEquals(200, http.get(PRACTICES + "/" + id).statusCode(), "a published practice stays");
    }

    @Test
    void aRepeatedPostWithItsKeyMakesOneDraft() {
        String body = caseJson("Повторен " + tag, "Семейство без личен лекар.");
        HttpResponse<String> first = write(token("write"), "POST", CASES, body, "Idempotency-Key", "case-" + tag);
        HttpResponse<String> again = write(token("write"), "POST", CASES, body, "Idempotency-Key", "case-" + tag);
        assertEquals(201, first.statusCode(), first.body());
        assertEquals(201, again.statusCode(), again.body());
        assertEquals(id(first), id(again));
        assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertProblem(write(token("write"), "POST", CASES, caseJson("Друг " + tag, "Друго."), "Idempotency-Key", "case-" + tag), 409);
        // deleted while a draft: gone for its program too
        HttpResponse<String> deleted = write(token("write"), "DELETE", CASES + "/" + id(first), null, "If-Match", etag(first));
        assertEquals(204, deleted.statusCode(), deleted.body());
        assertProblem(write(token("write"), "GET", CASES + "/" + id(first) + "/state", null), 404);
    }

    @Test
    void anInitiativeIsAnnouncedUnderTheSameReview() {
        String title = "Инициатива " + tag;
        String upcoming = Json.createObjectBuilder().add("kind", "UPCOMING")
                .add("start", LocalDate.now().plusMonths(1).toString()).add("region", "HASKOVO").add("town", "Хасково")
                .add("link", "https://example.bg/i").add("title", Json.createObjectBuilder().add("bg", title).add("en", title + " (en)"))
                .add("summary", Json.createObjectBuilder().add("bg", "Среща на мрежата")).build().toString();
        HttpResponse<String> made = write(token("write"), "POST", INITIATIVES, upcoming);
        assertEquals(201, made.statusCode(), made.body());
        assertProblem(http.get(INITIATIVES + "/" + id(made)), 404);
        HttpResponse<String> submitted = write(token("write"), "POST", INITIATIVES + "/" + id(made) + "/submission", null, "If-Match", etag(made));
        assertEquals(200, submitted.statusCode(), submitted.body());
        review("initiative", id(made), "publish", null);
        HttpResponse<String> read = http.get(INITIATIVES + "/" + id(made));
        assertEquals(200, read.statusCode(), read.body());
        assertTrue(read.body().contains(title), read.body());

        // a project reported as completed before it has ended is refused at submission, naming its end
        String notEnded = Json.createObjectBuilder().add("kind", "COMPLETED")
                .add("start", LocalDate.now().minusMonths(6).toString()).add("end", LocalDate.now().plusMonths(1).toString())
                .add("title", Json.createObjectBuilder().add("bg", "Проект " + tag)).build().toString();
        HttpResponse<String> project = write(token("write"), "POST", INITIATIVES, notEnded);
        assertEquals(201, project.statusCode(), project.body());
        HttpResponse<String> refused = write(token("write"), "POST", INITIATIVES + "/" + id(project) + "/submission", null, "If-Match", etag(project));
        assertProblem(refused, 400);
        assertEquals(List.of("end"), errorNames(refused));

        String bad = Json.createObjectBuilder().add("kind", "SOMEDAY").add("start", "2027-02-30")
                .add("end", LocalDate.now().toString()).add("link", "javascript:alert(1)")
                .add("title", Json.createObjectBuilder().add("bg", "Лоша " + tag)).build().toString();
        HttpResponse<String> r = write(token("write"), "POST", INITIATIVES, bad);
        assertProblem(r, 400);
        assertEquals(List.of("kind", "link", "start"), errorNames(r).stream().sorted().toList());
        String backwards = Json.createObjectBuilder().add("kind", "COMPLETED").add("start", "2025-05-01").add("end", "2025-04-01")
                .add("title", Json.createObjectBuilder().add("bg", "Обратна " + tag)).build().toString();
        HttpResponse<String> reversed = write(token("write"), "POST", INITIATIVES, backwards);
        assertProblem(reversed, 400);
        assertEquals(List.of("end"), errorNames(reversed));
    }
}
