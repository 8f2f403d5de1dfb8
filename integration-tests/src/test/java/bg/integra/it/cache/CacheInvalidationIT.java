package bg.integra.it.cache;

import bg.integra.it.Http;
import bg.integra.it.Registrations;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A write drops only the cached pages and API answers that show what it changed: the rest stay in memory, the
 * same render (its serial number, read through /test-support/cache) with the same ETag.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class CacheInvalidationIT {

    private final Http visitor = new Http();

    @Test
    void aRegistrationRendersItsEventAndProjectAgainAndLeavesOtherPagesInMemory() {
        JsonObject event = Registrations.event(visitor, Map.of("capacity", "10", "project", "new"));
        long eventId = event.getJsonNumber("id").longValue();
        long projectId = event.getJsonNumber("projectId").longValue();
        JsonObject sibling = Registrations.event(visitor, Map.of("capacity", "10", "projectOf", String.valueOf(projectId)));
        JsonObject elsewhere = Registrations.event(visitor, Map.of("capacity", "10", "project", "new"));
        long elsewhereId = elsewhere.getJsonNumber("id").longValue();

        String eventPage = "/events/" + event.getString("slug");
        String projectPage = "/projects/" + projectId;
        List<String> untouched = List.of("/", "/events", "/news", "/events/" + sibling.getString("slug"),
                "/events/" + elsewhere.getString("slug"), "/projects/" + elsewhere.getJsonNumber("projectId").longValue());
        Map<String, String> pages = warm(List.of(eventPage, projectPage), untouched);
        String eventApi = "/api/v1/events/" + eventId;
        String elsewhereApi = "/api/v1/events/" + elsewhereId;
        int placesBefore = placesLeft(visitor.getJson(eventApi));
        visitor.getJson(elsewhereApi);
        long eventApiSerial = kept("answers", apiKey(eventApi));
        long elsewhereApiSerial = kept("answers", apiKey(elsewhereApi));
        String eventPageBefore = visitor.get(eventPage).body();

        HttpResponse<String> registered = Registrations.register(visitor, eventId,
                Registrations.person("cache-" + event.getString("tag") + "@example.org", "bg").build().toString());
        assertEquals(201, registered.statusCode(), registered::body);

        assertEquals(-1, serial("pages", eventPage), "the event page (its places left) is dropped");
        assertEquals(-1, serial("pages", projectPage), "the project page (its counted figures) is dropped");
        assertEquals(-1, serial("answers", apiKey(eventApi)), "the event's API answer is dropped");
        assertEquals(placesBefore - 1, placesLeft(visitor.getJson(eventApi)), "and says one place fewer");
        assertNotEquals(eventPageBefore, visitor.get(eventPage).body(), "the event page shows it too");
        assertNotEquals(eventApiSerial, kept("answers", apiKey(eventApi)));
        assertEquals(elsewhereApiSerial, serial("answers", apiKey(elsewhereApi)), "another event's answer stays");
        assertUntouched(pages, untouched);
    }

    @Test
    void publishingAnArticleRendersWhatListsItAndLeavesTheEventsAlone() {
        JsonObject content = visitor.seedContent();
        JsonObject other = visitor.seedContent();
        String tag = content.getString("tag");
        long draftId = content.getJsonNumber("draftId").longValue();
        String projectPage = "/projects/" + content.getInt("projectId");
        String search = "/search?q=" + tag;
        List<String> touched = List.of("/", "/news", projectPage, search);
        List<String> untouched = List.of("/events", "/resources", "/info", "/events/" + content.getString("upcomingEvent"),
                "/projects/" + other.getInt("projectId"), "/news/" + other.getString("article"));
        Map<String, String> pages = warm(touched, untouched);
        String feedBefore = visitor.get("/feed.xml").headers().firstValue("ETag").orElseThrow();

        assertEquals(204, visitor.postForm("/test-support/content-status", Map.of("id", String.valueOf(draftId),
                "action", "publish")).statusCode());

        for (String path : touched) {
            assertEquals(-1, serial(path.startsWith("/search") ? "searches" : "pages", path), path + " is dropped");
        }
        assertTrue(visitor.get("/news").body().contains(content.getString("draft")), "the news list links the article");
        assertTrue(visitor.get(projectPage).body().contains(content.getString("draft")), "so does its project's page");
        assertNotEquals(feedBefore, visitor.get("/feed.xml").headers().firstValue("ETag").orElseThrow(), "the feed is new");
        assertUntouched(pages, untouched);
    }

    /** Requests every page twice (the second from memory) and answers each one's ETag. */
    private Map<String, String> warm(List<String> touched, List<String> untouched) {
        Map<String, String> etags = new LinkedHashMap<>();
        for (List<String> list : List.of(touched, untouched)) {
            for (String path : list) {
                HttpResponse<String> first = visitor.get(path);
                assertEquals(200, first.statusCode(), path);
                String etag = visitor.get(path).headers().firstValue("ETag").orElseThrow();
                assertEquals(first.headers().firstValue("ETag").orElseThrow(), etag, path + " is kept");
                etags.put(path, etag);
                kept(path.startsWith("/search") ? "searches" : "pages", path);
            }
        }
        return etags;
    }

    private void assertUntouched(Map<String, String> etags, List<String> untouched) {
        Map<String, Long> serials = new LinkedHashMap<>();
        for (String path : untouched) serials.put(path, serial("pages", path));
        for (String path : untouched) {
            assertTrue(serials.get(path) > 0, path + " is still in memory");
            HttpResponse<String> again = visitor.get(path, "If-None-Match", etags.get(path));
            assertEquals(304, again.statusCode(), path + " keeps its ETag");
            assertEquals(serials.get(path), serial("pages", path), path + " was not rendered again");
        }
    }

    private long kept(String cache, String key) {
        JsonObject probe = visitor.getJson("/test-support/cache?cache=" + cache + "&key=" + Http.enc(key));
        long serial = probe.getJsonNumber("serial").longValue();
        assertTrue(serial > 0, key + " is kept in " + cache + ": " + probe);
        return serial;
    }

    private long serial(String cache, String key) {
        return visitor.getJson("/test-support/cache?cache=" + cache + "&key=" + Http.enc(key)).getJsonNumber("serial").longValue();
    }

    /** The API cache's key: the raw path and query ("null" without one). */
    private static String apiKey(String path) {
        return path + "?null";
    }

    private static int placesLeft(JsonObject event) {
        return event.getJsonObject("registration").getInt("placesLeft");
    }
}
