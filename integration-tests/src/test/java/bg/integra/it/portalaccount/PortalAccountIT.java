package bg.integra.it.portalaccount;

import bg.integra.it.BackOffice;
import bg.integra.it.Bundles;
import bg.integra.it.Http;
import bg.integra.it.Mailbox;
import bg.integra.it.Seeding;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The pages of the portal account, spoken to as a browser without JavaScript would (web.portalaccount): signing
 * up with the confirmation mail, signing in before and after confirming, the settings, the export of one's data,
 * the deletion that anonymises, the honeypot, a field message that keeps what was typed, a post from another site
 * refused, and a forgotten password reset by mail.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class PortalAccountIT {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");
    private static final String PASSWORD = "a long enough password";

    private final Http http = new Http();

    @RegisterExtension
    final Mailbox mailbox = new Mailbox();

    private static String format(String lang, String key, Object... args) {
        return new MessageFormat(Bundles.text(lang, key), Locale.forLanguageTag(lang)).format(args);
    }

    /** GETs a form (200, never stored) and answers its token. */
    private static String openForm(Http client, String path) {
        HttpResponse<String> r = client.get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""), path);
        assertTrue(r.headers().firstValue("ETag").isEmpty(), path + " must not be kept by the portal cache");
        Matcher m = FORM_TOKEN.matcher(r.body());
        assertTrue(m.find(), "no form token in " + r.body());
        return m.group(1);
    }

    private static Map<String, String> signUpFields(String token, String email, String handle) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("formToken", token);
        f.put("email", email);
        f.put("handle", handle);
        f.put("displayName", "Мария " + handle);
        f.put("language", "bg");
        f.put("password", PASSWORD);
        f.put("homepage", "");
        return f;
    }

    private static HttpResponse<String> signUp(Http client, String email, String handle) {
        return client.postForm("/account/sign-up", signUpFields(openForm(client, "/account/sign-up"), email, handle));
    }

    private static HttpResponse<String> signIn(Http client, String login, String password, String next) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("formToken", openForm(client, "/account/sign-in"));
        f.put("login", login);
        f.put("password", password);
        if (next != null) f.put("next", next);
        return client.postForm("/account/sign-in", f);
    }

    private static String location(HttpResponse<String> r) {
        return r.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no Location: " + r.statusCode() + " " + r.body()));
    }

    /** The path of the link in the last mail to the address that matches {@code /account/KIND/TOKEN}. */
    private String link(String to, int count, String kind) {
        String body = Mailbox.body(mailbox.await(to, count).get(count - 1));
        Matcher m = Pattern.compile("https?://[^/\\s]+(/account/" + kind + "/[A-Za-z0-9_-]+\\?lang=[a-z]{2})").matcher(body);
        assertTrue(m.find(), body);
        return m.group(1);
    }

    private JsonObject probe(long id) {
        return http.getJson("/test-support/portal-account?id=" + id);
    }

    @Test
    void aVisitorSignsUpConfirmsSetsExportsAndDeletesTheAccount() {
        String tag = Seeding.tag();
        String email = "acc-" + tag + "@example.bg";
        String handle = "acc-" + tag;
        Http visitor = new Http();

        HttpResponse<String> posted = signUp(visitor, email, handle);
        assertEquals(303, posted.statusCode(), posted.body());
        assertEquals("/account/check-mail", location(posted));
        assertTrue(visitor.get("/account/check-mail").body().contains(Bundles.text("bg", "portalAccount.checkMail.text")));
        String confirm = link(email, 1, "confirm");

        HttpResponse<String> early = signIn(visitor, email, PASSWORD, null);
        assertEquals(400, early.statusCode());
        assertTrue(early.body().contains(Bundles.text("bg", "portalAccount.signIn.unconfirmed")), early.body());

        HttpResponse<String> confirmed = visitor.get(confirm);
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        assertTrue(confirmed.body().contains(Bundles.text("bg", "portalAccount.confirm.done")), confirmed.body());
        HttpResponse<String> again = visitor.get(confirm);
        assertEquals(404, again.statusCode());
        assertTrue(again.body().contains(Bundles.text("bg", "portalAccount.confirm.unknown")), again.body());
        assertTrue(again.body().contains("href=\"/account/sign-up\""), again.body());

        // the account page sends a visitor who is not signed in to sign in, and back
        HttpResponse<String> away = visitor.get("/account/");
        assertEquals(303, away.statusCode());
        assertEquals("/account/sign-in?next=%2Faccount%2F", location(away));
        HttpResponse<String> in = signIn(visitor, email, PASSWORD, "/account/");
        assertEquals(303, in.statusCode(), in.body());
        assertEquals("/account/", location(in));
        assertEquals("/forum", location(signIn(new Http(), email, PASSWORD, "//evil.example/x")), "only a path of this site");

        HttpResponse<String> page = visitor.get("/account/");
        assertEquals(200, page.statusCode(), page.body());
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(page.body().contains("Мария " + handle), page.body());
        Matcher token = FORM_TOKEN.matcher(page.body());
        assertTrue(token.find());
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("formToken", token.group(1));
        settings.put("displayName", "Maria " + tag);
        settings.put("language", "en");
        settings.put("mailNotices", "yes");
        HttpResponse<String> saved = visitor.postForm("/account/", settings);
        assertEquals(303, saved.statusCode(), saved.body());
        assertEquals("/account/?saved=1&lang=en", location(saved));
        String savedPage = visitor.get(location(saved)).body();
        assertTrue(savedPage.contains(Bundles.text("en", "portalAccount.settings.saved")), savedPage);
        assertTrue(savedPage.contains("value=\"Maria " + tag + "\""), savedPage);

        HttpResponse<String> export = visitor.get("/account/export");
        assertEquals(200, export.statusCode(), export.body());
        assertTrue(export.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(export.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals("no-store", export.headers().firstValue("Cache-Control").orElse(""));
        JsonObject data = Http.json(export);
        JsonObject account = data.getJsonObject("account");
        assertEquals(handle, account.getString("handle"));
        assertEquals(email, account.getString("email"));
        assertEquals("Maria " + tag, account.getString("displayName"));
        assertEquals("en", account.getString("language"));
        assertTrue(account.getBoolean("mailNotices"));
        assertFalse(account.getBoolean("weeklyDigest"));
        assertEquals(0, data.getJsonArray("posts").size());
        long id = account.getJsonNumber("id").longValue();
        String mailKey = probe(id).getString("mailKey");
        assertFalse(export.body().contains(mailKey), "the export holds no secret");
        assertFalse(export.body().toLowerCase(Locale.ROOT).contains("hash"), export.body());
        HttpResponse<String> stranger = new Http().get("/account/export");
        assertEquals(303, stranger.statusCode(), "a stranger is sent to sign in");
        assertTrue(location(stranger).startsWith("/account/sign-in?next="), location(stranger));

        // the one-click link of the mails stops them at once
        HttpResponse<String> stopped = new Http().get("/account/stop-mails/" + mailKey);
        assertEquals(200, stopped.statusCode());
        assertTrue(stopped.body().contains(Bundles.text("bg", "portalAccount.stopMails.done")), stopped.body());
        assertFalse(probe(id).getBoolean("mailNotices"));
        assertEquals(404, new Http().get("/account/stop-mails/no-such-key-" + tag).statusCode());

        JsonObject forum = Http.json(http.postForm("/test-support/forum", Map.of()));
        http.postForm("/test-support/portal-account?id=" + id + "&watch=" + forum.getJsonNumber("topicId")
                + "&follow=" + forum.getJsonNumber("categoryId"), Map.of());
        assertEquals(1, probe(id).getInt("watches"));
        JsonObject exported = Http.json(visitor.get("/account/export"));
        assertEquals(forum.getJsonNumber("topicId").longValue(),
                exported.getJsonArray("watchedTopics").getJsonObject(0).getJsonNumber("topicId").longValue());
        assertEquals(forum.getString("categorySlug"),
                exported.getJsonArray("followedCategories").getJsonObject(0).getString("categorySlug"));

        String deleteToken = openForm(visitor, "/account/delete?lang=en");
        Map<String, String> delete = new LinkedHashMap<>();
        delete.put("formToken", deleteToken);
        delete.put("password", "not the password");
        delete.put("confirm", "yes");
        HttpResponse<String> refused = visitor.postForm("/account/delete?lang=en", delete);
        assertTrue(refused.body().contains(Bundles.text("en", "portalAccount.refused.password")), refused.body());
        assertEquals("ACTIVE", probe(id).getString("status"));
        delete.put("password", PASSWORD);
        delete.remove("confirm");
        refused = visitor.postForm("/account/delete?lang=en", delete);
        assertTrue(refused.body().contains(Bundles.text("en", "portalAccount.delete.confirmRequired")), refused.body());
        assertEquals("ACTIVE", probe(id).getString("status"));
        delete.put("confirm", "yes");
        HttpResponse<String> deleted = visitor.postForm("/account/delete?lang=en", delete);
        assertEquals(200, deleted.statusCode(), deleted.body());
        assertTrue(deleted.body().contains(Bundles.text("en", "portalAccount.delete.done")), deleted.body());

        JsonObject gone = probe(id);
        assertEquals("DELETED", gone.getString("status"));
        assertEquals("deleted-" + id, gone.getString("handle"));
        assertFalse(gone.getBoolean("hasEmail"));
        assertFalse(gone.getBoolean("hasPassword"));
        assertEquals(0, gone.getInt("watches"));
        assertEquals(0, gone.getInt("follows"));
        assertEquals(0, http.getJson("/test-support/mail-outbox?to=" + Http.enc(email)).getJsonArray("mails").size(),
                "the mails to the address are gone");
        assertEquals(303, visitor.get("/account/").statusCode(), "signed out");
        // the trail names who did it and what changed, never the address or name themselves
        var trail = http.getJson("/test-support/audit-entries?type=PORTAL_ACCOUNT&id=" + id).getJsonArray("entries");
        JsonObject export1 = trail.getJsonObject(0);
        assertEquals("EXPORT", export1.getString("action"));
        JsonObject erase = trail.getJsonObject(trail.size() - 1);
        assertEquals("ERASE", erase.getString("action"));
        assertEquals("portal:" + handle, erase.getString("username"));
        assertTrue(erase.getJsonArray("fields").toString().contains("\"email\""), erase.toString());
        assertFalse(trail.toString().contains(email), "no address in the trail");
        HttpResponse<String> after = signIn(new Http(), email, PASSWORD, null);
        assertEquals(400, after.statusCode());
        assertTrue(after.body().contains(Bundles.text("bg", "portalAccount.signIn.invalid")), after.body());
        // the address and the handle are free again
        assertEquals(303, signUp(new Http(), email, handle).statusCode());
        link(email, 2, "confirm");
    }

    @Test
    void aFilledHoneypotAnswersAsIfItWorkedButStoresNothing() {
        String tag = Seeding.tag();
        String email = "bot-" + tag + "@example.bg";
        String handle = "bot-" + tag;
        Map<String, String> fields = signUpFields(openForm(http, "/account/sign-up"), email, handle);
        fields.put("homepage", "https://spam.example");
        HttpResponse<String> posted = http.postForm("/account/sign-up", fields);
        assertEquals(303, posted.statusCode(), posted.body());
        assertEquals("/account/check-mail", location(posted));
        // nothing stored: the handle is free for someone else, and no mail went to the address
        HttpResponse<String> person = signUp(new Http(), "person-" + tag + "@example.bg", handle);
        assertEquals(303, person.statusCode(), person.body());
        link("person-" + tag + "@example.bg", 1, "confirm");
        assertEquals(0, http.getJson("/test-support/mail-outbox?to=" + Http.enc(email)).getJsonArray("mails").size());
    }

    @Test
    void aBadAddressIsShownAtItsFieldWithWhatWasTypedButNotThePassword() {
        String tag = Seeding.tag();
        String token = openForm(http, "/account/sign-up?lang=en");
        String html = openForm(http, "/account/sign-up?lang=en");
        assertEquals(token, html, "one visitor, one token");
        Map<String, String> fields = signUpFields(token, "not-an-address", "bad-" + tag);
        HttpResponse<String> r = http.postForm("/account/sign-up?lang=en", fields);
        assertEquals(200, r.statusCode(), r.body());
        String body = r.body();
        assertTrue(body.contains(Bundles.text("en", "regForm.error.malformed.email")), body);
        assertTrue(body.contains("class=\"error-summary\""), body);
        assertTrue(body.contains("<a href=\"#acc-email\">"), body);
        assertTrue(Pattern.compile("id=\"acc-email\" name=\"email\" value=\"not-an-address\"[^>]*aria-invalid=\"true\""
                + "[^>]*aria-describedby=\"acc-email-error\"").matcher(body).find(), body);
        assertTrue(body.contains("id=\"acc-email-error\""), body);
        assertTrue(body.contains("value=\"bad-" + tag + "\""), "the handle is kept");
        assertTrue(body.contains("value=\"Мария bad-" + tag + "\""), "the display name is kept");
        assertFalse(body.contains(PASSWORD), "a password is never sent back");
        assertTrue(body.contains("<title>" + Bundles.text("en", "regForm.errorTitle") + ": "), "the title says it failed");
        assertTrue(body.contains("aria-hidden=\"true\""), "the honeypot is hidden from people");
        assertTrue(Pattern.compile("name=\"homepage\" tabindex=\"-1\"").matcher(body).find(), body);
    }

    @Test
    void aPostFromAnotherSiteIsRefused() {
        String tag = Seeding.tag();
        String email = "csrf-" + tag + "@example.bg";
        Http stranger = new Http();
        HttpResponse<String> r = stranger.postForm("/account/sign-up", signUpFields("made-up-token-xxxxxxxxx", email, "csrf-" + tag));
        assertEquals(403, r.statusCode(), r.body());
        assertTrue(r.body().contains(Bundles.text("bg", "portalAccount.expired")), r.body());
        assertEquals(0, http.getJson("/test-support/mail-outbox?to=" + Http.enc(email)).getJsonArray("mails").size());
        assertEquals(403, stranger.postForm("/account/sign-in", Map.of("login", email, "password", PASSWORD)).statusCode());

        // signed in, a form without the session's token changes nothing
        JsonObject seed = Http.json(http.postForm("/test-support/forum", Map.of()));
        Http member = new Http();
        assertEquals(303, signIn(member, seed.getString("memberEmail"), seed.getString("password"), null).statusCode());
        HttpResponse<String> forged = member.postForm("/account/", Map.of("displayName", "Forged " + tag, "language", "bg"));
        assertEquals(403, forged.statusCode());
        assertEquals(403, member.postForm("/account/sign-out", Map.of("formToken", "wrong")).statusCode());
        assertNotEquals("Forged " + tag, probe(seed.getJsonNumber("memberId").longValue()).getString("displayName"));
        assertEquals(200, member.get("/account/").statusCode(), "still signed in");

        // the member's export lists the topic it wrote; signing out with the token ends the session
        JsonObject data = Http.json(member.get("/account/export"));
        JsonValue first = data.getJsonArray("posts").get(0);
        assertEquals(seed.getJsonNumber("topicId").longValue(), first.asJsonObject().getJsonNumber("topicId").longValue());
        assertEquals(1, first.asJsonObject().getInt("number"));
        Matcher token = FORM_TOKEN.matcher(member.get("/account/sign-out").body());
        assertTrue(token.find());
        HttpResponse<String> out = member.postForm("/account/sign-out", Map.of("formToken", token.group(1)));
        assertEquals(303, out.statusCode());
        assertEquals(303, member.get("/account/").statusCode(), "signed out");
    }

    @Test
    void aForgottenPasswordIsResetByMail() {
        JsonObject seed = Http.json(http.postForm("/test-support/forum", Map.of()));
        String email = seed.getString("basicEmail");
        String old = seed.getString("password");
        String fresh = "a brand new password " + Seeding.tag();

        HttpResponse<String> unknown = http.postForm("/account/reset", Map.of("formToken", openForm(http, "/account/reset"),
                "email", "nobody-" + Seeding.tag() + "@example.bg"));
        HttpResponse<String> known = http.postForm("/account/reset", Map.of("formToken", openForm(http, "/account/reset"),
                "email", email));
        assertEquals(200, known.statusCode(), known.body());
        assertTrue(known.body().contains(Bundles.text("bg", "portalAccount.reset.sent")), known.body());
        assertTrue(unknown.body().contains(Bundles.text("bg", "portalAccount.reset.sent")), "the same answer for anyone");
        String reset = link(email, 1, "reset");

        Http visitor = new Http();
        String token = openForm(visitor, reset);
        HttpResponse<String> mismatch = visitor.postForm(reset, Map.of("formToken", token, "password", fresh, "password2", fresh + "x"));
        assertTrue(mismatch.body().contains(Bundles.text("bg", "portalAccount.error.mismatch")), mismatch.body());
        HttpResponse<String> tooShort = visitor.postForm(reset, Map.of("formToken", token, "password", "short", "password2", "short"));
        assertTrue(tooShort.body().contains(format("bg", "regForm.error.tooShort", 10)), tooShort.body());
        HttpResponse<String> done = visitor.postForm(reset, Map.of("formToken", token, "password", fresh, "password2", fresh));
        assertEquals(200, done.statusCode(), done.body());
        assertTrue(done.body().contains(Bundles.text("bg", "portalAccount.newPassword.done")), done.body());
        assertEquals(404, visitor.get(reset).statusCode(), "the link works once");

        assertEquals(400, signIn(new Http(), email, old, null).statusCode(), "the old password no longer works");
        assertEquals(303, signIn(new Http(), email, fresh, null).statusCode(), "the new one does");
    }

    @Test
    void aStaffMembersLinkedAccountIsNotDeletedHere() {
        Http staff = new Http();
        HttpResponse<String> in = signIn(staff, "admin", BackOffice.adminPassword(), "/account/delete");
        assertEquals(303, in.statusCode(), in.body());
        HttpResponse<String> page = staff.get("/account/delete");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(Bundles.text("bg", "portalAccount.refused.staff")), page.body());
        assertFalse(page.body().contains("name=\"password\""), "no form to delete it");
    }
}
