package bg.integra.it.registration;

import bg.integra.it.Http;
import bg.integra.it.Mailbox;
import bg.integra.it.Seeding;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static bg.integra.it.Registrations.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Registration for an event through the API, as a partner site would use it: places and the waitlist, the
 * e-mails (received by a real SMTP server), promotion when someone cancels, duplicates refused kindly, and bad
 * input answered with the fields named and nothing stored.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class RegistrationIT {

    private final Http http = new Http();

    @RegisterExtension
    final Mailbox mailbox = new Mailbox();

    private static String email(String who) {
        return who + "-" + Seeding.tag() + "@example.bg";
    }

    @Test
    void placesAreConfirmedUntilFullThenWaitlistedAndACancellationPromotesTheEarliestWaiting() {
        long event = event(http, 2).getJsonNumber("id").longValue();
        String anna = email("anna"), boris = email("boris"), vera = email("vera"), galya = email("galya");

        HttpResponse<String> a = register(http, event, person(anna, "en").build().toString());
        HttpResponse<String> b = register(http, event, person(boris, "bg").build().toString());
        HttpResponse<String> v = register(http, event, person(vera, "bg").build().toString());
        HttpResponse<String> g = register(http, event, person(galya, "en").build().toString());
        assertEquals(List.of(201, 201, 201, 201), List.of(a.statusCode(), b.statusCode(), v.statusCode(), g.statusCode()), g.body());
        assertEquals("CONFIRMED", Http.json(a).getString("status"));
        assertEquals("CONFIRMED", Http.json(b).getString("status"));
        assertEquals("WAITLISTED", Http.json(v).getString("status"));
        assertEquals("WAITLISTED", Http.json(g).getString("status"));

        // the confirmation in English with the link to cancel, the waitlist notice in Bulgarian
        MimeMessage annaMail = mailbox.await(anna, 1).get(0);
        assertTrue(Mailbox.subject(annaMail).startsWith("Your registration is confirmed"), Mailbox.subject(annaMail));
        String annaToken = token(location(a));
        assertTrue(Mailbox.body(annaMail).contains(http.baseUrl() + "/registrations/cancel/" + annaToken + "?lang=en"),
                Mailbox.body(annaMail));
        MimeMessage veraMail = mailbox.await(vera, 1).get(0);
        assertTrue(Mailbox.subject(veraMail).startsWith("В листата на чакащите сте"), Mailbox.subject(veraMail));

        JsonObject stored = stored(http, event);
        assertEquals(2, count(stored, "CONFIRMED"));
        assertEquals(2, count(stored, "WAITLISTED"));

        HttpResponse<String> cancelled = cancel(http, location(a));
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        assertEquals("CANCELLED", Http.json(cancelled).getString("status"));

        // Vera registered before Galya: she gets the place and is told so
        MimeMessage promotion = mailbox.await(vera, 2).stream()
                .filter(m -> Mailbox.subject(m).startsWith("Освободи се място")).findFirst()
                .orElseThrow(() -> new AssertionError("No promotion e-mail to " + vera));
        assertTrue(Mailbox.body(promotion).contains("/registrations/cancel/" + token(location(v))), Mailbox.body(promotion));
        assertEquals("CONFIRMED", http.getJson(path(location(v))).getString("status"));
        assertEquals("WAITLISTED", http.getJson(path(location(g))).getString("status"));

        // cancelling twice changes nothing and promotes nobody else
        assertEquals(200, cancel(http, location(a)).statusCode());
        stored = stored(http, event);
        assertEquals(2, count(stored, "CONFIRMED"));
        assertEquals(1, count(stored, "WAITLISTED"));
        assertEquals(1, count(stored, "CANCELLED"));
        assertEquals(List.of(anna + "=CANCELLED", boris + "=CONFIRMED", vera + "=CONFIRMED", galya + "=WAITLISTED"),
                stored.getJsonArray("registrations").stream().map(JsonValue::asJsonObject)
                        .map(r -> r.getString("email") + "=" + r.getString("status")).toList());

        // the event shows the places taken
        JsonObject places = http.getJson("/api/v1/events/" + event).getJsonObject("registration");
        assertEquals(2, places.getInt("capacity"));
        assertEquals(2, places.getInt("confirmed"));
        assertEquals(1, places.getInt("waitlisted"));
        assertEquals(0, places.getInt("placesLeft"));
    }

    @Test
    void withoutACapacityEveryoneIsConfirmedAndTheConsentIsRecorded() {
        long event = event(http, (Integer) null).getJsonNumber("id").longValue();
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> r = register(http, event, person(email("p" + i), "bg").build().toString());
            assertEquals(201, r.statusCode(), r.body());
            assertEquals("CONFIRMED", Http.json(r).getString("status"));
        }
        JsonObject row = stored(http, event).getJsonArray("registrations").getJsonObject(0);
        assertEquals("LOCAL_AUTHORITY", row.getString("targetGroup"));
        assertEquals(http.getJson("/api/v1/events/" + event).getJsonObject("registration").getString("consentVersion"),
                row.getString("consentVersion"));
    }

    @Test
    void aSecondRegistrationWithTheSameEmailIsRefusedKindlyUntilTheFirstIsCancelled() {
        long event = event(http, 5).getJsonNumber("id").longValue();
        String mail = email("dup");
        HttpResponse<String> first = register(http, event, person(mail, "bg").build().toString());
        assertEquals(201, first.statusCode(), first.body());

        HttpResponse<String> again = register(http, event, person("  " + mail.toUpperCase() + " ", "en").build().toString());
        assertEquals(409, again.statusCode(), again.body());
        assertTrue(again.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(Http.json(again).getString("detail").contains("already registered"), again.body());
        assertEquals(1, total(stored(http, event)));

        assertEquals(200, cancel(http, location(first)).statusCode());
        HttpResponse<String> afterCancel = register(http, event, person(mail, "bg").build().toString());
        assertEquals(201, afterCancel.statusCode(), afterCancel.body());
        JsonObject stored = stored(http, event);
        assertEquals(1, count(stored, "CONFIRMED"));
        assertEquals(1, count(stored, "CANCELLED"));
    }

    @Test
    void badInputIsA400NamingTheFieldsAndStoresNothing() {
        long event = event(http, 3).getJsonNumber("id").longValue();
        String ok = email("ok");
        Map<String, String> cases = Map.of(
                "consent", person(ok, "bg").add("consent", false).build().toString(),
                "email", person("maria.example.bg", "bg").build().toString(),
                "name", person(ok, "bg").add("name", "Я".repeat(201)).build().toString(),
                "targetGroup", person(ok, "bg").add("targetGroup", "ALIENS").build().toString(),
                "language", person(ok, "bg").add("language", "xx").build().toString(),
                "consentVersion", person(ok, "bg").add("consentVersion", "1999-01").build().toString(),
                "body", "{\"name\": \"Мария\", \"email\": ");
        cases.forEach((field, body) -> {
            HttpResponse<String> r = register(http, event, body);
            assertEquals(400, r.statusCode(), field + ": " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), field);
            List<String> named = Http.json(r).getJsonArray("errors").stream()
                    .map(e -> e.asJsonObject().getString("name")).toList();
            assertEquals(List.of(field), named, r.body());
        });

        // consent left out and several fields wrong at once: all named in one answer
        String many = Json.createObjectBuilder().add("name", " ").add("targetGroup", "NGO").add("email", "a@b").build().toString();
        HttpResponse<String> r = register(http, event, many);
        assertEquals(400, r.statusCode(), r.body());
        assertEquals(List.of("consent", "email", "name"), Http.json(r).getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("name")).toList());
        // each error in English and as a code for a client that says it in its own language
        JsonObject name = Http.json(r).getJsonArray("errors").getJsonObject(2);
        assertEquals("is required", name.getString("message"), r.body());
        assertEquals("required", name.getString("code"), r.body());
        assertEquals(List.of("consentRequired", "malformed", "required"), Http.json(r).getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("code")).toList());
        HttpResponse<String> tooLong = register(http, event, person(ok, "bg").add("name", "Я".repeat(201)).build().toString());
        JsonObject nameTooLong = Http.json(tooLong).getJsonArray("errors").getJsonObject(0);
        assertEquals("must be at most 200 characters", nameTooLong.getString("message"), tooLong.body());
        assertEquals("tooLong", nameTooLong.getString("code"), tooLong.body());
        assertEquals(200, nameTooLong.getJsonObject("arguments").getInt("max"), tooLong.body());

        assertEquals(400, register(http, event, "").statusCode());
        assertEquals(400, register(http, event, "[1, 2]").statusCode());
        assertEquals(415, register(http, event, person(ok, "bg").build().toString(), "text/plain").statusCode());
        assertEquals(413, register(http, event, person(ok, "bg").add("role", "x".repeat(9000)).build().toString()).statusCode());
        assertEquals(0, total(stored(http, event)));
        assertEquals(0, mailbox.to(ok).size());
    }

    @Test
    void unknownUnpublishedAndStartedEventsTakeNoRegistrations() {
        String body = person(email("late"), "bg").build().toString();
        HttpResponse<String> unknown = register(http, 999_999_999L, body);
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertTrue(unknown.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));

        long draft = event(http, Map.of("published", "false")).getJsonNumber("id").longValue();
        assertEquals(404, register(http, draft, body).statusCode());

        long started = event(http, Map.of("startsInHours", "-1", "capacity", "10")).getJsonNumber("id").longValue();
        HttpResponse<String> late = register(http, started, body);
        assertEquals(409, late.statusCode(), late.body());
        assertTrue(Http.json(late).getString("detail").contains("started"), late.body());
        assertFalse(http.getJson("/api/v1/events/" + started).getJsonObject("registration").getBoolean("open"));

        assertEquals(0, total(stored(http, draft)));
        assertEquals(0, total(stored(http, started)));
        assertEquals(404, http.get("/api/v1/registrations/not-a-token").statusCode());
        HttpResponse<String> badId = register(http, 0, body);
        assertEquals(400, badId.statusCode(), badId.body());
        assertEquals("id", Http.json(badId).getJsonArray("errors").getJsonObject(0).getString("name"));
    }

    @Test
    void theLinkInTheMailShowsTheRegistrationAndOnlyItsButtonCancels() {
        long event = event(http, 1).getJsonNumber("id").longValue();
        String first = email("link1"), second = email("link2");
        HttpResponse<String> r = register(http, event, person(first, "en").build().toString());
        assertEquals(201, register(http, event, person(second, "bg").build().toString()).statusCode());
        String body = Mailbox.body(mailbox.await(first, 1).get(0));
        String link = body.lines().filter(l -> l.contains("/registrations/cancel/")).findFirst().orElseThrow().strip();
        assertEquals(http.baseUrl() + "/registrations/cancel/" + token(location(r)) + "?lang=en", link);
        String page = link.substring(http.baseUrl().length());

        HttpResponse<String> shown = http.get(page);
        assertEquals(200, shown.statusCode());
        assertTrue(shown.body().contains("<html lang=\"en\">") && shown.body().contains("Cancel my registration"), shown.body());
        assertEquals("no-store", shown.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(1, count(stored(http, event), "CONFIRMED"), "opening the link cancels nothing");

        HttpResponse<String> done = http.postForm(page, Map.of());
        assertEquals(200, done.statusCode(), done.body());
        assertTrue(done.body().contains("is cancelled"), done.body());
        assertEquals(List.of(first + "=CANCELLED", second + "=CONFIRMED"), stored(http, event).getJsonArray("registrations")
                .stream().map(JsonValue::asJsonObject).map(x -> x.getString("email") + "=" + x.getString("status")).toList());
        assertTrue(mailbox.await(second, 2).stream().anyMatch(m -> Mailbox.subject(m).startsWith("Освободи се място")));

        HttpResponse<String> unknown = http.get("/registrations/cancel/nothing-here?lang=bg");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("Няма регистрация с тази връзка"), unknown.body());
    }

    @Test
    void aMailServerThatIsDownLosesNoRegistrationAndItsMailGoesOutWhenTheServerIsBack() {
        long event = event(http, 1).getJsonNumber("id").longValue();
        mailbox.stop();
        String mail = email("nosmtp");
        HttpResponse<String> r = register(http, event, person(mail, "en").build().toString());
        assertEquals(201, r.statusCode(), r.body());
        assertEquals("CONFIRMED", Http.json(r).getString("status"));
        assertEquals(List.of(mail), stored(http, event).getJsonArray("registrations").stream()
                .map(x -> x.asJsonObject().getString("email")).toList());
        assertEquals("CONFIRMED", http.getJson(path(location(r))).getString("status"));

        // the immediate attempt failed: the mail waits in the outbox, with the failure counted and said
        JsonObject pending = outboxUntil(http, mail, m -> m.size() == 1 && m.get(0).getInt("attempts") >= 1, "counted a failure").get(0);
        assertEquals("PENDING", pending.getString("status"), pending.toString());
        assertEquals("REGISTRATION_CONFIRMED", pending.getString("kind"));
        assertFalse(pending.getString("lastError").isBlank(), pending.toString());
        assertFalse(pending.getString("lastError").contains("\n\tat "), "no stack trace: " + pending);

        mailbox.start(); // the mail server is back: the retry timer sends the mail, once
        MimeMessage sent = mailbox.await(mail, 1).get(0);
        assertTrue(Mailbox.subject(sent).startsWith("Your registration is confirmed"), Mailbox.subject(sent));
        assertEquals(List.of("SENT"), outboxUntil(http, mail, m -> m.get(0).getString("status").equals("SENT"), "was sent")
                .stream().map(m -> m.getString("status")).toList());
        assertEquals(1, mailbox.to(mail).size(), "sent once");
    }

    private String path(String location) {
        return location.substring(http.baseUrl().length());
    }
}
