package bg.integra.it.forum;

import bg.integra.it.Http;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static bg.integra.it.Problems.assertBadParameter;
import static bg.integra.it.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The forum's read-only API as a client sees it, on a category of its own (testsupport.ForumApiSeed): categories with
 * their texts in the language asked for and their counts, topics of a category latest or top first and paged, a
 * topic with its visible posts paged, held and hidden topics nowhere, bad parameters answered 400 and unknown
 * records 404 as problems, and no e-mail address or handle in any answer.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ForumApiIT {

    private final Http http = new Http();
    private JsonObject seed;
    private final List<String> bodies = new ArrayList<>();

    @BeforeEach
    void seed() {
        HttpResponse<String> r = http.postForm("/test-support/forum-api", Map.of());
        assertEquals(200, r.statusCode(), r::body);
        seed = Http.json(r);
    }

    private JsonObject get(String path) {
        return Http.json(ok(path));
    }

    private JsonArray getArray(String path) {
        return jakarta.json.Json.createReader(new java.io.StringReader(ok(path).body())).readArray();
    }

    private HttpResponse<String> ok(String path) {
        HttpResponse<String> r = http.get(path);
        assertEquals(200, r.statusCode(), () -> path + " " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        bodies.add(r.body());
        return r;
    }

    private long id(String name) {
        return seed.getJsonNumber(name).longValue();
    }

    @Test
    void theCategoriesHaveTheirTextsInTheLanguageAskedForAndTheirVisibleCounts() {
        String slug = seed.getString("categorySlug");
        JsonObject bg = category(getArray("/api/v1/forum/categories"), slug);
        assertEquals("Категория " + seed.getString("tag"), bg.getString("name"));
        assertEquals("bg", bg.getString("textLanguage"));
        assertTrue(absent(bg, "language"), "open to all");
        assertEquals(2, bg.getInt("topicCount"), "the held and hidden topics are not counted");
        assertEquals(8, bg.getInt("postCount"), "6 + 2 visible posts");
        assertFalse(absent(bg, "lastPostedAt"));
        assertEquals("/forum/c/" + slug, bg.getString("page"));
        JsonObject en = category(getArray("/api/v1/forum/categories?lang=en"), slug);
        assertEquals("Категория " + seed.getString("tag") + " (en)", en.getString("name"));
        assertEquals("About Категория " + seed.getString("tag"), en.getString("description"));
        JsonObject ar = category(getArray("/api/v1/forum/categories?lang=ar"), slug);
        assertEquals("ar", ar.getString("textLanguage"));

        String openApi = http.get("/openapi").body();
        assertTrue(openApi.contains("/api/v1/forum/categories") && openApi.contains("/api/v1/forum/topics/{id}"), "documented");
        assertBadParameter(http.get("/api/v1/forum/categories?lang=klingon"), "lang");
        assertBadParameter(http.get("/api/v1/forum/categories?lang=de"), "lang");
        noPersonalData();
    }

    @Test
    void theTopicsOfACategoryComeLatestOrTopFirstPagedAndOnlyVisibleOnes() {
        String slug = seed.getString("categorySlug");
        long older = id("olderId");
        long newer = id("newerId");
        assertEquals(List.of(newer, older), Http.ids(get("/api/v1/forum/topics?category=" + slug)));
        assertEquals(List.of(newer, older), Http.ids(get("/api/v1/forum/topics?category=" + id("categoryId") + "&order=latest")));
        assertEquals(List.of(older, newer), Http.ids(get("/api/v1/forum/topics?category=" + slug + "&order=top")));
        JsonObject second = get("/api/v1/forum/topics?category=" + slug + "&order=TOP&size=1&page=1");
        assertEquals(List.of(newer), Http.ids(second));
        assertEquals(2, second.getInt("totalItems"));
        assertEquals(2, second.getInt("totalPages"));

        JsonObject item = get("/api/v1/forum/topics?category=" + slug + "&size=1").getJsonArray("items").getJsonObject(0);
        assertEquals("По-нова тема " + seed.getString("tag"), item.getString("title"));
        assertEquals(slug, item.getString("category"));
        assertEquals("bg", item.getString("language"));
        assertEquals("Член " + seed.getString("tag"), item.getString("author"));
        assertEquals(2, item.getInt("postCount"));
        assertTrue(item.getString("path").endsWith("-" + newer), item.toString());
        assertEquals("/forum/t/" + item.getString("path"), item.getString("page"));
        assertFalse(item.getBoolean("pinned") || item.getBoolean("closed") || item.getBoolean("solved"));

        List<Long> all = Http.ids(get("/api/v1/forum/topics?size=100"));
        assertTrue(all.contains(newer), "the latest topics of all categories");
        assertFalse(all.contains(id("heldId")) || all.contains(id("hiddenId")));

        assertBadParameter(http.get("/api/v1/forum/topics?size=0"), "size");
        assertBadParameter(http.get("/api/v1/forum/topics?size=abc"), "size");
        assertBadParameter(http.get("/api/v1/forum/topics?size=101"), "size");
        assertBadParameter(http.get("/api/v1/forum/topics?page=-1"), "page");
        assertBadParameter(http.get("/api/v1/forum/topics?order=oldest"), "order");
        assertProblem(http.get("/api/v1/forum/topics?category=no-such-" + seed.getString("tag")), 404);
        noPersonalData();
    }

    @Test
    void aTopicHasItsVisiblePostsPagedAndADeletedAuthorIsNamedSo() {
        long older = id("olderId");
        JsonObject first = get("/api/v1/forum/topics/" + older + "?size=4");
        assertEquals(older, first.getJsonNumber("id").longValue());
        assertEquals("По-стара тема " + seed.getString("tag"), first.getString("title"));
        assertEquals(6, first.getInt("postCount"));
        JsonObject posts = first.getJsonObject("posts");
        assertEquals(6, posts.getInt("totalItems"), "the hidden seventh post is not shown");
        assertEquals(List.of(1, 2, 3, 4), numbers(posts));
        JsonObject post = posts.getJsonArray("items").getJsonObject(1);
        assertEquals("Основен " + seed.getString("tag"), post.getString("author"));
        assertTrue(post.getString("html").startsWith("<p>Отговор 1"), post.toString());
        assertEquals(1, post.getInt("replyTo"));
        assertTrue(absent(post, "editedAt"));
        assertEquals(List.of(5, 6), numbers(get("/api/v1/forum/topics/" + older + "?size=4&page=1").getJsonObject("posts")));

        JsonArray newer = get("/api/v1/forum/topics/" + id("newerId")).getJsonObject("posts").getJsonArray("items");
        assertEquals("Член " + seed.getString("tag"), newer.getJsonObject(0).getString("author"));
        assertEquals("deleted user", newer.getJsonObject(1).getString("author"));

        assertProblem(http.get("/api/v1/forum/topics/" + id("heldId")), 404);
        assertProblem(http.get("/api/v1/forum/topics/" + id("hiddenId")), 404);
        assertBadParameter(http.get("/api/v1/forum/topics/abc"), "id");
        assertBadParameter(http.get("/api/v1/forum/topics/" + older + "?size=1000"), "size");
        noPersonalData();
    }

    private static JsonObject category(JsonArray categories, String slug) {
        return categories.stream().map(JsonValue::asJsonObject).filter(c -> c.getString("slug").equals(slug)).findFirst()
                .orElseThrow(() -> new AssertionError("No category " + slug + " in " + categories));
    }

    /** Null: JSON-B leaves the field out. */
    private static boolean absent(JsonObject o, String name) {
        return !o.containsKey(name) || o.isNull(name);
    }

    private static List<Integer> numbers(JsonObject page) {
        return page.getJsonArray("items").stream().map(v -> v.asJsonObject().getInt("number")).toList();
    }

    /** No answer read names an e-mail address or a handle of the seeded accounts, nor has a field for either. */
    private void noPersonalData() {
        assertFalse(bodies.isEmpty());
        for (String body : bodies) {
            for (JsonValue email : seed.getJsonArray("emails")) {
                assertFalse(body.contains(((jakarta.json.JsonString) email).getString()), body);
            }
            for (JsonValue handle : seed.getJsonArray("handles")) {
                assertFalse(body.contains(((jakarta.json.JsonString) handle).getString()), body);
            }
            assertFalse(body.contains("\"email\"") || body.contains("\"handle\"") || body.contains("@forum.test"), body);
        }
    }
}
