package bg.integra.it.event;

import bg.integra.it.Http;
import bg.integra.it.Registrations;
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

import static org.junit.jupiter.api.Assertions.*;

/** GET /api/v1/events and /api/v1/events/{id}, as a partner site would list a project's events. */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class EventsApiIT {

    private final Http http = new Http();
    private long project;
    private long seminar;
    private long forum;
    private long past;
    private long draft;

    /** A project with an upcoming seminar in Haskovo, a later forum in Sofia, a past press conference and a draft. */
    @BeforeEach
    void seed() {
        JsonObject first = Registrations.event(http, Map.of("project", "new", "startsInHours", "240", "capacity", "25"));
        project = first.getJsonNumber("projectId").longValue();
        seminar = first.getJsonNumber("id").longValue();
        String p = String.valueOf(project);
        forum = id(Map.of("projectOf", p, "startsInHours", "480", "region", "SOFIA_CITY", "kind", "FORUM"));
        past = id(Map.of("projectOf", p, "startsInHours", "-10000", "kind", "PRESS_CONFERENCE"));
        draft = id(Map.of("projectOf", p, "startsInHours", "100", "published", "false"));
    }

    private long id(Map<String, String> form) {
        return Registrations.event(http, form).getJsonNumber("id").longValue();
    }

    @Test
    void upcomingEventsOfAProjectComeSoonestFirstAndPastOnesApart() {
        assertEquals(List.of(seminar, forum), Http.ids(http.getJson("/api/v1/events?project=" + project)));
        assertEquals(List.of(seminar, forum), Http.ids(http.getJson("/api/v1/events?when=upcoming&project=" + project)));
        assertEquals(List.of(past), Http.ids(http.getJson("/api/v1/events?when=past&project=" + project)));
        assertFalse(Http.ids(http.getJson("/api/v1/events?size=100")).contains(draft));
    }

    /**
     * An event that has begun but not ended is still upcoming, listed by its start before every later one, however
     * long ago it started; one that has ended is past. (The upcoming list reads the events from the earliest start
     * of an upcoming one, kept until the next write: the seeds here are writes.)
     */
    @Test
    void anEventUnderWayIsUpcomingUntilItEnds() {
        String p = String.valueOf(project);
        long underWay = id(Map.of("projectOf", p, "startsInHours", "-2000", "endsInHours", "24"));
        long ended = id(Map.of("projectOf", p, "startsInHours", "-30", "endsInHours", "-1"));
        assertEquals(List.of(underWay, seminar, forum), Http.ids(http.getJson("/api/v1/events?project=" + project)));
        assertEquals(List.of(ended, past), Http.ids(http.getJson("/api/v1/events?when=past&project=" + project)));
        assertTrue(Http.ids(http.getJson("/api/v1/events?size=100")).contains(underWay), "in the unfiltered list too");
    }

    @Test
    void filtersCombineAndPagesCount() {
        assertEquals(List.of(forum), Http.ids(http.getJson("/api/v1/events?project=" + project + "&region=SOFIA_CITY")));
        assertEquals(List.of(seminar), Http.ids(http.getJson("/api/v1/events?project=" + project + "&kind=seminar")));
        assertEquals(List.of(), Http.ids(http.getJson("/api/v1/events?project=" + project + "&kind=TRAINING")));
        JsonObject second = http.getJson("/api/v1/events?project=" + project + "&size=1&page=1");
        assertEquals(List.of(forum), Http.ids(second));
        assertEquals(2, second.getInt("totalItems"));
        assertEquals(2, second.getInt("totalPages"));
        JsonObject item = http.getJson("/api/v1/events?project=" + project + "&size=1").getJsonArray("items").getJsonObject(0);
        assertEquals("SEMINAR", item.getString("kind"));
        assertEquals("HASKOVO", item.getString("region"));
        assertEquals(25, item.getInt("capacity"));
        assertEquals(project, item.getJsonNumber("projectId").longValue());
        assertTrue(item.getJsonObject("title").getString("en").startsWith("Seminar "), item.toString());
        assertEquals("/events/" + item.getString("slug"), item.getString("page"));
    }

    @Test
    void oneEventShowsItsTextsMethodsAndRegistration() {
        JsonObject e = http.getJson("/api/v1/events/" + seminar);
        assertEquals(seminar, e.getJsonNumber("id").longValue());
        assertTrue(e.getJsonObject("title").getString("bg").startsWith("Семинар "));
        assertTrue(e.getJsonObject("agenda").getString("en").contains("Agenda"));
        assertEquals(List.of("CASE_STUDY", "ROLE_PLAY"), e.getJsonArray("methods").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        JsonObject registration = e.getJsonObject("registration");
        assertTrue(registration.getBoolean("open"));
        assertEquals(25, registration.getInt("capacity"));
        assertEquals(25, registration.getInt("placesLeft"));
        assertEquals(0, registration.getInt("confirmed"));
        assertFalse(registration.getString("consentVersion").isBlank());
        assertTrue(registration.getJsonObject("consentPurpose").getString("en").contains("personal data"));
        assertTrue(registration.getJsonObject("consentPurpose").getString("bg").contains("лични данни"));

        HttpResponse<String> first = http.get("/api/v1/events/" + seminar);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, http.get("/api/v1/events/" + seminar, "If-None-Match", etag).statusCode());
    }

    @Test
    void targetGroupsAreListedWithTheirNames() {
        HttpResponse<String> r = http.get("/api/v1/target-groups");
        assertEquals(200, r.statusCode());
        var groups = jakarta.json.Json.createReader(new java.io.StringReader(r.body())).readArray();
        assertEquals(List.of("LOCAL_AUTHORITY", "INSTITUTION", "TERRITORIAL_UNIT", "SOCIAL_PARTNER", "NGO",
                        "IMMIGRANT_COMMUNITY", "MEDIA", "OTHER"),
                groups.stream().map(g -> g.asJsonObject().getString("code")).toList());
        assertEquals("Имигрантска общност", groups.getJsonObject(5).getJsonObject("name").getString("bg"));
        assertEquals("Immigrant community", groups.getJsonObject(5).getJsonObject("name").getString("en"));
    }

    @ParameterizedTest
    @CsvSource({"when=tomorrow,when", "kind=PARTY,kind", "region=ATLANTIS,region", "project=abc,project", "size=0,size"})
    void badParametersAreNamed(String query, String parameter) {
        HttpResponse<String> r = http.get("/api/v1/events?" + query);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(parameter, Http.json(r).getJsonArray("errors").getJsonObject(0).getString("name"));
    }

    @Test
    void draftsAndUnknownEventsAreNotFound() {
        HttpResponse<String> d = http.get("/api/v1/events/" + draft);
        assertEquals(404, d.statusCode(), d.body());
        assertTrue(d.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(404, http.get("/api/v1/events/999999999").statusCode());
        assertEquals(400, http.get("/api/v1/events/abc").statusCode());
    }
}
