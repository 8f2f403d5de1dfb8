package bg.integra.testsupport;

import bg.integra.organisation.Organisation;
import bg.integra.portalaccount.PortalAccount;
import bg.integra.project.Project;
import bg.integra.training.Certificate;
import bg.integra.training.Course;
import bg.integra.training.CourseAudience;
import bg.integra.training.CourseTopic;
import bg.integra.training.Learning;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * A learner who has completed a course, through the real {@link Learning} service (so the certificate is issued as
 * in production): an organisation's published course of a project (bg and en, one module of two lessons), a learner
 * with a Cyrillic name, enrolled, every lesson viewed.
 */
@ApplicationScoped
public class CertificateSeeds {

    /** What a test needs of the completed course. */
    public record Completed(Course course, Project project, PortalAccount learner, long enrolmentId, List<Long> lessons) {
    }

    @PersistenceContext(unitName = "integra")
    private EntityManager em;

    @Inject
    private TestData data;

    @Inject
    private TrainingSeeds training;

    @Inject
    private ForumSeeds accounts;

    @Inject
    private Learning learning;

    /** A course enrolled in by a new learner, not yet completed: {@link #complete} views its lessons. */
    @Transactional
    public Completed enrolled(String tag, Organisation organisation) {
        Project project = data.project(organisation, "Проект " + tag, "Project " + tag);
        Course course = training.course(organisation, tag, CourseAudience.PROFESSIONALS, CourseTopic.DIALOGUE,
                List.of("bg", "en"), 1, 2, null, true);
        em.find(Course.class, course.getId()).setProject(em.find(Project.class, project.getId()));
        PortalAccount learner = accounts.account("c-" + tag, "Мария Иванова " + tag, "bg", 1, true);
        long enrolment = training.enrol(course.getId(), learner.getId());
        return new Completed(course, project, learner, enrolment, training.lessons(course.getId()));
    }

    /** Views every lesson as the learner would, each in its own transaction; the certificate issued on the last. */
    public void complete(Completed seeded) {
        seeded.lessons().forEach(lesson -> learning.view(seeded.learner().getId(), lesson));
    }

    /** The certificates of the enrolment as stored now (at most one). */
    public List<Certificate> certificatesOf(long enrolmentId) {
        em.getEntityManagerFactory().getCache().evictAll();
        return em.createQuery("SELECT c FROM Certificate c WHERE c.enrolment.id = :e", Certificate.class)
                .setParameter("e", enrolmentId).getResultList();
    }
}
