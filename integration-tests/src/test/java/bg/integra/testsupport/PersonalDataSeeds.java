package bg.integra.testsupport;

import bg.integra.common.Region;
import bg.integra.content.Content;
import bg.integra.event.Event;
import bg.integra.project.EventKind;
import bg.integra.project.Project;
import bg.integra.project.TargetGroup;
import bg.integra.registration.Registrant;
import bg.integra.registration.Registration;
import bg.integra.registration.RegistrationService;
import bg.integra.registration.RegistrationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDateTime;
import java.util.List;

/** Registrations stored directly (also for past events, which the service refuses), and what the database holds. */
@ApplicationScoped
@Transactional
public class PersonalDataSeeds {

    @PersistenceContext(unitName = "integra")
    private EntityManager em;

    @Inject
    private ContentSeeds content;

    /** A published seminar of three hours from the given start. */
    public Event event(String tag, Project project, LocalDateTime startsAt) {
        return content.event(tag, project, startsAt, Region.HASKOVO, EventKind.SEMINAR);
    }

    /** A registration with every field filled; CANCELLED is registered and then cancelled. */
    public Registration registration(long eventId, String name, String email, String targetGroup,
                                     RegistrationStatus status, boolean attended) {
        LocalDateTime now = LocalDateTime.now(Content.ZONE);
        Event event = em.find(Event.class, eventId);
        Registrant person = new Registrant(name, "Организация " + name, "Длъжност " + name, targetGroup, email,
                "+359 88 " + (1000000 + Math.abs(name.hashCode() % 8999999)), "en").normalised();
        Registration r = new Registration(event, person, em.find(TargetGroup.class, targetGroup), RegistrationService.CONSENT_VERSION,
                status == RegistrationStatus.WAITLISTED ? status : RegistrationStatus.CONFIRMED,
                RegistrationService.newToken(), now.minusDays(1));
        em.persist(r);
        em.flush();
        if (attended) r.markAttendance(true, "registrar-test", now);
        if (status == RegistrationStatus.CANCELLED) r.cancel(now);
        em.flush();
        return r;
    }

    /** The registration as stored now. */
    public Registration reload(long id) {
        Registration r = em.find(Registration.class, id);
        em.refresh(r);
        r.getEvent().getTexts().size();
        return r;
    }

    /** Per status and target group: how many registrations and how many attended, as SQL counts them. */
    @SuppressWarnings("unchecked")
    public List<List<Object>> counts(long eventId) {
        List<Object[]> rows = em.createNativeQuery("SELECT status, target_group_code, COUNT(*), COUNT(attended_at)"
                        + " FROM registration WHERE event_id = ? GROUP BY status, target_group_code ORDER BY status, target_group_code")
                .setParameter(1, eventId).getResultList();
        return rows.stream().map(row -> List.<Object>of(row[0], row[1], ((Number) row[2]).longValue(),
                ((Number) row[3]).longValue())).toList();
    }

    /** Every audit row of a record, all columns as text, read with SQL. */
    @SuppressWarnings("unchecked")
    public List<String> auditRows(String entityType, long id) {
        List<Object[]> rows = em.createNativeQuery("SELECT username, action, project_id, changes FROM audit_entry"
                        + " WHERE entity_type = ? AND entity_id = ? ORDER BY occurred_at, id")
                .setParameter(1, entityType).setParameter(2, id).getResultList();
        return rows.stream().map(r -> r[0] + " " + r[1] + " " + r[2] + " " + r[3]).toList();
    }

    /** Audit rows of all kinds whose text contains the given value anywhere. */
    public long auditRowsContaining(String value) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM audit_entry WHERE changes LIKE ? OR username LIKE ?")
                .setParameter(1, "%" + value + "%").setParameter(2, "%" + value + "%")
                .getSingleResult()).longValue();
    }
}
