package bg.integra.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.net.http.HttpResponse;
import java.util.Map;

/**
 * Client-side helpers for the counted indicators (POST /test-support/indicators, see testsupport.IndicatorSeed) and
 * the API's view of them.
 */
public final class Indicators {

    private Indicators() {
    }

    static JsonObject post(Http http, Map<String, String> form) {
        HttpResponse<String> r = http.postForm("/test-support/indicators", form);
        if (r.statusCode() != 200) throw new IllegalStateException("Seeding failed: " + r.statusCode() + " " + r.body());
        return Http.json(r);
    }

    /** The seeded project with counted indicators; answers projectId, eventId and veraId. */
    public static JsonObject project(Http http) {
        return post(http, Map.of("action", "project"));
    }

    public static void attend(Http http, long registrationId, boolean present) {
        post(http, Map.of("action", "attend", "id", String.valueOf(registrationId), "present", String.valueOf(present)));
    }

    public static long material(Http http, long projectId, String kind, int quantity) {
        return post(http, Map.of("action", "material", "project", String.valueOf(projectId), "kind", kind,
                "quantity", String.valueOf(quantity))).getJsonNumber("id").longValue();
    }

    /** The indicator of the API's project with this Bulgarian name. */
    public static JsonObject indicator(JsonObject project, String nameBg) {
        return project.getJsonArray("indicators").stream().map(JsonValue::asJsonObject)
                .filter(i -> nameBg.equals(i.getJsonObject("name").getString("bg")))
                .findFirst().orElseThrow(() -> new AssertionError("No indicator " + nameBg + " in " + project));
    }
}
