package bg.integra.it.privacy;

import bg.integra.common.NotFoundException;
import bg.integra.content.Content;
import bg.integra.event.Event;
import bg.integra.it.BackOffice;
import bg.integra.it.Http;
import bg.integra.organisation.Organisation;
import bg.integra.privacy.PersonalDataService;
import bg.integra.privacy.RetentionJob;
import bg.integra.project.Project;
import bg.integra.registration.Registrant;
import bg.integra.registration.Registration;
import bg.integra.registration.RegistrationService;
import bg.integra.registration.RegistrationStatus;
import bg.integra.testsupport.MailSeeds;
import bg.integra.testsupport.PersonalDataSeeds;
import bg.integra.testsupport.TestData;
import bg.integra.testsupport.runas.AsAdministrator;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static bg.integra.it.Failures.assertFails;
import static bg.integra.it.Failures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Personal data of participants inside the server: the export holds everything stored about the person, erasure
 * anonymises without changing any count and frees the e-mail, neither leaves personal data in the audit trail,
 * coordinators act only on their own organisation's events, and the retention job erases only registrations of
 * events that ended before the retention period, once.
 */
@ExtendWith(ArquillianExtension.class)
class PersonalDataIT {

    @Inject
    PersonalDataService personalData;

    @Inject
    RetentionJob retention;

    @Inject
    RegistrationService registrations;

    @Inject
    PersonalDataSeeds seeds;

    @Inject
    TestData data;

    @Inject
    AsAdministrator admin;

    @Inject
    MailSeeds mails;

    private static LocalDateTime now() {
        return LocalDateTime.now(Content.ZONE).withNano(0);
    }

    private Project project(String tag) {
        Organisation o = data.organisation("Сдружение " + tag);
        return data.project(o, "Проект " + tag, null);
    }

    private Registration registerForFuture(Event event, String name, String email) {
        return registrations.register(event.getId(), new Registrant(name, "Фондация " + name, "Координатор",
                "MEDIA", email, "+359 2 987 6543", "ru"), true, RegistrationService.CONSENT_VERSION);
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private void assertNoPersonalDataInTheAudit(String... values) {
        for (String value : values) assertEquals(0, seeds.auditRowsContaining(value), "an audit row holds " + value);
    }

    @Test
    void theExportHoldsEverythingStoredAboutThePersonAndIsAudited() {
        String tag = TestData.unique("x");
        Project p = project(tag);
        Event past = seeds.event("past-" + tag, p, now().minusMonths(2));
        Event future = seeds.event("future-" + tag, p, now().plusDays(30));
        String email = "export-" + tag + "@example.org";
        Registration attended = seeds.registration(past.getId(), "Анна " + tag, email, "NGO", RegistrationStatus.CONFIRMED, true);
        Registration upcoming = registerForFuture(future, "Анна " + tag, email.toUpperCase());
        seeds.registration(past.getId(), "Друг " + tag, "other-" + email, "NGO", RegistrationStatus.CONFIRMED, false);

        JsonObject export = parse(admin.call(() -> personalData.export("  " + email.toUpperCase() + " ")));
        assertEquals(email, export.getString("email"));
        JsonArray list = export.getJsonArray("registrations");
        assertEquals(2, list.size(), "only this person's registrations: " + list);

        JsonObject first = list.getJsonObject(0);
        assertEquals(attended.getId().longValue(), first.getJsonNumber("id").longValue());
        assertEquals("Анна " + tag, first.getString("name"));
        assertEquals("Организация Анна " + tag, first.getString("organisation"));
        assertEquals("Длъжност Анна " + tag, first.getString("role"));
        assertEquals(email, first.getString("email"));
        assertTrue(first.getString("phone").startsWith("+359 88 "), first.toString());
        assertEquals("NGO", first.getString("targetGroup"));
        assertEquals("en", first.getString("language"));
        assertEquals(RegistrationService.CONSENT_VERSION, first.getString("consentVersion"));
        assertNotNull(first.getString("consentAt"));
        assertEquals("CONFIRMED", first.getString("status"));
        assertTrue(first.getBoolean("attended"));
        assertEquals("registrar-test", first.getString("attendanceMarkedBy"));
        assertNotNull(first.getString("attendedAt"));
        assertEquals(past.getId().longValue(), first.getJsonObject("event").getJsonNumber("id").longValue());
        assertEquals("Семинар past-" + tag, first.getJsonObject("event").getString("title"));
        assertEquals(p.getContractNumber().value(), first.getJsonObject("event").getJsonObject("project").getString("contractNumber"));

        JsonObject second = list.getJsonObject(1);
        assertEquals(upcoming.getId().longValue(), second.getJsonNumber("id").longValue());
        assertEquals("Фондация Анна " + tag, second.getString("organisation"));
        assertEquals("Координатор", second.getString("role"));
        assertEquals("+359 2 987 6543", second.getString("phone"));
        assertEquals("MEDIA", second.getString("targetGroup"));
        assertEquals("ru", second.getString("language"));
        assertFalse(second.getBoolean("attended"));
        assertFalse(second.containsKey("erasedAt"));

        for (Registration r : List.of(attended, upcoming)) {
            List<String> rows = seeds.auditRows("REGISTRATION", r.getId());
            assertTrue(rows.stream().anyMatch(row -> row.startsWith("admin EXPORT " + p.getId() + " ")), rows.toString());
        }
        assertNoPersonalDataInTheAudit(email, "Анна " + tag, "987 6543");
    }

    @Test
    void erasureAnonymisesKeepsEveryCountAndFreesTheEMail() {
        String tag = TestData.unique("z");
        Project p = project(tag);
        Event past = seeds.event("past-" + tag, p, now().minusMonths(1));
        Event future = seeds.event("future-" + tag, p, now().plusDays(20));
        String email = "erase-" + tag + "@example.org";
        String name = "Петър " + tag;
        Registration attended = seeds.registration(past.getId(), name, email, "IMMIGRANT_COMMUNITY", RegistrationStatus.CONFIRMED, true);
        seeds.registration(past.getId(), "Друг " + tag, "other-" + email, "IMMIGRANT_COMMUNITY", RegistrationStatus.CONFIRMED, true);
        seeds.registration(past.getId(), "Трети " + tag, "third-" + email, "NGO", RegistrationStatus.CANCELLED, false);
        Registration upcoming = registerForFuture(future, name, email);
        String oldToken = upcoming.getCancelToken();
        List<List<Object>> pastCounts = seeds.counts(past.getId());
        List<List<Object>> futureCounts = seeds.counts(future.getId());
        assertEquals("reg.duplicate", assertFails(bg.integra.common.ConflictException.class,
                () -> registerForFuture(future, name, email)).reason(), "registered already, before the erasure");

        assertEquals(1, mails.mails(email).size(), "the confirmation of the upcoming registration is in the mail outbox");
        String bystander = "bystander-" + email;
        mails.mail(bystander, "SENT", now(), now());

        assertEquals(2, admin.call(() -> personalData.erase(email)));
        assertEquals(List.of(), mails.mails(email), "the person's mails left the outbox with the registrations");
        assertEquals(1, mails.mails(bystander).size(), "another person's mail stays");

        assertEquals(pastCounts, seeds.counts(past.getId()), "counts by status, target group and attendance");
        assertEquals(futureCounts, seeds.counts(future.getId()));
        for (Registration before : List.of(attended, upcoming)) {
            Registration r = seeds.reload(before.getId());
            assertEquals("erased-" + r.getId(), r.getName());
            assertEquals("erased-" + r.getId() + "@erased.invalid", r.getEmail());
            assertNull(r.getOrganisation());
            assertNull(r.getRole());
            assertNull(r.getPhone());
            assertNotNull(r.getErasedAt());
            assertEquals(before.getTargetGroup().getCode(), r.getTargetGroup().getCode());
            assertEquals(before.getStatus(), r.getStatus());
            assertEquals(before.getConsentVersion(), r.getConsentVersion());
            assertNotEquals(before.getCancelToken(), r.getCancelToken());
            List<String> rows = seeds.auditRows("REGISTRATION", r.getId());
            assertTrue(rows.stream().anyMatch(row -> row.startsWith("admin ERASE " + p.getId() + " ")), rows.toString());
        }
        assertNotNull(seeds.reload(attended.getId()).getAttendedAt(), "attendance stays");
        assertFails(NotFoundException.class, () -> registrations.registration(oldToken));
        assertEquals(List.of(), admin.call(() -> personalData.find(email)), "nothing is left under the address");
        assertEquals(0, admin.call(() -> personalData.erase(email)), "erasing again changes nothing");
        assertNoPersonalDataInTheAudit(email, name, "987 6543", "Организация " + name, "Фондация " + name);

        Registration again = registerForFuture(future, name, email);
        assertEquals(RegistrationStatus.CONFIRMED, again.getStatus(), "the e-mail may register again");
        assertEquals(1, admin.call(() -> personalData.find(email)).size());
    }

    @Test
    void onlyStaffWithARoleMayTouchPersonalData() {
        assertRefused(() -> personalData.find("someone@example.org"));
        assertRefused(() -> personalData.export("someone@example.org"));
        assertRefused(() -> personalData.erase("someone@example.org"));
        assertRefused(() -> retention.runAsOf(now()));
    }

    @Test
    @RunAsClient
    void aCoordinatorFindsExportsAndErasesOnlyTheirOwnOrganisationsRegistrationsOnThePage() {
        JsonObject s = Http.json(new Http().postForm("/test-support/personal-data", Map.of()));
        String email = s.getString("email");
        long mine = s.getJsonNumber("ownRegistrationId").longValue();
        long theirs = s.getJsonNumber("otherRegistrationId").longValue();
        BackOffice coordinator = new BackOffice().signInOrFail(s.getString("coordinator"), s.getString("password"));

        HttpResponse<String> page = coordinator.get("/admin/participants/");
        assertEquals(200, page.statusCode());
        BackOffice.Form search = BackOffice.Form.parse(page.body(), "form");
        search.set("form:email", " " + email.toUpperCase() + " ");
        HttpResponse<String> found = search.submit(coordinator.http(), search.button(":find"));
        assertEquals(200, found.statusCode());
        String text = BackOffice.text(found.body());
        assertTrue(text.contains(s.getString("ownEventTitle")), text);
        assertFalse(text.contains(s.getString("otherEventTitle")), "another organisation's event stays hidden: " + text);

        BackOffice.Form list = BackOffice.Form.parse(found.body(), "form");
        HttpResponse<String> download = list.submit(coordinator.http(), list.button(":export"));
        assertEquals(200, download.statusCode());
        assertTrue(download.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), download.headers().map().toString());
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        JsonArray exported = parse(download.body()).getJsonArray("registrations");
        assertEquals(1, exported.size(), download.body());
        assertEquals(mine, exported.getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(s.getString("name"), exported.getJsonObject(0).getString("name"));

        BackOffice.Form unconfirmed = BackOffice.Form.parse(found.body(), "form");
        HttpResponse<String> refused = unconfirmed.submit(coordinator.http(), unconfirmed.button(":erase"));
        assertTrue(BackOffice.text(refused.body()).contains("Отбележете полето"), "erasure needs the confirmation");
        assertFalse(registration(mine).getBoolean("erased"));

        BackOffice.Form confirmed = BackOffice.Form.parse(refused.body(), "form");
        assertTrue(refused.body().contains("name=\"form:confirm_input\""), "the confirmation box is on the page");
        confirmed.fields().put("form:confirm_input", "on"); // ticked, as a browser sends it
        HttpResponse<String> erased = confirmed.submit(coordinator.http(), confirmed.button(":erase"));
        assertTrue(BackOffice.text(erased.body()).contains("Изтрити регистрации: 1."), BackOffice.text(erased.body()));
        assertTrue(registration(mine).getBoolean("erased"));
        assertFalse(registration(theirs).getBoolean("erased"), "another organisation's registration is untouched");
        assertEquals(s.getString("name"), registration(theirs).getString("name"));

        HttpResponse<String> probe = coordinator.http().postForm("/test-support/probe", Map.of("what", "find", "email", email));
        assertEquals(200, probe.statusCode(), probe.body());
        assertEquals(0, Http.json(probe).getJsonArray("ids").size(), "the service, too, shows the coordinator nothing more");

        BackOffice editor = new BackOffice().signInOrFail(s.getString("editor"), s.getString("password"));
        assertEquals(404, editor.get("/admin/participants/").statusCode());
        assertEquals(403, editor.http().postForm("/test-support/probe", Map.of("what", "find", "email", email)).statusCode(),
                "the service refuses an editor");
    }

    private static JsonObject registration(long id) {
        return Http.json(new Http().get("/test-support/personal-data?id=" + id));
    }

    @Test
    void theRetentionJobErasesOnlyRegistrationsOfEventsEndedBeforeThePeriodAndOnlyOnce() {
        String tag = TestData.unique("k");
        Project p = project(tag);
        int months = admin.call(() -> retention.months());
        LocalDateTime longAgo = now().minusYears(12);
        Event old = seeds.event("old-" + tag, p, longAgo);                  // ended three hours after longAgo
        Event recent = seeds.event("recent-" + tag, p, longAgo.plusMonths(2));
        Registration expired = seeds.registration(old.getId(), "Стар " + tag, "old-" + tag + "@example.org", "NGO",
                RegistrationStatus.CONFIRMED, true);
        Registration kept = seeds.registration(recent.getId(), "Нов " + tag, "recent-" + tag + "@example.org", "NGO",
                RegistrationStatus.CONFIRMED, false);
        List<List<Object>> counts = seeds.counts(old.getId());

        // as of a day after the old event's retention ended, while the recent one's still runs
        LocalDateTime asOf = longAgo.plusMonths(months).plusDays(1);
        int erased = admin.call(() -> retention.runAsOf(asOf));
        assertTrue(erased >= 1, "erased " + erased);

        Registration gone = seeds.reload(expired.getId());
        assertTrue(gone.isErased());
        assertEquals("erased-" + gone.getId(), gone.getName());
        assertEquals(asOf, gone.getErasedAt());
        assertNotNull(gone.getAttendedAt());
        assertEquals(counts, seeds.counts(old.getId()));
        Registration stays = seeds.reload(kept.getId());
        assertFalse(stays.isErased());
        assertEquals("Нов " + tag, stays.getName());
        List<String> rows = seeds.auditRows("REGISTRATION", expired.getId());
        assertEquals(1, rows.size(), rows.toString());
        assertTrue(rows.get(0).startsWith("system ERASE " + p.getId() + " "), rows.get(0));
        assertNoPersonalDataInTheAudit("Стар " + tag, "old-" + tag + "@example.org");

        assertEquals(0, admin.call(() -> retention.runAsOf(asOf)), "a second run finds nothing to do");
        assertEquals(asOf, seeds.reload(expired.getId()).getErasedAt());
        assertEquals(1, seeds.auditRows("REGISTRATION", expired.getId()).size());

        // later, the recent one's time comes too
        assertTrue(admin.call(() -> retention.runAsOf(asOf.plusMonths(3))) >= 1);
        assertTrue(seeds.reload(kept.getId()).isErased());
    }
}
