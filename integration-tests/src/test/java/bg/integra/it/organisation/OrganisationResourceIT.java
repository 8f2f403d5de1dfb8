package bg.integra.it.organisation;

import bg.integra.it.Http;
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

import static bg.integra.it.Problems.assertBadParameter;
import static bg.integra.it.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /api/v1/organisations and /api/v1/organisations/{id}. */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class OrganisationResourceIT {

    private static final Set<String> FIELDS =
            Set.of("id", "name", "kind", "region", "address", "email", "phone", "website");

    private final Http http = new Http();

    private JsonObject list(String query) {
        return http.getJson("/api/v1/organisations" + query);
    }

    private static List<Long> ids(JsonObject page) {
        return Http.ids(page);
    }

    @Test
    void oneOrganisation() {
        JsonObject seeded = http.seed();
        String tag = seeded.getString("tag");
        HttpResponse<String> r = http.get("/api/v1/organisations/" + seeded.getInt("organisationId"));
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertFalse(r.body().contains("\"version\""), r.body());
        JsonObject o = Http.json(r);
        assertTrue(FIELDS.containsAll(o.keySet()), o::toString);
        assertEquals(seeded.getInt("organisationId"), o.getInt("id"));
        assertEquals("Организация " + tag, o.getJsonObject("name").getString("bg"));
        assertEquals("Организация " + tag + " (en)", o.getJsonObject("name").getString("en"));
        assertEquals("NGO", o.getString("kind"));
        assertEquals("PLOVDIV", o.getString("region"));
        assertFalse(o.containsKey("email") && !o.isNull("email"), "the seeded organisation has no e-mail");
    }

    @Test
    void pagesAreConsistentAndTheNewestOrganisationIsOnTheLastPage() {
        JsonObject seeded = http.seed();
        long total = list("").getJsonNumber("totalItems").longValue();
        assertTrue(total >= 4, "the demo organisations and the two seeded ones");

        JsonObject first = list("?size=3");
        assertEquals(0, first.getInt("page"));
        assertEquals(3, first.getInt("size"));
        assertEquals(total, first.getJsonNumber("totalItems").longValue());
        long totalPages = (total + 2) / 3;
        assertEquals(totalPages, first.getJsonNumber("totalPages").longValue());
        assertEquals(3, first.getJsonArray("items").size());

        JsonObject last = list("?size=3&page=" + (totalPages - 1));
        assertEquals(total - (totalPages - 1) * 3, last.getJsonArray("items").size());
        assertTrue(ids(last).contains((long) seeded.getInt("otherOrganisationId")), "ordered by id, newest last");

        JsonObject second = list("?size=3&page=1");
        Set<Long> overlap = new HashSet<>(ids(first));
        overlap.retainAll(ids(second));
        assertTrue(overlap.isEmpty(), "pages do not overlap");

        assertEquals(0, list("?size=3&page=" + totalPages).getJsonArray("items").size());
    }

    @Test
    void listItemsHaveOnlyTheirPublicFields() {
        http.seed();
        JsonObject page = list("?size=100");
        assertEquals(Set.of("items", "page", "size", "totalItems", "totalPages"), page.keySet());
        for (JsonValue v : page.getJsonArray("items")) {
            JsonObject o = v.asJsonObject();
            assertTrue(FIELDS.containsAll(o.keySet()), o::toString);
            assertTrue(o.getJsonObject("name").containsKey("bg"), o::toString);
        }
    }

    @Test
    void anUnknownOrganisationIsA404Problem() {
        HttpResponse<String> r = http.get("/api/v1/organisations/999999999");
        assertProblem(r, 404);
        assertEquals("/api/v1/organisations/999999999", Http.json(r).getString("instance"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "-7"})
    void anOrganisationIdThatIsNotAPositiveNumberIsA400NamingId(String id) {
        assertBadParameter(http.get("/api/v1/organisations/" + id), "id");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"page, -1", "page, abc", "size, 0", "size, abc", "size, 100000"})
    void aBadPageOrSizeIsA400NamingIt(String parameter, String value) {
        assertBadParameter(http.get("/api/v1/organisations?" + parameter + "=" + value), parameter);
    }

    @Test
    void theListAnswersAnETagAnd304AndANewTagAfterAChange() {
        http.seed();
        HttpResponse<String> first = http.get("/api/v1/organisations");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = http.get("/api/v1/organisations", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());

        http.seed();
        HttpResponse<String> after = http.get("/api/v1/organisations", "If-None-Match", etag);
        assertEquals(200, after.statusCode());
        assertNotEquals(etag, after.headers().firstValue("ETag").orElseThrow());
        assertEquals(Http.json(first).getJsonNumber("totalItems").longValue() + 2,
                Http.json(after).getJsonNumber("totalItems").longValue());
    }

    @Test
    void oneOrganisationAnswersAnETagAnd304() {
        JsonObject seeded = http.seed();
        String path = "/api/v1/organisations/" + seeded.getInt("organisationId");
        String etag = http.get(path).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = http.get(path, "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        HttpResponse<String> other = http.get("/api/v1/organisations/" + seeded.getInt("otherOrganisationId"),
                "If-None-Match", etag);
        assertEquals(200, other.statusCode());
        assertNotEquals(etag, other.headers().firstValue("ETag").orElseThrow());
    }
}
