package bg.integra.training;

import bg.integra.account.Roles;
import bg.integra.common.Filtered;
import bg.integra.common.Page;
import bg.integra.common.PageRequest;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The trainers' view of a course's learners: its enrolments, newest first, paged in the database, each with the
 * lessons viewed out of the course's lessons (counted for the page in one grouped query) and when it was completed.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.TRAINER})
@RolesAllowed({Roles.ADMIN, Roles.TRAINER})
public class Learners {

    /** One learner's line: who, since when, lessons viewed of all, completed when (or null). */
    public record Line(long enrolmentId, String displayName, String handle, LocalDateTime enrolledAt, long viewed,
                       int lessons, LocalDateTime completedAt) {
    }

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CourseEditing courses;

    public Page<Line> enrolments(long courseId, @NotNull PageRequest request) {
        Course course = courses.editable(courseId);
        int lessons = course.lessonsInOrder().size();
        Page<Enrolment> page = Filtered.of(Enrolment.class, "e")
                .where("e.course.id = :course", "course", courseId)
                .fetch("JOIN FETCH e.account")
                .page(em, "e.enrolledAt DESC, e.id DESC", request);
        Map<Long, Long> viewed = new HashMap<>();
        List<Long> ids = page.items().stream().map(Enrolment::getId).toList();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT v.enrolment.id, COUNT(v) FROM LessonView v WHERE v.enrolment.id IN :ids"
                            + " GROUP BY v.enrolment.id", Object[].class)
                    .setParameter("ids", ids).getResultList()
                    .forEach(row -> viewed.put((Long) row[0], (Long) row[1]));
        }
        return page.map(e -> new Line(e.getId(), e.getAccount().getDisplayName(), e.getAccount().getHandle(),
                e.getEnrolledAt(), viewed.getOrDefault(e.getId(), 0L), lessons, e.getCompletedAt()));
    }
}
