package bg.integra.it.registration;

import bg.integra.it.Bundles;
import bg.integra.it.Http;
import bg.integra.it.Mailbox;
import bg.integra.it.Seeding;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static bg.integra.it.Registrations.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The public registration form, spoken to as a browser without JavaScript would: GET the form, POST it with the
 * form token of the visitor's cookie, follow the redirect to the result page. Success (confirmed, then the
 * waitlist with its place), each kind of bad input answered on the form with every typed value kept and nothing
 * stored, a duplicate refused kindly, a started event closed, and a POST without the visitor's token refused.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class RegistrationFormIT {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");

    private final Http http = new Http();

    @RegisterExtension
    final Mailbox mailbox = new Mailbox();

    private static String email(String who) {
        return who + "-" + Seeding.tag() + "@example.bg";
    }

    private static String format(String lang, String key, Object... args) {
        return new MessageFormat(Bundles.text(lang, key), Locale.forLanguageTag(lang)).format(args);
    }

    /** GETs the form and answers its token (the visitor's cookie is kept by the client). */
    private String openForm(String slug, String lang) {
        HttpResponse<String> form = http.get("/events/" + slug + "/register" + ("bg".equals(lang) ? "" : "?lang=" + lang));
        assertEquals(200, form.statusCode(), form.body());
        Matcher m = FORM_TOKEN.matcher(form.body());
        assertTrue(m.find(), "no form token in " + form.body());
        return m.group(1);
    }

    /** A complete, acceptable form for the e-mail address. */
    private static Map<String, String> fields(String token, String email) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("formToken", token);
        f.put("consentVersion", "2026-11");
        f.put("name", "Мария Иванова");
        f.put("organisation", "Община Хасково");
        f.put("role", "експерт");
        f.put("targetGroup", "LOCAL_AUTHORITY");
        f.put("email", email);
        f.put("phone", "+359 38 123 456");
        f.put("consent", "yes");
        return f;
    }

    private HttpResponse<String> send(String slug, String lang, Map<String, String> fields) {
        return http.postForm("/events/" + slug + "/register" + ("bg".equals(lang) ? "" : "?lang=" + lang), fields);
    }

    @Test
    void theFormIsAccessibleUncachedAndInThePageLanguage() {
        JsonObject event = event(http, 3);
        HttpResponse<String> r = http.get("/events/" + event.getString("slug") + "/register?lang=en");
        assertEquals(200, r.statusCode());
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(r.headers().firstValue("ETag").isEmpty(), "the form must not be kept by the portal cache");
        String html = r.body();
        assertTrue(Pattern.compile("<label for=\"reg-name\">" + Pattern.quote(Bundles.text("en", "regForm.name"))
                + "\\s*<span class=\"req\">" + Pattern.quote(Bundles.text("en", "regForm.required")) + "</span></label>")
                .matcher(html).find(), html);
        assertTrue(html.contains("id=\"reg-email\" name=\"email\""), html);
        assertTrue(html.contains("autocomplete=\"email\""), html);
        assertTrue(html.contains("autocomplete=\"tel\""), html);
        assertTrue(html.contains("<option value=\"IMMIGRANT_COMMUNITY\">Immigrant community</option>"), html);
        assertTrue(html.contains(Bundles.text("en", "reg.consent.purpose")), html);
        assertTrue(html.contains(format("en", "regForm.placesLeft", 3, 3)), html);
        assertFalse(html.contains("<script"), "the form needs no script");

        // the names of the target groups are in the page's language (V9 gave them all seven)
        assertTrue(http.get("/events/" + event.getString("slug") + "/register").body()
                .contains("<option value=\"LOCAL_AUTHORITY\">Местна власт</option>"));
        assertTrue(http.get("/events/" + event.getString("slug") + "/register?lang=ar").body()
                .contains("<option value=\"LOCAL_AUTHORITY\">السلطة المحلية</option>"));
    }

    @Test
    void aVisitorIsConfirmedThenTheNextIsWaitlistedAndTheEventPageFollows() {
        JsonObject event = event(http, 1);
        String slug = event.getString("slug");
        long id = event.getJsonNumber("id").longValue();
        assertTrue(http.get("/events/" + slug).body().contains(format("bg", "regForm.placesLeft", 1, 1)));

        String maria = email("maria");
        HttpResponse<String> posted = send(slug, "bg", fields(openForm(slug, "bg"), maria));
        assertEquals(303, posted.statusCode(), posted.body());
        String result = posted.headers().firstValue("Location").orElseThrow();
        assertTrue(result.matches("/events/" + slug + "/registered\\?r=[A-Za-z0-9_-]{22}"), result);
        HttpResponse<String> page = http.get(result);
        assertEquals(200, page.statusCode(), page.body());
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(page.body().contains(Bundles.text("bg", "regForm.done.confirmed")), page.body());
        assertTrue(page.body().contains(format("bg", "regForm.done.mail", maria)), page.body());
        MimeMessage mail = mailbox.await(maria, 1).get(0);
        assertTrue(Mailbox.body(mail).contains("Семинар " + event.getString("tag")), Mailbox.body(mail));

        // the cached event page is rendered again: no place left, the waitlist only
        String eventPage = http.get("/events/" + slug).body();
        assertTrue(eventPage.contains(Bundles.text("bg", "regForm.event.waitlistOnly")), eventPage);
        assertFalse(eventPage.contains(format("bg", "regForm.placesLeft", 1, 1)), eventPage);

        String john = email("john");
        Map<String, String> english = fields(openForm(slug, "en"), john);
        english.put("name", "John Smith");
        posted = send(slug, "en", english);
        assertEquals(303, posted.statusCode(), posted.body());
        result = posted.headers().firstValue("Location").orElseThrow();
        assertTrue(result.endsWith("&lang=en"), result);
        page = http.get(result);
        assertTrue(page.body().contains(format("en", "regForm.done.waitlisted", 1)), page.body());
        assertTrue(Mailbox.subject(mailbox.await(john, 1).get(0)).contains("waiting list"));
        String vera = email("vera");
        result = send(slug, "bg", fields(openForm(slug, "bg"), vera)).headers().firstValue("Location").orElseThrow();
        assertTrue(http.get(result).body().contains(format("bg", "regForm.done.waitlisted", 2)));

        JsonObject stored = stored(http, id);
        assertEquals(List.of(maria + "=CONFIRMED=LOCAL_AUTHORITY=bg", john + "=WAITLISTED=LOCAL_AUTHORITY=en",
                        vera + "=WAITLISTED=LOCAL_AUTHORITY=bg"),
                stored.getJsonArray("registrations").stream().map(JsonValue::asJsonObject)
                        .map(r -> r.getString("email") + "=" + r.getString("status") + "=" + r.getString("targetGroup")
                                + "=" + r.getString("language")).toList());

        // a result page is only for the event it belongs to, and an unknown key is not found
        assertEquals(404, http.get(result.replace("/events/" + slug + "/", "/events/" + seedOtherEvent() + "/")).statusCode());
        assertEquals(404, http.get("/events/" + slug + "/registered?r=AAAAAAAAAAAAAAAAAAAAAA").statusCode());
    }

    private String seedOtherEvent() {
        return event(http, (Integer) null).getString("slug");
    }

    @Test
    void eachBadInputGetsItsMessageKeepsWhatWasTypedAndStoresNothing() {
        JsonObject event = event(http, 5);
        String slug = event.getString("slug");
        String token = openForm(slug, "bg");
        String longName = "Мария " + "И".repeat(200);

        Map<String, String> f = fields(token, email("long"));
        f.put("name", longName);
        assertOnlyProblem(send(slug, "bg", f), "name", format("bg", "regForm.error.tooLong", 200, Bundles.text("bg", "regForm.name")));

        f = fields(token, "maria.example.bg");
        assertOnlyProblem(send(slug, "bg", f), "email", Bundles.text("bg", "regForm.error.malformed.email"));

        f = fields(token, email("noconsent"));
        f.remove("consent");
        HttpResponse<String> noConsent = send(slug, "bg", f);
        assertOnlyProblem(noConsent, "consent", Bundles.text("bg", "regForm.error.consentRequired"));
        assertFalse(noConsent.body().contains("checked=\"checked\""), "an unticked box stays unticked");

        f = fields(token, email("group"));
        f.put("targetGroup", "ASTRONAUTS");
        assertOnlyProblem(send(slug, "bg", f), "targetGroup", Bundles.text("bg", "regForm.error.notOneOf.targetGroup"));

        // several at once: the summary lists them in the order of the form, every typed value is kept
        f = fields(token, "maria@");
        f.put("name", "");
        f.put("phone", "call me");
        HttpResponse<String> several = send(slug, "bg", f);
        String html = several.body();
        int name = html.indexOf("<li><a href=\"#reg-name\">" + Bundles.text("bg", "regForm.error.required.name") + "</a></li>");
        int email = html.indexOf("<li><a href=\"#reg-email\">" + Bundles.text("bg", "regForm.error.malformed.email") + "</a></li>");
        int phone = html.indexOf("<li><a href=\"#reg-phone\">" + Bundles.text("bg", "regForm.error.malformed.phone") + "</a></li>");
        assertTrue(name > 0 && email > name && phone > email, html);
        assertTrue(html.contains("value=\"maria@\""), html);
        assertTrue(html.contains("value=\"call me\""), html);
        assertTrue(html.contains("value=\"Община Хасково\""), html);
        assertTrue(html.contains("<option value=\"LOCAL_AUTHORITY\" selected=\"selected\">"), html);
        assertTrue(html.contains("checked=\"checked\""), html);
        assertTrue(html.contains("<title>" + Bundles.text("bg", "regForm.errorTitle") + ": "), html);

        assertEquals(0, total(stored(http, event.getJsonNumber("id").longValue())));
    }

    /** The form came back (200) with the one field marked, described by its message, which the summary links to. */
    private static void assertOnlyProblem(HttpResponse<String> r, String field, String message) {
        String html = r.body();
        assertEquals(200, r.statusCode(), html);
        assertTrue(html.contains("<li><a href=\"#reg-" + field + "\">" + message + "</a></li>"), field + ": " + html);
        assertTrue(html.contains("id=\"reg-" + field + "-error\">" + message + "<"), field + ": " + html);
        Matcher input = Pattern.compile("<(?:input|select)[^>]*id=\"reg-" + field + "\"[^>]*>").matcher(html);
        assertTrue(input.find(), html);
        assertTrue(input.group().contains("aria-invalid=\"true\""), input.group());
        assertTrue(input.group().contains("aria-describedby=\"reg-" + field + "-error\""), input.group());
        assertEquals(1, html.split("aria-invalid=\"true\"", -1).length - 1, field + " only: " + html);
    }

    @Test
    void aSecondRegistrationWithTheSameEmailIsRefusedKindly() {
        JsonObject event = event(http, 5);
        String slug = event.getString("slug");
        String mail = email("twice");
        assertEquals(303, send(slug, "bg", fields(openForm(slug, "bg"), mail)).statusCode());

        HttpResponse<String> again = send(slug, "en", fields(openForm(slug, "en"), "  " + mail.toUpperCase(Locale.ROOT)));
        assertEquals(200, again.statusCode(), again.body());
        assertTrue(again.body().contains(Bundles.text("en", "regForm.duplicate")), again.body());
        assertFalse(again.body().contains("<form class=\"register\""), "no form to send again");
        assertEquals(1, total(stored(http, event.getJsonNumber("id").longValue())));
    }

    @Test
    void aStartedEventIsClosedOnItsPageAndOnTheFormAndStoresNothing() {
        JsonObject open = event(http, 5);
        String token = openForm(open.getString("slug"), "bg"); // the visitor's token, from a form that is open
        JsonObject started = event(http, Map.of("startsInHours", "-1", "capacity", "10"));
        String slug = started.getString("slug");

        String eventPage = http.get("/events/" + slug).body();
        assertTrue(eventPage.contains(Bundles.text("bg", "regForm.event.closed")), eventPage);
        assertFalse(eventPage.contains("/register\""), eventPage);
        String form = http.get("/events/" + slug + "/register").body();
        assertTrue(form.contains(Bundles.text("bg", "regForm.closed")), form);
        assertFalse(form.contains("<form class=\"register\""), form);

        HttpResponse<String> posted = send(slug, "bg", fields(token, email("late")));
        assertEquals(200, posted.statusCode(), posted.body());
        assertTrue(posted.body().contains(Bundles.text("bg", "regForm.closed")), posted.body());
        assertEquals(0, total(stored(http, started.getJsonNumber("id").longValue())));
    }

    @Test
    void aPostWithoutTheVisitorsFormTokenIsRefusedAndStoresNothing() {
        JsonObject event = event(http, 5);
        String slug = event.getString("slug");
        String token = openForm(slug, "bg");
        Http foreign = new Http(); // another site's page posting in the visitor's name has neither cookie nor token
        HttpResponse<String> posted = foreign.postForm("/events/" + slug + "/register", fields(token, email("csrf")));
        assertEquals(200, posted.statusCode(), posted.body());
        assertTrue(posted.body().contains(Bundles.text("bg", "regForm.expired")), posted.body());

        Map<String, String> forged = fields("AAAAAAAAAAAAAAAAAAAAAA", email("forged"));
        assertTrue(send(slug, "bg", forged).body().contains(Bundles.text("bg", "regForm.expired")));
        assertEquals(0, total(stored(http, event.getJsonNumber("id").longValue())));

        assertEquals(404, http.get("/events/no-such-event-" + Seeding.tag().toLowerCase(Locale.ROOT) + "/register").statusCode());
    }
}
