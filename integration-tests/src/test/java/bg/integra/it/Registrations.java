package bg.integra.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Client-side helpers for the registration tests: events to register for, the API calls and the database's view. */
public final class Registrations {

    private Registrations() {
    }

    /** Creates an event (POST /test-support/registration-event, testsupport.RegistrationSeed); answers id, slug, tag, projectId. */
    public static JsonObject event(Http http, Map<String, String> form) {
        HttpResponse<String> r = http.postForm("/test-support/registration-event", form);
        if (r.statusCode() != 200) throw new IllegalStateException("Seeding failed: " + r.statusCode() + " " + r.body());
        return Http.json(r);
    }

    public static JsonObject event(Http http, Integer capacity) {
        return event(http, capacity == null ? Map.of() : Map.of("capacity", capacity.toString()));
    }

    /** The event's registrations as the database holds them: counts per status and rows in order of arrival. */
    public static JsonObject stored(Http http, long eventId) {
        return http.getJson("/test-support/registration-event?id=" + eventId);
    }

    public static int count(JsonObject stored, String status) {
        return stored.getJsonObject("counts").getInt(status, 0);
    }

    public static int total(JsonObject stored) {
        return stored.getJsonArray("registrations").size();
    }

    /** The mail outbox's mails to the address as the database holds them (testsupport.MailOutboxProbe): kind, status, attempts, lastError. */
    public static List<JsonObject> outbox(Http http, String to) {
        return http.getJson("/test-support/mail-outbox?to=" + URLEncoder.encode(to, StandardCharsets.UTF_8))
                .getJsonArray("mails").stream().map(JsonValue::asJsonObject).toList();
    }

    /** Polls the outbox's mails to the address until they satisfy the condition, for up to 20 s; fails if they never do. */
    public static List<JsonObject> outboxUntil(Http http, String to, Predicate<List<JsonObject>> condition, String what) {
        long deadline = System.currentTimeMillis() + 20_000;
        List<JsonObject> mails = outbox(http, to);
        while (!condition.test(mails)) {
            if (System.currentTimeMillis() > deadline) throw new AssertionError("Outbox to " + to + " never " + what + ": " + mails);
            try {
                Thread.sleep(200); // a poll interval, not a wait for something to happen
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            mails = outbox(http, to);
        }
        return mails;
    }

    /** A valid registration body for the e-mail, in the language given. */
    public static JsonObjectBuilder person(String email, String language) {
        return Json.createObjectBuilder()
                .add("name", "Мария Иванова")
                .add("organisation", "Община Хасково")
                .add("role", "експерт")
                .add("targetGroup", "LOCAL_AUTHORITY")
                .add("email", email)
                .add("phone", "+359 38 123 456")
                .add("language", language)
                .add("consent", true);
    }

    public static HttpResponse<String> register(Http http, long eventId, String json) {
        return register(http, eventId, json, "application/json");
    }

    public static HttpResponse<String> register(Http http, long eventId, String body, String contentType) {
        return http.send(HttpRequest.newBuilder(URI.create(http.baseUrl() + "/api/v1/events/" + eventId + "/registrations"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public static HttpResponse<String> cancel(Http http, String location) {
        return http.send(HttpRequest.newBuilder(URI.create(location)).timeout(Duration.ofSeconds(60)).DELETE().build());
    }

    public static String location(HttpResponse<String> created) {
        return created.headers().firstValue("Location").orElseThrow(() -> new AssertionError("No Location: " + created));
    }

    public static String token(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }
}
