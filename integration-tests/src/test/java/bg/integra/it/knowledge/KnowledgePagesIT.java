package bg.integra.it.knowledge;

import bg.integra.it.Bundles;
import bg.integra.it.Http;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal's /practices, /cases, /measures, /initiatives and their items on testsupport.KnowledgeSeed's member: published
 * items only, the filters of the GET form, the links from a measure to what it comes from, and a text shown in its
 * fallback language marked as such.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class KnowledgePagesIT {

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

    private String page(String path) {
        HttpResponse<String> r = http.get(path);
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    private static boolean links(String html, String path) {
        return Pattern.compile("href=\"" + Pattern.quote(path) + "[?\"]").matcher(html).find();
    }

    @Test
    void theListsShowPublishedItemsOnly() {
        String practices = page("/practices?q=" + tag);
        assertTrue(links(practices, "/practices/" + id("practices", "older")));
        assertTrue(links(practices, "/practices/" + id("practices", "newer")));
        assertFalse(links(practices, "/practices/" + id("practices", "draft")));
        String cases = page("/cases?q=" + tag);
        assertTrue(links(cases, "/cases/" + id("cases", "school")));
        assertFalse(links(cases, "/cases/" + id("cases", "draft")));
        String measures = page("/measures?q=" + tag);
        assertTrue(links(measures, "/measures/" + id("measures", "adopted")));
        assertFalse(links(measures, "/measures/" + id("measures", "draft")));
    }

    @Test
    void theFormsFilter() {
        String varna = page("/practices?q=" + tag + "&region=VARNA");
        assertTrue(links(varna, "/practices/" + id("practices", "newer")));
        assertFalse(links(varna, "/practices/" + id("practices", "older")));
        String health = page("/cases?q=" + tag + "&area=HEALTH");
        assertTrue(links(health, "/cases/" + id("cases", "clinic")));
        assertFalse(links(health, "/cases/" + id("cases", "school")));
        String adopted = page("/measures?q=" + tag + "&status=ADOPTED");
        assertTrue(links(adopted, "/measures/" + id("measures", "adopted")));
        assertFalse(links(adopted, "/measures/" + id("measures", "proposed")));
        // an odd value is no filter, not an error
        assertTrue(links(page("/measures?q=" + tag + "&status=DONE"), "/measures/" + id("measures", "proposed")));
    }

    @Test
    void aMeasureLinksToThePublishedCasesAndPracticesItComesFrom() {
        String measure = page("/measures/" + id("measures", "adopted"));
        assertTrue(measure.contains("Мярка " + tag + " приета"));
        assertTrue(links(measure, "/cases/" + id("cases", "school")));
        assertTrue(links(measure, "/practices/" + id("practices", "older")));
        assertFalse(links(measure, "/cases/" + id("cases", "draft")));
        assertFalse(links(measure, "/practices/" + id("practices", "draft")));
        // and the case links back to the measure
        assertTrue(links(page("/cases/" + id("cases", "school")), "/measures/" + id("measures", "adopted")));
    }

    @Test
    void draftsAndUnknownItemsAreNotFound() {
        assertEquals(404, http.get("/practices/" + id("practices", "draft")).statusCode());
        assertEquals(404, http.get("/cases/" + id("cases", "draft")).statusCode());
        assertEquals(404, http.get("/measures/" + id("measures", "draft")).statusCode());
        assertEquals(404, http.get("/practices/999999999").statusCode());
    }

    @Test
    void theInitiativesListShowsUpcomingOnesFirstThenCompletedProjects() {
        String html = page("/initiatives?q=" + tag);
        List<Integer> positions = java.util.stream.Stream.of("soon", "later", "recent", "earlier")
                .map(name -> html.indexOf("href=\"/initiatives/" + id("initiatives", name) + "\"")).toList();
        assertTrue(positions.stream().allMatch(p -> p > 0) && positions.equals(positions.stream().sorted().toList()),
                () -> positions + " in\n" + html);
        assertFalse(links(html, "/initiatives/" + id("initiatives", "draft")));
        assertFalse(links(html, "/initiatives/" + id("initiatives", "past")), "held two days ago: no longer upcoming");
        assertTrue(html.contains(Bundles.text("bg", "knowledge.initiativeKind.UPCOMING"))
                && html.contains(Bundles.text("bg", "knowledge.initiativeKind.COMPLETED")));
        // the knowledge base's other lists link to it
        assertTrue(links(page("/practices"), "/initiatives"));
    }

    @Test
    void theInitiativesFormFilters() {
        String completed = page("/initiatives?q=" + tag + "&kind=COMPLETED");
        assertTrue(links(completed, "/initiatives/" + id("initiatives", "recent")));
        assertTrue(links(completed, "/initiatives/" + id("initiatives", "earlier")));
        assertFalse(links(completed, "/initiatives/" + id("initiatives", "soon")));
        assertTrue(completed.contains("<option value=\"COMPLETED\" selected=\"selected\">"), completed);
        String varna = page("/initiatives?q=" + tag + "&region=VARNA");
        assertTrue(links(varna, "/initiatives/" + id("initiatives", "later")));
        assertFalse(links(varna, "/initiatives/" + id("initiatives", "soon")));
        // an odd kind is no filter, not an error
        assertTrue(links(page("/initiatives?q=" + tag + "&kind=SOON"), "/initiatives/" + id("initiatives", "recent")));
        String english = page("/initiatives?q=" + tag + "&kind=UPCOMING&lang=en");
        assertTrue(links(english, "/initiatives/" + id("initiatives", "soon")));
        assertTrue(english.contains(Bundles.text("en", "knowledge.initiativeKind.UPCOMING")), english);
    }

    @Test
    void anInitiativesPageSaysWhatWhenAndWhereAndADraftIsNotFound() {
        String html = page("/initiatives/" + id("initiatives", "later"));
        assertTrue(html.contains("Инициатива " + tag + " по-късно"));
        assertTrue(html.contains(Bundles.text("bg", "knowledge.initiativeKind.UPCOMING")));
        assertTrue(html.contains("Тестоград") && html.contains(Bundles.text("bg", "region.VARNA")), html);
        assertTrue(html.contains("href=\"https://example.org/initiative\""), html);
        assertTrue(links(html, "/network/" + seed.getString("slug")));
        assertEquals(200, http.get("/initiatives/" + id("initiatives", "past")).statusCode());
        assertEquals(404, http.get("/initiatives/" + id("initiatives", "draft")).statusCode());
        assertEquals(404, http.get("/initiatives/999999999").statusCode());
        String arabic = page("/initiatives/" + id("initiatives", "recent") + "?lang=ar");
        assertTrue(Pattern.compile("<h1 lang=\"en\" dir=\"ltr\">Проект " + Pattern.quote(tag) + " наскоро \\(en\\)</h1>")
                .matcher(arabic).find(), arabic);
        assertTrue(arabic.contains(Bundles.text("ar", "knowledge.initiativeKind.COMPLETED")));
    }

    @Test
    void aTextInItsFallbackLanguageSaysSo() {
        // the practice has Bulgarian and English texts: in Arabic its title is English, marked left to right
        String html = page("/practices/" + id("practices", "older") + "?lang=ar");
        assertTrue(Pattern.compile("<h1 lang=\"en\" dir=\"ltr\">Практика " + Pattern.quote(tag) + " по-стара \\(en\\)</h1>")
                .matcher(html).find(), html);
        assertTrue(html.contains("<html") && html.contains("dir=\"rtl\""));
    }
}
