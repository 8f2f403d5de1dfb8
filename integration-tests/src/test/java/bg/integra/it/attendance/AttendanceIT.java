package bg.integra.it.attendance;

import bg.integra.account.AccountService;
import bg.integra.account.Role;
import bg.integra.attendance.AttendanceService;
import bg.integra.attendance.EventAttendance;
import bg.integra.attendance.EventRoll;
import bg.integra.audit.AuditAction;
import bg.integra.audit.AuditEntry;
import bg.integra.audit.AuditQuery;
import bg.integra.audit.AuditTrail;
import bg.integra.audit.AuditedType;
import bg.integra.common.ConflictException;
import bg.integra.common.NotFoundException;
import bg.integra.common.PageRequest;
import bg.integra.content.Content;
import bg.integra.content.ContentService;
import bg.integra.event.Event;
import bg.integra.organisation.Organisation;
import bg.integra.project.ProjectQuery;
import bg.integra.project.ProjectService;
import bg.integra.registration.Registration;
import bg.integra.registration.RegistrationStatus;
import bg.integra.testsupport.AttendanceSeeds;
import bg.integra.testsupport.TestData;
import bg.integra.testsupport.runas.AsAdministrator;
import bg.integra.testsupport.runas.AsCoordinator;
import bg.integra.testsupport.runas.AsRegistrar;
import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDateTime;
import java.util.List;

import static bg.integra.it.Failures.assertFails;
import static bg.integra.it.Failures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * AttendanceService inside the server, called as a registrar, a coordinator and an administrator would (through
 * @RunAs beans whose principals have accounts of their own organisation): marking and unmarking, what cannot be
 * marked, the organisation each may act for, and what a registrar may not do at all.
 */
@ExtendWith(ArquillianExtension.class)
class AttendanceIT {

    @Inject
    AttendanceService attendance;

    @Inject
    AuditTrail auditTrail;

    @Inject
    ProjectService projects;

    @Inject
    ContentService content;

    @Inject
    AccountService accounts;

    @Inject
    AttendanceSeeds seeds;

    @Inject
    TestData data;

    @Inject
    AsAdministrator admin;

    @Inject
    AsCoordinator coordinator;

    @Inject
    AsRegistrar registrar;

    private Organisation registrarsOrganisation() {
        return seeds.organisationOf(AsRegistrar.USERNAME, Role.REGISTRAR);
    }

    private Organisation coordinatorsOrganisation() {
        return seeds.organisationOf(AsCoordinator.USERNAME, Role.COORDINATOR);
    }

    private Object[] row(long eventId, String email) {
        return seeds.rows(eventId).stream().filter(r -> email.equals(r[1])).findFirst()
                .orElseThrow(() -> new AssertionError("No registration of " + email));
    }

    @Test
    void aRegistrarMarksAConfirmedPersonPresentAndThenAbsent() {
        String tag = TestData.unique("mark");
        Event event = seeds.startedEvent(registrarsOrganisation(), tag);
        Registration anna = seeds.registration(event.getId(), "Анна " + tag, "anna-" + tag + "@example.bg", RegistrationStatus.CONFIRMED);
        seeds.registration(event.getId(), "Борис " + tag, "boris-" + tag + "@example.bg", RegistrationStatus.CONFIRMED);

        Registration marked = registrar.call(() -> attendance.mark(anna.getId(), true));
        assertTrue(marked.isAttended());
        Object[] stored = row(event.getId(), "anna-" + tag + "@example.bg");
        assertNotNull(stored[4], "attended_at is stored");
        assertEquals(AsRegistrar.USERNAME, stored[5]);
        assertNull(row(event.getId(), "boris-" + tag + "@example.bg")[4], "only the tapped person is marked");

        EventRoll roll = registrar.call(() -> attendance.roll(event.getId()));
        assertEquals(1, roll.present());
        assertEquals(2, roll.confirmed().size());

        registrar.call(() -> attendance.mark(anna.getId(), false));
        stored = row(event.getId(), "anna-" + tag + "@example.bg");
        assertNull(stored[4], "unmarked");
        assertEquals(AsRegistrar.USERNAME, stored[5], "who unmarked is kept");
        assertEquals(0, registrar.call(() -> attendance.roll(event.getId())).present());

        // both taps are in the audit trail, by the registrar, with the attendance that changed
        List<AuditEntry> trail = admin.call(() -> auditTrail.list(AuditQuery.of(AuditedType.REGISTRATION, anna.getId()),
                new PageRequest(0, 50)).items()).stream().filter(e -> e.getAction() == AuditAction.ATTEND).toList();
        assertEquals(2, trail.size(), "one entry per tap");
        for (AuditEntry entry : trail) {
            assertEquals(AsRegistrar.USERNAME, entry.getUsername());
            assertTrue(entry.getChanges().stream().anyMatch(c -> c.field().equals("attendedAt")), entry.getChangesJson());
        }
    }

    @Test
    void aWaitlistedOrCancelledRegistrationCannotBeMarkedPresentAndIsShownApart() {
        String tag = TestData.unique("wait");
        Event event = seeds.startedEvent(registrarsOrganisation(), tag);
        Registration waiting = seeds.registration(event.getId(), "Вера " + tag, "vera-" + tag + "@example.bg", RegistrationStatus.WAITLISTED);
        Registration gone = seeds.registration(event.getId(), "Галя " + tag, "galya-" + tag + "@example.bg", RegistrationStatus.CANCELLED);

        ConflictException e = assertFails(ConflictException.class, () -> registrar.call(() -> attendance.mark(waiting.getId(), true)));
        assertEquals("att.notConfirmed", e.reason());
        e = assertFails(ConflictException.class, () -> registrar.call(() -> attendance.mark(gone.getId(), true)));
        assertEquals("att.notConfirmed", e.reason());
        assertNull(row(event.getId(), "vera-" + tag + "@example.bg")[4]);
        assertNull(row(event.getId(), "galya-" + tag + "@example.bg")[4]);

        EventRoll roll = registrar.call(() -> attendance.roll(event.getId()));
        assertTrue(roll.confirmed().isEmpty());
        assertEquals(List.of("Вера " + tag), roll.waitlisted().stream().map(Registration::getName).toList());
        assertEquals(List.of("Галя " + tag), roll.cancelled().stream().map(Registration::getName).toList());
    }

    @Test
    void markingBeforeTheEventsDayIsRefused() {
        String tag = TestData.unique("early");
        LocalDateTime tomorrow = LocalDateTime.now(Content.ZONE).plusDays(1).withHour(10).withMinute(0).withSecond(0).withNano(0);
        Event event = seeds.event(registrarsOrganisation(), tag, tomorrow);
        Registration anna = seeds.registration(event.getId(), "Анна " + tag, "anna-" + tag + "@example.bg", RegistrationStatus.CONFIRMED);

        ConflictException e = assertFails(ConflictException.class, () -> registrar.call(() -> attendance.mark(anna.getId(), true)));
        assertEquals("att.tooEarly", e.reason());
        e = assertFails(ConflictException.class, () -> admin.call(() -> attendance.mark(anna.getId(), true)));
        assertEquals("att.tooEarly", e.reason(), "not even an administrator");
        assertNull(row(event.getId(), "anna-" + tag + "@example.bg")[4]);
    }

    @Test
    void aRegistrarActsOnlyForTheEventsOfTheirOwnOrganisation() {
        String tag = TestData.unique("scope");
        Event own = seeds.startedEvent(registrarsOrganisation(), tag);
        Event foreign = seeds.startedEvent(data.organisation("Чужда " + tag), "foreign-" + tag);
        Registration stranger = seeds.registration(foreign.getId(), "Чужд " + tag, "x-" + tag + "@example.bg", RegistrationStatus.CONFIRMED);

        List<Long> visible = registrar.call(() -> attendance.events()).stream().map(a -> a.event().getId()).toList();
        assertTrue(visible.contains(own.getId()));
        assertFalse(visible.contains(foreign.getId()));

        assertFails(NotFoundException.class, () -> registrar.call(() -> attendance.roll(foreign.getId())));
        assertFails(NotFoundException.class, () -> registrar.call(() -> attendance.mark(stranger.getId(), true)));
        assertNull(row(foreign.getId(), "x-" + tag + "@example.bg")[4]);
    }

    @Test
    void aCoordinatorActsOnlyForTheirOwnOrganisationAndAnAdministratorForAll() {
        String tag = TestData.unique("coord");
        Event own = seeds.startedEvent(coordinatorsOrganisation(), tag);
        Event foreign = seeds.startedEvent(data.organisation("Чужда " + tag), "foreign-" + tag);
        Registration mine = seeds.registration(own.getId(), "Анна " + tag, "anna-" + tag + "@example.bg", RegistrationStatus.CONFIRMED);
        seeds.registration(own.getId(), "Вера " + tag, "vera-" + tag + "@example.bg", RegistrationStatus.WAITLISTED);
        Registration stranger = seeds.registration(foreign.getId(), "Чужд " + tag, "x-" + tag + "@example.bg", RegistrationStatus.CONFIRMED);

        coordinator.call(() -> attendance.mark(mine.getId(), true));
        EventAttendance listed = coordinator.call(() -> attendance.events()).stream()
                .filter(a -> a.event().getId().equals(own.getId())).findFirst().orElseThrow();
        assertEquals(1, listed.confirmed());
        assertEquals(1, listed.waitlisted());
        assertEquals(1, listed.present());
        assertTrue(coordinator.call(() -> attendance.events()).stream().noneMatch(a -> a.event().getId().equals(foreign.getId())));
        assertFails(NotFoundException.class, () -> coordinator.call(() -> attendance.mark(stranger.getId(), true)));
        assertFails(NotFoundException.class, () -> coordinator.call(() -> attendance.sheet(foreign.getId())));
        assertEquals(1, coordinator.call(() -> attendance.sheet(own.getId())).confirmed().size());

        List<Long> all = admin.call(() -> attendance.events()).stream().map(a -> a.event().getId()).toList();
        assertTrue(all.containsAll(List.of(own.getId(), foreign.getId())));
        admin.call(() -> attendance.mark(stranger.getId(), true));
        assertEquals("admin", row(foreign.getId(), "x-" + tag + "@example.bg")[5]);
    }

    @Test
    void upcomingEventsComeFirstSoonestFirstThenPastOnes() {
        String tag = TestData.unique("order");
        Organisation o = registrarsOrganisation();
        LocalDateTime now = LocalDateTime.now(Content.ZONE).withNano(0);
        Event later = seeds.event(o, "later-" + tag, now.plusDays(20));
        Event soon = seeds.event(o, "soon-" + tag, now.plusDays(3));
        Event past = seeds.event(o, "past-" + tag, now.minusDays(30));
        List<Long> order = registrar.call(() -> attendance.events()).stream().map(a -> a.event().getId())
                .filter(id -> List.of(later.getId(), soon.getId(), past.getId()).contains(id)).toList();
        assertEquals(List.of(soon.getId(), later.getId(), past.getId()), order);
    }

    @Test
    void aRegistrarMayNotImportNorPrintTheSheetNorUseTheOtherBackOfficeServices() {
        String tag = TestData.unique("refuse");
        Event own = seeds.startedEvent(registrarsOrganisation(), tag);
        byte[] csv = ("name,target group,e-mail\nАнна " + tag + ",NGO,anna-" + tag + "@example.bg\n").getBytes();

        assertRefused(() -> registrar.call(() -> attendance.importList(own.getId(), csv)));
        assertRefused(() -> registrar.call(() -> attendance.sheet(own.getId())));
        assertTrue(seeds.rows(own.getId()).isEmpty(), "nothing imported");
        assertRefused(() -> registrar.call(() -> projects.editable(ProjectQuery.all(), new PageRequest(0, 10))));
        assertRefused(() -> registrar.call(() -> content.list(null, null, null, new PageRequest(0, 10))));
        assertRefused(() -> registrar.call(() -> accounts.findAll()));
    }
}
