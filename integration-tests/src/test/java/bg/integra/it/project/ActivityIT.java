package bg.integra.it.project;

import bg.integra.account.Role;
import bg.integra.audit.AuditAction;
import bg.integra.audit.AuditEntry;
import bg.integra.audit.AuditQuery;
import bg.integra.audit.AuditTrail;
import bg.integra.audit.AuditedType;
import bg.integra.common.ConflictException;
import bg.integra.common.NotFoundException;
import bg.integra.common.PageRequest;
import bg.integra.common.Region;
import bg.integra.content.ContentService;
import bg.integra.event.Event;
import bg.integra.event.Trainer;
import bg.integra.organisation.Organisation;
import bg.integra.project.Activity;
import bg.integra.project.ActivityService;
import bg.integra.project.EventKind;
import bg.integra.project.Project;
import bg.integra.project.ProjectService;
import bg.integra.project.TargetGroup;
import bg.integra.registration.RegistrationService;
import bg.integra.testsupport.AttendanceSeeds;
import bg.integra.testsupport.ContentSeeds;
import bg.integra.testsupport.TestData;
import bg.integra.testsupport.runas.AsAdministrator;
import bg.integra.testsupport.runas.AsCoordinator;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static bg.integra.it.Failures.assertCausedBy;
import static bg.integra.it.Failures.assertFails;
import static bg.integra.it.Failures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A project's activities and the events that carry them out: numbers are unique within a project and given in
 * order, bad input is refused with nothing stored, an event may only carry out an activity of its own project,
 * an activity with events is not deleted, trainers and target groups are stored with the event, every change is
 * in the audit trail, and a coordinator changes only their own organisation's activities.
 */
@ExtendWith(ArquillianExtension.class)
class ActivityIT {

    @Inject
    ActivityService activities;

    @Inject
    ContentService contents;

    @Inject
    ProjectService projects;

    @Inject
    RegistrationService registrations;

    @Inject
    AuditTrail audit;

    @Inject
    AsAdministrator admin;

    @Inject
    AsCoordinator coordinator;

    @Inject
    TestData data;

    @Inject
    ContentSeeds content;

    @Inject
    AttendanceSeeds attendanceSeeds;

    private Project project(Organisation organisation) {
        return data.project(organisation, "Проект " + TestData.unique("act"), null);
    }

    private Project project() {
        return project(data.organisation("Сдружение " + TestData.unique("act")));
    }

    private List<Integer> numbers(long projectId) {
        return activities.ofProject(projectId).stream().map(Activity::getNumber).toList();
    }

    private List<AuditEntry> entries(AuditedType type, long id) {
        return admin.call(() -> audit.list(AuditQuery.of(type, id), new PageRequest(0, 50)).items());
    }

    @Test
    void activitiesAreNumberedInOrderAndANumberIsTheProjectsOnlyOnce() {
        Project p = project();
        Activity first = admin.call(() -> activities.add(p.getId(), null, titles("Проучване", "Survey"), null, null));
        Activity second = admin.call(() -> activities.add(p.getId(), null, titles("Семинари", null),
                LocalDate.of(2015, 4, 1), LocalDate.of(2015, 5, 31)));
        Activity fifth = admin.call(() -> activities.add(p.getId(), 5, titles("Публичност", null), null, null));
        assertEquals(List.of(1, 2, 5), numbers(p.getId()));
        assertEquals("Survey", activities.get(first.getId()).title("en"));
        assertEquals("Семинари", activities.get(second.getId()).title("en"), "no English title: the Bulgarian one");
        assertEquals("bg", activities.get(second.getId()).titleLanguage("ar"));
        assertEquals(LocalDate.of(2015, 5, 31), activities.get(second.getId()).getPeriod().getEnd());
        assertEquals(6, admin.call(() -> activities.add(p.getId(), null, titles("Отчет", null), null, null)).getNumber(),
                "the next after the highest");

        ConflictException taken = assertFails(ConflictException.class,
                () -> admin.call(() -> activities.add(p.getId(), 2, titles("Още семинари", null), null, null)));
        assertEquals("conflict.activityNumberTaken", taken.reason());
        assertFails(ConflictException.class, () -> admin.call(() -> activities.update(fifth.getId(), fifth.getVersion(),
                1, titles("Публичност", null), null, null)));
        assertEquals(List.of(1, 2, 5, 6), numbers(p.getId()), "nothing stored or renumbered");

        // the same number in another project is fine
        Project other = project();
        assertEquals(2, admin.call(() -> activities.add(other.getId(), 2, titles("Семинари", null), null, null)).getNumber());
    }

    @Test
    void badInputIsRefusedAndNothingIsStored() {
        Project p = project();
        assertCausedBy(ConstraintViolationException.class,
                () -> admin.call(() -> activities.add(p.getId(), null, titles(" ", null), null, null)));
        assertCausedBy(ConstraintViolationException.class,
                () -> admin.call(() -> activities.add(p.getId(), null,
                        titles("Д".repeat(Activity.TITLE_LENGTH + 1), null), null, null)));
        assertCausedBy(ConstraintViolationException.class,
                () -> admin.call(() -> activities.add(p.getId(), 0, titles("Нулева", null), null, null)));
        assertCausedBy(ConstraintViolationException.class,
                () -> admin.call(() -> activities.add(p.getId(), null, titles("Обърната", null),
                        LocalDate.of(2015, 6, 1), LocalDate.of(2015, 5, 1))));
        assertEquals(List.of(), numbers(p.getId()));

        Activity a = admin.call(() -> activities.add(p.getId(), null, titles("Семинари", null), null, null));
        assertCausedBy(ConstraintViolationException.class, () -> admin.call(() -> activities.update(a.getId(),
                a.getVersion(), 1, titles("", "Seminars"), null, null)));
        Activity stored = activities.get(a.getId());
        assertEquals("Семинари", stored.title("bg"), "the failed update changed nothing");
        assertNull(stored.getTitles().get("en"));
        assertEquals(a.getVersion(), stored.getVersion());
    }

    @Test
    void aChangeAtAnOldVersionIsRefusedAndEveryChangeIsAudited() {
        Project p = project();
        Activity a = admin.call(() -> activities.add(p.getId(), null, titles("Семинари", null), null, null));
        Activity changed = admin.call(() -> activities.update(a.getId(), a.getVersion(), 3,
                titles("Дискусионни семинари", "Discussion seminars"), LocalDate.of(2015, 4, 1), null));
        assertEquals(3, changed.getNumber());
        ConflictException stale = assertFails(ConflictException.class, () -> admin.call(() ->
                activities.update(a.getId(), a.getVersion(), 4, titles("Стари данни", null), null, null)));
        assertEquals(ConflictException.STALE, stale.reason());
        assertFails(ConflictException.class, () -> admin.run(() -> activities.delete(a.getId(), a.getVersion())));

        List<AuditEntry> trail = entries(AuditedType.ACTIVITY, a.getId());
        assertEquals(List.of(AuditAction.UPDATE, AuditAction.CREATE), trail.stream().map(AuditEntry::getAction).toList());
        AuditEntry update = trail.get(0);
        assertEquals("admin", update.getUsername());
        assertEquals(p.getId(), update.getProjectId());
        assertTrue(update.getChanges().stream().anyMatch(c -> c.field().equals("number")
                && "1".equals(c.oldValue()) && "3".equals(c.newValue())), update.getChanges().toString());
        assertTrue(update.getChanges().stream().anyMatch(c -> c.field().equals("title.en")
                && c.oldValue() == null && "Discussion seminars".equals(c.newValue())), update.getChanges().toString());

        admin.run(() -> activities.delete(a.getId(), changed.getVersion()));
        assertEquals(List.of(), numbers(p.getId()));
        assertEquals(AuditAction.DELETE, entries(AuditedType.ACTIVITY, a.getId()).get(0).getAction());
    }

    @Test
    void anEventCarriesOutAnActivityOfItsOwnProjectWithItsTrainersAndTargetGroups() {
        Project p = project();
        Project other = project();
        // seeded with the project's activity 1, then moved to activity 2
        Event seeded = content.event(TestData.unique("act"), p, LocalDateTime.of(2015, 4, 9, 10, 0), Region.SOFIA_CITY,
                EventKind.SEMINAR);
        Activity seminars = admin.call(() -> activities.add(p.getId(), 2, titles("Семинари", "Seminars"), null, null));
        Activity foreign = admin.call(() -> activities.add(other.getId(), 1, titles("Чужда дейност", null), null, null));
        List<TargetGroup> groups = registrations.targetGroups();

        Event edited = admin.call(() -> contents.get(Event.class, seeded.getId()));
        edited.setActivity(seminars);
        edited.setTrainers(List.of(new Trainer("Мария Николова", "Модератор"), new Trainer("Иван Иванов", null)));
        edited.setTargetGroups(groups.stream().filter(g -> List.of("MEDIA", "IMMIGRANT_COMMUNITY").contains(g.getCode())).toList());
        admin.call(() -> contents.update(edited));

        Event stored = admin.call(() -> contents.get(Event.class, seeded.getId()));
        assertEquals(seminars.getId(), stored.getActivity().getId());
        assertEquals(List.of(new Trainer("Мария Николова", "Модератор"), new Trainer("Иван Иванов", null)), stored.getTrainers(),
                "trainers in the order given");
        assertEquals(List.of("IMMIGRANT_COMMUNITY", "MEDIA"), stored.getTargetGroups().stream().map(TargetGroup::getCode).toList(),
                "target groups in their set order");
        assertEquals(1L, activities.eventCounts(p.getId()).get(seminars.getId()));
        AuditEntry update = entries(AuditedType.EVENT, seeded.getId()).get(0);
        assertTrue(update.getChanges().stream().anyMatch(c -> c.field().equals("activity")
                        && "1".equals(c.oldValue()) && "2".equals(c.newValue())),
                update.getChanges().toString());
        assertTrue(update.getChanges().stream().anyMatch(c -> c.field().equals("targetGroups")
                && "IMMIGRANT_COMMUNITY, MEDIA".equals(c.newValue())), update.getChanges().toString());

        // an activity of another project is refused, and the event keeps what it had
        Event wrong = admin.call(() -> contents.get(Event.class, seeded.getId()));
        wrong.setActivity(foreign);
        wrong.setTrainers(List.of());
        ConflictException refused = assertFails(ConflictException.class, () -> admin.call(() -> contents.update(wrong)));
        assertEquals("conflict.activityOfOtherProject", refused.reason());
        Event kept = admin.call(() -> contents.get(Event.class, seeded.getId()));
        assertEquals(seminars.getId(), kept.getActivity().getId());
        assertEquals(2, kept.getTrainers().size());

        // an activity that an event carries out is not deleted; once the event lets go of it, it is
        ConflictException inUse = assertFails(ConflictException.class,
                () -> admin.run(() -> activities.delete(seminars.getId(), seminars.getVersion())));
        assertEquals("conflict.activityHasEvents", inUse.reason());
        kept.setActivity(null);
        admin.call(() -> contents.update(kept));
        admin.run(() -> activities.delete(seminars.getId(), seminars.getVersion()));
        assertEquals(List.of(1), numbers(p.getId()));
    }

    @Test
    void badTrainersAreRefusedAndTheEventIsUnchanged() {
        Project p = project();
        Event seeded = content.event(TestData.unique("act"), p, LocalDateTime.of(2015, 4, 9, 10, 0), Region.SOFIA_CITY,
                EventKind.SEMINAR);
        Event longName = admin.call(() -> contents.get(Event.class, seeded.getId()));
        longName.setTrainers(List.of(new Trainer("Я".repeat(Trainer.NAME_LENGTH + 1), null)));
        assertCausedBy(ConstraintViolationException.class, () -> admin.call(() -> contents.update(longName)));

        Event noName = admin.call(() -> contents.get(Event.class, seeded.getId()));
        noName.setTrainers(List.of(new Trainer(" ", "Модератор")));
        assertCausedBy(ConstraintViolationException.class, () -> admin.call(() -> contents.update(noName)));

        Event tooMany = admin.call(() -> contents.get(Event.class, seeded.getId()));
        tooMany.setTrainers(Collections.nCopies(Event.MAX_TRAINERS + 1, new Trainer("Обучител", null)));
        assertCausedBy(ConstraintViolationException.class, () -> admin.call(() -> contents.update(tooMany)));

        Event stored = admin.call(() -> contents.get(Event.class, seeded.getId()));
        assertEquals(seeded.getVersion(), stored.getVersion(), "nothing was written");
        assertEquals(List.of("Мария Петрова"), stored.getTrainers().stream().map(Trainer::getName).toList());
        assertEquals(List.of("LOCAL_AUTHORITY", "NGO"), stored.getTargetGroups().stream().map(TargetGroup::getCode).toList());
    }

    @Test
    void deletingAProjectLeavesItsEventsWithoutTheActivity() {
        Project p = project();
        Event seeded = content.event(TestData.unique("act"), p, LocalDateTime.of(2015, 4, 9, 10, 0), Region.SOFIA_CITY,
                EventKind.SEMINAR);
        Activity seeds = activities.ofProject(p.getId()).get(0);
        assertEquals(seeds.getId(), admin.call(() -> contents.get(Event.class, seeded.getId())).getActivity().getId());

        Project current = projects.get(p.getId());
        admin.run(() -> projects.delete(p.getId(), current.getVersion()));
        Event left = admin.call(() -> contents.get(Event.class, seeded.getId()));
        assertNull(left.getProject());
        assertNull(left.getActivity());
        assertEquals(AuditAction.DELETE, entries(AuditedType.ACTIVITY, seeds.getId()).get(0).getAction());
    }

    @Test
    void aCoordinatorChangesOnlyTheirOwnOrganisationsActivitiesAndAVisitorNone() {
        Organisation own = attendanceSeeds.organisationOf(AsCoordinator.USERNAME, Role.COORDINATOR);
        Project mine = project(own);
        Project foreign = project();
        Activity added = coordinator.call(() -> activities.add(mine.getId(), null, titles("Наша дейност", null), null, null));
        assertNotNull(added.getId());
        assertEquals(AsCoordinator.USERNAME, entries(AuditedType.ACTIVITY, added.getId()).get(0).getUsername());

        assertFails(NotFoundException.class, () -> coordinator.call(() ->
                activities.add(foreign.getId(), null, titles("Чужда", null), null, null)));
        Activity theirs = admin.call(() -> activities.add(foreign.getId(), null, titles("Тяхна дейност", null), null, null));
        assertFails(NotFoundException.class, () -> coordinator.call(() ->
                activities.update(theirs.getId(), theirs.getVersion(), 1, titles("Сменена", null), null, null)));
        assertFails(NotFoundException.class, () -> coordinator.run(() -> activities.delete(theirs.getId(), theirs.getVersion())));
        assertEquals("Тяхна дейност", activities.get(theirs.getId()).title("bg"));

        // without a role (this test's own caller) nothing can be changed, though anyone may read
        assertRefused(() -> activities.add(mine.getId(), null, titles("Анонимна", null), null, null));
        assertRefused(() -> activities.delete(added.getId(), added.getVersion()));
        assertEquals(List.of(1), numbers(mine.getId()));
    }

    /** The titles the back-office form sends: Bulgarian, and English when given. */
    private static Map<String, String> titles(String bg, String en) {
        Map<String, String> titles = new java.util.LinkedHashMap<>();
        titles.put("bg", bg);
        if (en != null) titles.put("en", en);
        return titles;
    }
}
