package bg.integra.testsupport;

import bg.integra.common.Region;
import bg.integra.event.Event;
import bg.integra.project.EventKind;
import bg.integra.project.Project;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDateTime;
import java.util.List;

/** Events to register for, stored directly, and the registrations as the database holds them. */
@ApplicationScoped
@Transactional
public class RegistrationSeeds {

    @PersistenceContext(unitName = "integra")
    private EntityManager em;

    @Inject
    private ContentSeeds content;

    public Event event(String tag, Project project, LocalDateTime startsAt, Region region, EventKind kind,
                       Integer capacity, boolean published) {
        return event(tag, project, startsAt, region, kind, capacity, published, null);
    }

    /** The same with an end other than three hours after the start (null: that). */
    public Event event(String tag, Project project, LocalDateTime startsAt, Region region, EventKind kind,
                       Integer capacity, boolean published, LocalDateTime endsAt) {
        Event e = content.event(tag, project, startsAt, region, kind);
        e = em.find(Event.class, e.getId());
        e.setCapacity(capacity);
        if (endsAt != null) e.setEndsAt(endsAt);
        if (!published) e.unpublish();
        em.flush();
        return e;
    }

    public Project project(long id) {
        return em.find(Project.class, id);
    }

    /** E-mail and status of each registration of an event in the order of arrival, read with SQL. */
    @SuppressWarnings("unchecked")
    public List<Object[]> registrations(long eventId) {
        return em.createNativeQuery("SELECT email, status, target_group_code, consent_version, lang FROM registration"
                        + " WHERE event_id = ? ORDER BY created_at, id")
                .setParameter(1, eventId).getResultList();
    }
}
