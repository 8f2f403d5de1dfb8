package bg.integra.project;

import bg.integra.account.Roles;
import bg.integra.audit.AuditAction;
import bg.integra.audit.AuditState;
import bg.integra.audit.AuditTrail;
import bg.integra.common.ConflictException;
import bg.integra.common.NotFoundException;
import bg.integra.common.Period;
import bg.integra.common.Translations;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A project's activities: public to read (the project page lists them with their events), changed by the staff
 * who may change the project ({@link ProjectService#mayEdit}). Numbers are unique within a project; an activity
 * that events carry out is not deleted, so that no event loses the activity the report counts it under.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.COORDINATOR})
public class ActivityService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ProjectService projects;

    @Inject
    private Validator validator;

    @Inject
    private AuditTrail audit;

    /** The project's activities by number. */
    @PermitAll
    public List<Activity> ofProject(long projectId) {
        return em.createNamedQuery(Activity.FIND_BY_PROJECT, Activity.class)
                .setParameter("project", projectId).getResultList();
    }

    /** How many events (of any status) carry out each activity of the project, by activity id. */
    @PermitAll
    public Map<Long, Long> eventCounts(long projectId) {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("SELECT e.activity.id, COUNT(e) FROM Event e WHERE e.activity.project.id = :project"
                        + " GROUP BY e.activity.id", Object[].class)
                .setParameter("project", projectId).getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** The activity, for anyone (its project is public). */
    @PermitAll
    public Activity get(long id) {
        Activity activity = em.find(Activity.class, id);
        if (activity == null) throw new NotFoundException("Activity", id);
        return activity;
    }

    /**
     * Adds an activity with its titles per language (Bulgarian required); without a number it gets the next one
     * after the project's highest.
     */
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public Activity add(long projectId, Integer number, @NotNull Map<String, String> titles,
                        LocalDate start, LocalDate end) {
        Project project = em.find(Project.class, projectId);
        if (project == null || !projects.mayEdit(project)) throw new NotFoundException("Project", projectId);
        int wanted = number != null ? number : nextNumber(projectId);
        Activity activity = new Activity(project, wanted, Translations.defaultText(titles));
        apply(activity, wanted, titles, start, end);
        checkNumberFree(projectId, wanted, -1L);
        em.persist(activity);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // another person added the same number at the same moment: the unique (project, number) refused it
            throw new ConflictException("conflict.activityNumberTaken", "Activity number " + wanted + " was just taken", wanted);
        }
        audit.created(activity);
        return activity;
    }

    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public Activity update(long id, long expectedVersion, int number, @NotNull Map<String, String> titles,
                           LocalDate start, LocalDate end) {
        Activity activity = editable(id, expectedVersion);
        AuditState before = activity.auditState();
        checkNumberFree(activity.getProject().getId(), number, id);
        apply(activity, number, titles, start, end);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw ConflictException.stale("Activity", id);
        } catch (PersistenceException e) {
            throw new ConflictException("conflict.activityNumberTaken", "Activity number " + number + " was just taken", number);
        }
        audit.record(AuditAction.UPDATE, activity, before);
        return activity;
    }

    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public void delete(long id, long expectedVersion) {
        Activity activity = editable(id, expectedVersion);
        long events = em.createQuery("SELECT COUNT(e) FROM Event e WHERE e.activity = :activity", Long.class)
                .setParameter("activity", activity).getSingleResult();
        if (events > 0) {
            throw new ConflictException("conflict.activityHasEvents", "Activity " + id + " has " + events + " events", events);
        }
        audit.deleted(activity);
        em.remove(activity);
    }

    /** The activity for a change: not found when the caller may not change its project, stale when changed since. */
    private Activity editable(long id, long expectedVersion) {
        Activity activity = em.find(Activity.class, id);
        if (activity == null || !projects.mayEdit(activity.getProject())) throw new NotFoundException("Activity", id);
        if (activity.getVersion() != expectedVersion) throw ConflictException.stale("Activity", id);
        return activity;
    }

    /** Sets the fields and checks them all before anything is written. */
    private void apply(Activity activity, int number, Map<String, String> titles, LocalDate start, LocalDate end) {
        activity.setNumber(number);
        activity.setTitles(titles);
        Period period = new Period();
        period.setStart(start);
        period.setEnd(end);
        activity.setPeriod(period);
        var violations = validator.validate(activity);
        if (!violations.isEmpty()) throw new ConstraintViolationException(violations);
    }

    private int nextNumber(long projectId) {
        Integer max = em.createNamedQuery(Activity.MAX_NUMBER, Integer.class)
                .setParameter("project", projectId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    private void checkNumberFree(long projectId, int number, long ownId) {
        long taken = em.createNamedQuery(Activity.COUNT_NUMBER, Long.class)
                .setParameter("project", projectId).setParameter("number", number).setParameter("id", ownId)
                .getSingleResult();
        if (taken > 0) {
            throw new ConflictException("conflict.activityNumberTaken", "Activity number " + number + " is taken", number);
        }
    }
}
