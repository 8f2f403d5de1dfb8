package bg.integra.attendance;

import bg.integra.account.Caller;
import bg.integra.account.Callers;
import bg.integra.account.Roles;
import bg.integra.audit.AuditAction;
import bg.integra.audit.AuditState;
import bg.integra.audit.AuditTrail;
import bg.integra.common.ConflictException;
import bg.integra.common.Counts;
import bg.integra.common.NotFoundException;
import bg.integra.common.Page;
import bg.integra.common.PageRequest;
import bg.integra.content.Content;
import bg.integra.event.Event;
import bg.integra.project.Project;
import bg.integra.project.TargetGroup;
import bg.integra.registration.Registration;
import bg.integra.registration.RegistrationService;
import bg.integra.registration.RegistrationStatus;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;

import java.text.Collator;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Attendance at events: the organisation's staff mark at the door who of the registered came, or import the
 * paper list signed on the day, and print the attendance sheet that the grant's reporting asks for. Attendance
 * is what the project's participant indicators count, so only a confirmed place can be present and nothing is
 * marked before the event's day.
 * <p>
 * An administrator acts for every event. A coordinator or a registrar acts only for the events of the projects
 * whose beneficiary is their own organisation; any other event is, to them, not found. Registrars only mark:
 * importing and the sheet are for administrators and coordinators.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.COORDINATOR, Roles.REGISTRAR})
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.REGISTRAR})
public class AttendanceService {

    /** The consent version of a registration made from an imported list: the organisation collected consent on paper. */
    public static final String PAPER_CONSENT = "PAPER";
    public static final int MAX_IMPORT_BYTES = 2 * 1024 * 1024;
    public static final int MAX_IMPORT_ROWS = 2000;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Callers callers;

    @Inject
    private AuditTrail audit;

    /** The events the caller may take attendance for, upcoming first (soonest first), then past ones (latest first). */
    public List<EventAttendance> events() {
        Long organisation = callers.current().scope();
        List<Event> events = (organisation == null
                ? em.createNamedQuery(Event.FIND_WITH_PROJECT, Event.class)
                : em.createNamedQuery(Event.FIND_BY_BENEFICIARY, Event.class).setParameter("organisation", organisation))
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "e.texts")
                .getResultList();
        Map<Long, long[]> counts = attendanceCounts(events);
        LocalDate today = today();
        List<EventAttendance> upcoming = new ArrayList<>();
        List<EventAttendance> past = new ArrayList<>();
        for (Event e : events) { // the query ordered them latest first
            loaded(e);
            long[] c = counts.getOrDefault(e.getId(), new long[3]);
            EventAttendance item = new EventAttendance(e, c[0], c[1], c[2]);
            if (e.getStartsAt().toLocalDate().isBefore(today)) past.add(item);
            else upcoming.add(0, item);
        }
        upcoming.addAll(past);
        return upcoming;
    }

    /**
     * One page of {@link #events()}, read in the database: the upcoming events (from today on, soonest first) are
     * counted, so a page is a slice of them, of the past ones (latest first) or of both.
     */
    public Page<EventAttendance> events(@NotNull PageRequest request) {
        Long organisation = callers.current().scope();
        LocalDateTime from = today().atStartOfDay();
        long upcoming = countEvents(organisation, " AND e.startsAt >= :from", from);
        long total = upcoming + countEvents(organisation, " AND e.startsAt < :from", from);
        List<Event> events = new ArrayList<>();
        int offset = request.offset();
        if (offset < upcoming) {
            events.addAll(events(organisation, " AND e.startsAt >= :from ORDER BY e.startsAt, e.id DESC", from, offset, request.size()));
        }
        int rest = request.size() - events.size();
        if (rest > 0) {
            events.addAll(events(organisation, " AND e.startsAt < :from ORDER BY e.startsAt DESC, e.id", from,
                    (int) Math.max(0, offset - upcoming), rest));
        }
        Map<Long, long[]> counts = attendanceCounts(events);
        List<EventAttendance> items = new ArrayList<>();
        for (Event e : events) {
            loaded(e);
            long[] c = counts.getOrDefault(e.getId(), new long[3]);
            items.add(new EventAttendance(e, c[0], c[1], c[2]));
        }
        return new Page<>(items, request.page(), request.size(), total);
    }

    /** The events of one organisation's projects, or (null) all. */
    private static String scope(Long organisation) {
        return organisation == null ? " WHERE 1 = 1" : " WHERE e.project.beneficiary.id = :organisation";
    }

    private long countEvents(Long organisation, String condition, LocalDateTime from) {
        String jpql = "SELECT COUNT(e) FROM Event e" + scope(organisation) + condition;
        Map<String, Object> parameters = new HashMap<>(Map.of("from", from));
        if (organisation != null) parameters.put("organisation", organisation);
        TypedQuery<Long> q = em.createQuery(jpql, Long.class);
        parameters.forEach(q::setParameter);
        return Counts.of(jpql, parameters, q);
    }

    private List<Event> events(Long organisation, String conditionAndOrder, LocalDateTime from, int first, int max) {
        TypedQuery<Event> q = em.createQuery("SELECT e FROM Event e LEFT JOIN FETCH e.project p LEFT JOIN FETCH p.beneficiary"
                        + scope(organisation).replace("e.project.beneficiary", "p.beneficiary") + conditionAndOrder, Event.class)
                .setParameter("from", from)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "e.texts");
        if (organisation != null) q.setParameter("organisation", organisation);
        return q.setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** confirmed, waitlisted, present per event id, in one grouped query */
    private Map<Long, long[]> attendanceCounts(List<Event> events) {
        Map<Long, long[]> counts = new HashMap<>();
        if (events.isEmpty()) return counts;
        for (Object[] row : em.createNamedQuery(Registration.COUNT_ATTENDANCE, Object[].class)
                .setParameter("events", events.stream().map(Event::getId).toList()).getResultList()) {
            long[] c = counts.computeIfAbsent((Long) row[0], k -> new long[3]);
            if (row[1] == RegistrationStatus.CONFIRMED) {
                c[0] = (Long) row[2];
                c[2] = (Long) row[3];
            } else if (row[1] == RegistrationStatus.WAITLISTED) {
                c[1] = (Long) row[2];
            }
        }
        return counts;
    }

    /** One event's registrations, confirmed apart from the others; not found outside the caller's organisation. */
    public EventRoll roll(long eventId) {
        return rollOf(event(eventId));
    }

    /** What the attendance sheet lists: the event and its confirmed registrants. */
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public EventRoll sheet(long eventId) {
        return roll(eventId);
    }

    /**
     * Marks a person present or not present.
     *
     * @throws NotFoundException the registration does not exist or its event is outside the caller's organisation
     * @throws ConflictException before the event's day ({@code att.tooEarly}), or when the place is not confirmed
     *                           ({@code att.notConfirmed})
     */
    public Registration mark(long registrationId, boolean present) {
        Registration registration = em.find(Registration.class, registrationId);
        if (registration == null) throw new NotFoundException("Registration", registrationId);
        Event event = event(registration.getEvent().getId());
        requireDayCome(event);
        if (present && registration.getStatus() != RegistrationStatus.CONFIRMED) {
            throw new ConflictException("att.notConfirmed", "Only a confirmed registration can be marked present");
        }
        AuditState before = registration.auditState();
        registration.markAttendance(present, caller(), now());
        em.flush();
        audit.record(AuditAction.ATTEND, registration, before);
        return registration;
    }

    /**
     * Imports a signed attendance list (CSV or XLSX; columns name, organisation, role, target group, e-mail, phone).
     * Every row is checked before anything is stored; when one is wrong, nothing is. Each row becomes a confirmed
     * registration marked present, its consent collected on paper ({@value #PAPER_CONSENT}); a row whose e-mail is
     * already registered for the event marks that registration present instead.
     *
     * @throws ImportRejectedException the file, or any of its rows, is wrong: every problem by row and column
     * @throws ConflictException       before the event's day
     */
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public ImportResult importList(long eventId, @NotNull byte[] content) {
        Event event = event(eventId);
        requireDayCome(event);
        AttendanceFile file = AttendanceFile.read(content, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS);
        List<AttendanceRow> rows = AttendanceRow.parse(file, em.createNamedQuery(TargetGroup.FIND_ALL, TargetGroup.class).getResultList());

        // the same lock as public registration: no one takes the e-mail between our check and our insert
        em.createNativeQuery("SELECT id FROM event WHERE id = ? FOR UPDATE").setParameter(1, eventId).getResultList();
        Map<String, Registration> active = new HashMap<>();
        for (Registration r : em.createNamedQuery(Registration.FIND_BY_EVENT, Registration.class)
                .setParameter("event", eventId).getResultList()) {
            if (r.getStatus() != RegistrationStatus.CANCELLED) active.put(r.getEmail(), r);
        }
        LocalDateTime now = now();
        String caller = caller();
        List<Registration> createdRows = new ArrayList<>();
        Map<Registration, AuditState> markedRows = new LinkedHashMap<>();
        for (AttendanceRow row : rows) {
            Registration existing = active.get(row.registrant().email());
            if (existing != null) {
                markedRows.putIfAbsent(existing, existing.auditState());
                if (existing.getStatus() == RegistrationStatus.WAITLISTED) existing.promote(now); // they came: a place is theirs
                existing.markAttendance(true, caller, now);
            } else {
                Registration registration = new Registration(event, row.registrant(), row.targetGroup(), PAPER_CONSENT,
                        RegistrationStatus.CONFIRMED, RegistrationService.newToken(), now);
                registration.markAttendance(true, caller, now);
                em.persist(registration);
                createdRows.add(registration);
            }
        }
        try {
            em.flush();
        } catch (PersistenceException e) { // the unique e-mail per event: only if the lock was bypassed
            throw new ConflictException("reg.duplicate", "An e-mail of the list was registered meanwhile");
        }
        createdRows.forEach(audit::created);
        markedRows.forEach((registration, before) -> audit.record(AuditAction.ATTEND, registration, before));
        return new ImportResult(createdRows.size(), markedRows.size());
    }

    /** An event with its texts, project and beneficiary loaded; not found outside the caller's organisation. */
    public Event event(long eventId) {
        Event event = em.createNamedQuery(Event.FIND_ONE_WITH_PROJECT, Event.class).setParameter("id", eventId)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("Event", eventId));
        if (!mayActFor(event)) throw new NotFoundException("Event", eventId);
        return loaded(event);
    }

    private EventRoll rollOf(Event event) {
        List<Registration> all = new ArrayList<>(em.createNamedQuery(Registration.FIND_BY_EVENT, Registration.class)
                .setParameter("event", event.getId()).getResultList());
        Collator collator = Collator.getInstance(Locale.forLanguageTag("bg"));
        all.sort(Comparator.comparing(Registration::getName, collator).thenComparing(Registration::getId));
        Map<RegistrationStatus, List<Registration>> byStatus = new LinkedHashMap<>();
        for (RegistrationStatus s : RegistrationStatus.values()) byStatus.put(s, new ArrayList<>());
        all.forEach(r -> byStatus.get(r.getStatus()).add(r));
        return new EventRoll(event, byStatus.get(RegistrationStatus.CONFIRMED), byStatus.get(RegistrationStatus.WAITLISTED),
                byStatus.get(RegistrationStatus.CANCELLED));
    }

    private boolean mayActFor(Event event) {
        Project project = event.getProject();
        Caller caller = callers.current();
        return caller.isAdministrator() || project != null && caller.mayActFor(project.getBeneficiary().getId());
    }

    private static void requireDayCome(Event event) {
        if (today().isBefore(event.getStartsAt().toLocalDate())) {
            throw new ConflictException("att.tooEarly", "Attendance is taken from the event's day, "
                    + event.getStartsAt().toLocalDate(), event.getStartsAt().toLocalDate());
        }
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private static Event loaded(Event e) {
        e.getTexts().size();
        if (e.getProject() != null) {
            e.getProject().getTexts().size();
            e.getProject().getBeneficiary().getNames().size();
        }
        return e;
    }

    private static LocalDate today() {
        return LocalDate.now(Content.ZONE);
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(Content.ZONE);
    }
}
