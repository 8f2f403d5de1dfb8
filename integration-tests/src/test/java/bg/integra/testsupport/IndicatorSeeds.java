package bg.integra.testsupport;

import bg.integra.common.Region;
import bg.integra.content.Content;
import bg.integra.event.Event;
import bg.integra.project.EventKind;
import bg.integra.project.IndicatorMeasure;
import bg.integra.project.IndicatorUnit;
import bg.integra.project.Project;
import bg.integra.project.PublicityKind;
import bg.integra.project.TargetGroup;
import bg.integra.publicity.PublicityMaterial;
import bg.integra.registration.Registrant;
import bg.integra.registration.Registration;
import bg.integra.registration.RegistrationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * Records that counted indicators count, stored directly: events of a project, registrations (present, absent or
 * cancelled, with the e-mail exactly as given, so that case differences can be tried), attendance changes and
 * printed materials; and what the database holds, read with SQL.
 */
@ApplicationScoped
@Transactional
public class IndicatorSeeds {

    @PersistenceContext(unitName = "integra")
    private EntityManager em;

    @Inject
    private RegistrationSeeds registrations;

    /** An event of the project starting {@code hoursFromNow} hours from now (negative: it has started). */
    public Event event(Project project, EventKind kind, long hoursFromNow, boolean published) {
        return registrations.event(TestData.unique("ev"), project,
                LocalDateTime.now(Content.ZONE).withNano(0).plusHours(hoursFromNow), Region.HASKOVO, kind, null, published);
    }

    /** A confirmed registration, marked present or not; cancelled afterwards when asked (attendance kept). */
    public Registration registration(long eventId, String name, String email, String targetGroup, boolean present,
                                     boolean cancelled) {
        Event event = em.find(Event.class, eventId);
        LocalDateTime now = LocalDateTime.now(Content.ZONE);
        Registration r = new Registration(event, new Registrant(name, null, null, targetGroup, email, null, "bg"),
                em.find(TargetGroup.class, targetGroup), "test", RegistrationStatus.CONFIRMED,
                UUID.randomUUID().toString().replace("-", ""), now);
        if (present) r.markAttendance(true, "test", now);
        if (cancelled) r.cancel(now);
        em.persist(r);
        return r;
    }

    public void markAttendance(long registrationId, boolean present) {
        em.find(Registration.class, registrationId).markAttendance(present, "test", LocalDateTime.now(Content.ZONE));
    }

    public PublicityMaterial material(Project project, PublicityKind kind, int quantity) {
        PublicityMaterial m = new PublicityMaterial(em.find(Project.class, project.getId()), kind, kind + " " + TestData.unique("m"), quantity);
        em.persist(m);
        return m;
    }

    /** A counted indicator added straight to the project (the service's rules are tested on their own). */
    public void countedIndicator(long projectId, String nameBg, IndicatorUnit unit, int target, IndicatorMeasure measure,
                                 String parameter) {
        Project p = em.find(Project.class, projectId);
        var indicator = p.addIndicator(nameBg, unit, target, 0);
        indicator.count(measure, parameter);
        em.persist(indicator);
    }

    public long storedFiles() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM stored_file").getSingleResult()).longValue();
    }

    public long distributionRows(long materialId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM publicity_distribution WHERE material_id = ?")
                .setParameter(1, materialId).getSingleResult()).longValue();
    }

    public long materials(long projectId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM publicity_material WHERE project_id = ?")
                .setParameter(1, projectId).getSingleResult()).longValue();
    }
}
