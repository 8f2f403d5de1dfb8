package bg.integra.it.audit;

import bg.integra.audit.AuditAction;
import bg.integra.audit.AuditEntry;
import bg.integra.audit.AuditQuery;
import bg.integra.audit.AuditTrail;
import bg.integra.audit.AuditedType;
import bg.integra.audit.FieldChange;
import bg.integra.common.PageRequest;
import bg.integra.common.Region;
import bg.integra.content.Content;
import bg.integra.content.ContentService;
import bg.integra.content.ContentText;
import bg.integra.event.Event;
import bg.integra.it.BackOffice;
import bg.integra.it.Http;
import bg.integra.organisation.Organisation;
import bg.integra.project.EventKind;
import bg.integra.project.Indicator;
import bg.integra.project.Project;
import bg.integra.project.ProjectService;
import bg.integra.project.ProjectStatus;
import bg.integra.registration.Registrant;
import bg.integra.registration.Registration;
import bg.integra.registration.RegistrationService;
import bg.integra.registration.RegistrationStatus;
import bg.integra.testsupport.PersonalDataSeeds;
import bg.integra.testsupport.RegistrationSeeds;
import bg.integra.testsupport.TestData;
import bg.integra.testsupport.runas.AsAdministrator;
import bg.integra.testsupport.runas.RolledBack;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static bg.integra.it.Failures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit trail inside the server: each kind of change leaves one entry with the user from the security context
 * and the fields that changed (personal data only as "changed"), a rolled-back change leaves none, and only
 * administrators read the trail, in the service and on the page.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    @Inject
    AuditTrail audit;

    @Inject
    ProjectService projects;

    @Inject
    ContentService content;

    @Inject
    RegistrationService registrations;

    @Inject
    RegistrationSeeds registrationSeeds;

    @Inject
    PersonalDataSeeds seeds;

    @Inject
    TestData data;

    @Inject
    AsAdministrator admin;

    @Inject
    RolledBack rolledBack;

    private List<AuditEntry> entries(AuditedType type, long id) {
        return admin.call(() -> audit.list(AuditQuery.of(type, id), new PageRequest(0, 50)).items());
    }

    private static FieldChange change(AuditEntry entry, String field) {
        return entry.getChanges().stream().filter(c -> c.field().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError("No change of " + field + " in " + entry.getChanges()));
    }

    private Project project(String title) {
        Organisation o = data.organisation("Сдружение " + TestData.unique("aud"));
        return data.project(o, title, null);
    }

    @Test
    void aProjectEditIsRecordedWithTheUserAndTheChangedFields() {
        String title = "Одит " + TestData.unique("p");
        Project p = project(title);
        Project edited = projects.get(p.getId());
        edited.setStatus(ProjectStatus.RUNNING);
        edited.setText("bg", title + " (нов)", "Резюме " + title);
        admin.call(() -> projects.update(edited));

        List<AuditEntry> found = entries(AuditedType.PROJECT, p.getId());
        assertEquals(1, found.size(), found::toString);
        AuditEntry e = found.get(0);
        assertEquals("admin", e.getUsername());
        assertEquals(AuditAction.UPDATE, e.getAction());
        assertEquals(p.getId(), e.getProjectId());
        assertEquals(new FieldChange("status", "PLANNED", "RUNNING", false), change(e, "status"));
        assertEquals(new FieldChange("title.bg", title, title + " (нов)", false), change(e, "title.bg"));
        assertEquals(2, e.getChanges().size(), "the summary did not change: " + e.getChanges());

        // the same save again changes nothing and records nothing
        Project again = projects.get(p.getId());
        admin.call(() -> projects.update(again));
        assertEquals(1, entries(AuditedType.PROJECT, p.getId()).size());

        // filters of the page: by user, by project, by day
        List<AuditEntry> byProject = admin.call(() -> audit.list(new AuditQuery("admin", null, null, p.getId(),
                e.getOccurredAt().toLocalDate(), e.getOccurredAt().toLocalDate()), new PageRequest(0, 50)).items());
        assertEquals(List.of(e.getId()), byProject.stream().map(AuditEntry::getId).toList());
        assertEquals(0, admin.call(() -> audit.list(new AuditQuery("someone-else", null, null, p.getId(), null, null),
                new PageRequest(0, 50)).totalItems()));
        assertEquals(0, admin.call(() -> audit.list(new AuditQuery(null, null, null, p.getId(),
                e.getOccurredAt().toLocalDate().plusDays(1), null), new PageRequest(0, 50)).totalItems()));
    }

    @Test
    void anIndicatorChangeIsRecordedUnderItsProject() {
        Project p = project("Показатели " + TestData.unique("i"));
        Indicator indicator = projects.get(p.getId()).getIndicators().get(0);
        indicator.setAchieved(3);
        admin.call(() -> projects.updateIndicator(indicator));

        List<AuditEntry> found = entries(AuditedType.INDICATOR, indicator.getId());
        assertEquals(1, found.size(), found::toString);
        AuditEntry e = found.get(0);
        assertEquals("admin", e.getUsername());
        assertEquals(AuditAction.UPDATE, e.getAction());
        assertEquals(p.getId(), e.getProjectId());
        assertEquals(List.of(new FieldChange("achieved", "1", "3", false)), e.getChanges());
    }

    @Test
    void creatingAndPublishingAnEventAreRecorded() {
        Project p = project("Събития " + TestData.unique("e"));
        String title = "Семинар " + TestData.unique("e");
        Event draft = new Event(EventKind.SEMINAR, new ContentText(title, null, "<p>Програма</p>"),
                LocalDateTime.now(Content.ZONE).plusDays(20).withNano(0), "Зала 1", Region.SOFIA_CITY);
        draft.setProject(p);
        Event created = admin.call(() -> content.create(draft));
        admin.call(() -> content.publish(created.getId(), created.getVersion()));

        List<AuditEntry> found = entries(AuditedType.EVENT, created.getId());
        assertEquals(2, found.size(), found::toString);
        AuditEntry publish = found.get(0);
        AuditEntry create = found.get(1);
        assertEquals(AuditAction.CREATE, create.getAction());
        assertEquals(new FieldChange("title.bg", null, title, false), change(create, "title.bg"));
        assertEquals("Зала 1", change(create, "venue").newValue());
        assertEquals(AuditAction.PUBLISH, publish.getAction());
        assertEquals("admin", publish.getUsername());
        assertEquals(p.getId(), publish.getProjectId());
        assertEquals(new FieldChange("status", "DRAFT", "PUBLISHED", false), change(publish, "status"));
        assertNull(change(publish, "publishedAt").oldValue());
    }

    @Test
    void aRegistrationItsCancelAndThePromotionAreRecordedAsAnonymousWithoutPersonalData() {
        Project p = project("Регистрации " + TestData.unique("r"));
        String tag = TestData.unique("r");
        Event event = registrationSeeds.event(tag, p, LocalDateTime.now(Content.ZONE).plusDays(10), Region.HASKOVO,
                EventKind.SEMINAR, 1, true);
        String email = tag + "@example.org";
        Registration first = registrations.register(event.getId(), new Registrant("Мария Иванова " + tag, "Фондация " + tag,
                "Експерт", "NGO", email, "+359 88 765 4321", "bg"), true, null);
        Registration second = registrations.register(event.getId(), new Registrant("Али Хасан " + tag, null, null,
                "IMMIGRANT_COMMUNITY", "second-" + email, null, "ar"), true, null);
        assertEquals(RegistrationStatus.WAITLISTED, second.getStatus());
        registrations.cancel(first.getCancelToken());

        List<AuditEntry> firstEntries = entries(AuditedType.REGISTRATION, first.getId());
        assertEquals(List.of(AuditAction.CANCEL, AuditAction.CREATE), firstEntries.stream().map(AuditEntry::getAction).toList());
        AuditEntry created = firstEntries.get(1);
        assertEquals(AuditEntry.ANONYMOUS, created.getUsername());
        assertEquals(p.getId(), created.getProjectId());
        assertEquals(new FieldChange("email", null, null, true), change(created, "email"));
        assertEquals(new FieldChange("name", null, null, true), change(created, "name"));
        assertEquals(new FieldChange("phone", null, null, true), change(created, "phone"));
        assertEquals("NGO", change(created, "targetGroup").newValue());
        assertEquals("CONFIRMED", change(created, "status").newValue());
        AuditEntry cancelled = firstEntries.get(0);
        assertEquals(AuditEntry.ANONYMOUS, cancelled.getUsername());
        assertEquals(new FieldChange("status", "CONFIRMED", "CANCELLED", false), change(cancelled, "status"));

        List<AuditEntry> secondEntries = entries(AuditedType.REGISTRATION, second.getId());
        assertEquals(List.of(AuditAction.PROMOTE, AuditAction.CREATE), secondEntries.stream().map(AuditEntry::getAction).toList());
        assertEquals(new FieldChange("status", "WAITLISTED", "CONFIRMED", false), change(secondEntries.get(0), "status"));

        for (String personal : List.of(email, "Мария Иванова", "Фондация " + tag, "765 4321", "Али Хасан")) {
            assertEquals(0, seeds.auditRowsContaining(personal), "no audit row holds " + personal);
        }
    }

    @Test
    void aRolledBackChangeLeavesNoEntry() {
        String title = "Върнат " + TestData.unique("b");
        Project p = project(title);
        Project edited = projects.get(p.getId());
        edited.setStatus(ProjectStatus.COMPLETED);
        rolledBack.run(() -> projects.update(edited));

        assertEquals(ProjectStatus.PLANNED, projects.get(p.getId()).getStatus(), "the change was rolled back");
        assertEquals(List.of(), seeds.auditRows("PROJECT", p.getId()));

        // and the same change committed is recorded: the check above could not pass for want of recording
        Project again = projects.get(p.getId());
        again.setStatus(ProjectStatus.COMPLETED);
        admin.call(() -> projects.update(again));
        assertEquals(1, seeds.auditRows("PROJECT", p.getId()).size());
    }

    @Test
    void anAnonymousCallerCannotReadTheTrail() {
        assertRefused(() -> audit.list(AuditQuery.any(), new PageRequest(0, 10)));
        assertRefused(() -> audit.users());

        Project p = projects.get(project("Роли " + TestData.unique("a")).getId());
        p.setStatus(ProjectStatus.RUNNING);
        admin.call(() -> projects.update(p));
        assertTrue(admin.call(() -> audit.users()).contains("admin"));
        assertEquals(1, admin.call(() -> audit.list(AuditQuery.of(AuditedType.PROJECT, p.getId()), new PageRequest(0, 10))).totalItems());
    }

    @Test
    void recordingOutsideATransactionIsRefused() {
        Project p = projects.get(project("Без транзакция " + TestData.unique("t")).getId());
        assertThrows(Exception.class, () -> admin.call(() -> audit.created(p)));
        assertEquals(List.of(), seeds.auditRows("PROJECT", p.getId()));
    }

    @Test
    @RunAsClient
    void theAuditPageIsForAdministratorsAndAnswersOthersAsNotFound() {
        JsonObject seeded = Http.json(new Http().postForm("/test-support/editor", Map.of()));
        BackOffice coordinatorSession = new BackOffice().signInOrFail(seeded.getString("coordinator"), seeded.getString("password"));
        assertEquals(404, coordinatorSession.get("/admin/audit/").statusCode());
        assertEquals(404, coordinatorSession.get("/admin/audit/index.xhtml").statusCode());
        assertEquals(403, probe(coordinatorSession).statusCode(), "the service refuses a coordinator");
        BackOffice editorSession = new BackOffice().signInOrFail(seeded.getString("editor"), seeded.getString("password"));
        assertEquals(404, editorSession.get("/admin/audit/").statusCode());
        assertEquals(403, probe(editorSession).statusCode(), "the service refuses an editor");
        assertFalse(BackOffice.text(editorSession.get("/admin/index.xhtml").body()).contains("Одит"));

        BackOffice administrator = new BackOffice().signInAsAdmin();
        var page = administrator.get("/admin/audit/");
        assertEquals(200, page.statusCode());
        String text = BackOffice.text(page.body());
        assertTrue(text.contains("Одитна следа"), text);
        assertTrue(text.contains("Създаден") || text.contains("Променен"), "entries are listed");
        assertTrue(page.body().contains("audit-changes"), "with their field changes");
        var allowed = probe(administrator);
        assertEquals(200, allowed.statusCode(), allowed.body());
        assertEquals("admin", Http.json(allowed).getString("caller"), "the probe runs as the signed-in user");
        assertEquals(302, new Http().get("/admin/audit/").statusCode(), "anonymous visitors sign in first");
    }

    @Test
    @RunAsClient
    void aChangeMadeInTheBackOfficeIsListedUnderItsProjectWithTheEditorsName() {
        JsonObject seeded = new Http().seed();
        int projectId = seeded.getInt("projectId");
        String title = "Преименуван " + seeded.getString("tag");
        BackOffice coordinatorSession = new BackOffice().signInOrFail(seeded.getString("username"), seeded.getString("password"));
        BackOffice.Form edit = BackOffice.Form.parse(coordinatorSession.get("/admin/projects/edit.xhtml?id=" + projectId).body(), "form");
        edit.set("form:title_bg", title);
        var saved = edit.submit(coordinatorSession.http(), edit.button(":save"));
        assertTrue(BackOffice.isRedirect(saved) || saved.statusCode() == 200, "saved: " + saved.statusCode());

        BackOffice administrator = new BackOffice().signInAsAdmin();
        BackOffice.Form filter = BackOffice.Form.parse(administrator.get("/admin/audit/").body(), "audit");
        filter.set("audit:project", String.valueOf(projectId));
        var listed = filter.submit(administrator.http(), filter.button(":search"));
        assertEquals(200, listed.statusCode());
        String text = BackOffice.text(listed.body());
        assertTrue(text.contains(seeded.getString("username")), text);
        assertTrue(text.contains("title.bg"), text);
        assertTrue(text.contains(title), text);
        assertTrue(listed.body().contains("class=\"audit-entity\">Проект " + projectId), "the project's own entry");
        assertFalse(listed.body().contains("class=\"audit-entity\">Регистрация"), "only this project's entries");
        assertFalse(listed.body().contains("class=\"audit-entity\">Събитие"), "only this project's entries");

        BackOffice.Form unknown = BackOffice.Form.parse(listed.body(), "audit");
        unknown.set("audit:project", "BG NONE 0000/00-00.00");
        String refused = BackOffice.text(unknown.submit(administrator.http(), unknown.button(":search")).body());
        assertTrue(refused.contains("Няма проект с такъв номер на договора."), refused);
        assertFalse(refused.contains(title), refused);
    }

    private static java.net.http.HttpResponse<String> probe(BackOffice session) {
        return session.http().postForm("/test-support/probe", Map.of("what", "audit"));
    }
}
