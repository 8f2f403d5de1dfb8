package bg.integra.it.network;

import bg.integra.it.Http;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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

import static bg.integra.it.Http.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The directory's search in the database (DirectoryService.search through testsupport.NetworkSeed), on a town of
 * the test's own: filters by kind, language and town, "open now" at the edges of a day's hours, and the ranking by
 * distance. Only members' centres are found, and only active services are listed at them.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class DirectorySearchIT {

    private final Http http = new Http();
    private JsonObject seed;

    @BeforeEach
    void seed() {
        HttpResponse<String> r = http.postForm("/test-support/network", Map.of());
        assertEquals(200, r.statusCode(), r.body());
        seed = Http.json(r);
    }

    /** The names of the centres found, in order, without the tag. */
    private List<String> found(String at, String more) {
        return search(at, more).stream().map(v -> v.asJsonObject().getString("name").replace(" " + seed.getString("tag"), "")).toList();
    }

    private List<JsonValue> search(String at, String more) {
        return http.getJson("/test-support/network?city=" + enc(seed.getString("city")) + "&at=" + at + more)
                .getJsonArray("found");
    }

    @Test
    void aTownListsOnlyTheCentresOfMembersWithTheirActiveServices() {
        List<JsonValue> all = search("2026-12-07T10:00", "");
        assertEquals(List.of("Център А", "Център Б", "Център В"), found("2026-12-07T10:00", ""));
        assertEquals(List.of("BULGARIAN_COURSES", "LEGAL_ADVICE"), kinds(all.get(0)));
        assertEquals(List.of("BULGARIAN_COURSES"), kinds(all.get(1)));
        assertEquals(List.of(), kinds(all.get(2)), "a defunct service is not offered");
    }

    @Test
    void kindAndLanguageFilterTheCentres() {
        assertEquals(List.of("Център А"), found("2026-12-07T10:00", "&kind=LEGAL_ADVICE"));
        assertEquals(List.of("Център А", "Център Б"), found("2026-12-07T10:00", "&kind=BULGARIAN_COURSES"));
        assertEquals(List.of(), found("2026-12-07T10:00", "&kind=HOUSING"), "only a defunct housing service");
        assertEquals(List.of("Център А"), found("2026-12-07T10:00", "&language=ar"), "spoken at the desk");
        assertEquals(List.of("Център А", "Център Б"), found("2026-12-07T10:00", "&language=en"), "a service given in English");
        assertEquals(List.of("Център Б"), found("2026-12-07T10:00", "&language=FA"), "a code in capitals");
        assertEquals(List.of("Център А"), found("2026-12-07T10:00", "&kind=BULGARIAN_COURSES&language=ar"));
        assertEquals(List.of("Център Б"), found("2026-12-07T10:00", "&text=" + enc("център б")));
    }

    /** 7 December 2026 is a Monday; A opens 09:00–17:00 on weekdays and 10:00–12:00 on Saturday, B 13:00–18:00, C on Sunday. */
    @ParameterizedTest
    @CsvSource({
            "2026-12-07T08:59:59, ''",
            "2026-12-07T09:00, Център А",
            "2026-12-07T12:59, Център А",
            "2026-12-07T13:00, Център А|Център Б",
            "2026-12-07T16:59:59, Център А|Център Б",
            "2026-12-07T17:00, Център Б",
            "2026-12-07T18:00, ''",
            "2026-12-12T09:59, ''",
            "2026-12-12T10:00, Център А",
            "2026-12-12T12:00, ''",
            "2026-12-13T00:00, ''",
            "2026-12-13T08:00, Център В",
            "2026-12-13T19:59:59, Център В",
            "2026-12-13T23:59:59, ''",
            "2026-12-14T00:00, ''",
    })
    void openNowFollowsTheHoursToTheMinute(String at, String open) {
        List<String> expected = open.isEmpty() ? List.of() : List.of(open.split("\\|"));
        assertEquals(expected, found(at, "&openNow=true"), "open at " + at);
        // without the filter, every centre is listed and says whether it is open
        List<JsonValue> all = search(at, "");
        assertEquals(3, all.size());
        for (JsonValue v : all) {
            String name = v.asJsonObject().getString("name").replace(" " + seed.getString("tag"), "");
            assertEquals(expected.contains(name), v.asJsonObject().getBoolean("open"), name + " at " + at);
        }
    }

    @Test
    void aPointRanksTheCentresByDistanceWithThoseWithoutAPositionLast() {
        // near B: B (0 km), then A (about 17 km), then C, which has no position
        List<JsonValue> nearB = search("2026-12-07T10:00", "&lat=41.70&lon=25.45");
        assertEquals(List.of("Център Б", "Център А", "Център В"), found("2026-12-07T10:00", "&lat=41.70&lon=25.45"));
        assertEquals(0.0, nearB.get(0).asJsonObject().getJsonNumber("km").doubleValue(), 0.01);
        double aKm = nearB.get(1).asJsonObject().getJsonNumber("km").doubleValue();
        assertTrue(aKm > 16 && aKm < 18, "A is about 17 km from B: " + aKm);
        assertEquals(-1, nearB.get(2).asJsonObject().getJsonNumber("km").intValue(), "no distance without a position");
        // near A's side
        assertEquals(List.of("Център А", "Център Б", "Център В"), found("2026-12-07T10:00", "&lat=41.55&lon=25.20"));
    }

    private static List<String> kinds(JsonValue entry) {
        return entry.asJsonObject().getJsonArray("kinds").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }
}
