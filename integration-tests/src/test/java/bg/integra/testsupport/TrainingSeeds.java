package bg.integra.testsupport;

import bg.integra.organisation.Organisation;
import bg.integra.training.Course;
import bg.integra.training.CourseAudience;
import bg.integra.training.CourseModule;
import bg.integra.training.CourseText;
import bg.integra.training.CourseTopic;
import bg.integra.training.Enrolment;
import bg.integra.training.LessonText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Training records stored directly, without the services' rules (a test of those rules calls the services or the
 * pages): a course of an organisation with its texts in the languages given (each title carrying the tag), modules
 * of lessons, optionally by key and published; and the rows a test reads back.
 */
@ApplicationScoped
@Transactional
public class TrainingSeeds {

    @PersistenceContext(unitName = "integra")
    private EntityManager em;

    /** A course with {@code modules} modules of {@code lessons} lessons each, texts in {@code languages} (bg first). */
    public Course course(Organisation organisation, String tag, CourseAudience audience, CourseTopic topic,
                         List<String> languages, int modules, int lessons, String key, boolean published) {
        Map<String, CourseText> texts = new LinkedHashMap<>();
        languages.forEach(lang -> texts.put(lang, new CourseText("Курс " + tag + " (" + lang + ")",
                "Резюме " + tag + " " + lang, "Удостоверение " + tag + " " + lang)));
        Course course = new Course(tag.toLowerCase(), em.find(Organisation.class, organisation.getId()), audience, topic, 3, texts);
        for (int m = 1; m <= modules; m++) {
            Map<String, String> titles = new LinkedHashMap<>();
            for (String lang : languages) titles.put(lang, "Модул " + m + " " + tag + " (" + lang + ")");
            CourseModule module = course.addModule(titles);
            for (int l = 1; l <= lessons; l++) {
                Map<String, LessonText> lessonTexts = new LinkedHashMap<>();
                for (String lang : languages) {
                    lessonTexts.put(lang, new LessonText("Урок " + m + "." + l + " " + tag + " (" + lang + ")",
                            "<p>Текст на урок " + m + "." + l + " " + tag + ".</p>"));
                }
                module.addLesson(lessonTexts);
            }
        }
        if (key != null) course.enrolByKey(key);
        if (published) course.publish();
        em.persist(course);
        em.flush();
        return course;
    }

    /** Enrols the account without the service's rules (a learner of a page test). */
    public long enrol(long courseId, long accountId) {
        Enrolment enrolment = new Enrolment(em.find(Course.class, courseId),
                em.find(bg.integra.portalaccount.PortalAccount.class, accountId), java.time.LocalDateTime.now());
        em.persist(enrolment);
        em.flush();
        return enrolment.getId();
    }

    /** The lesson ids of a course in the learner's order. */
    public List<Long> lessons(long courseId) {
        return em.find(Course.class, courseId).lessonsInOrder().stream().map(l -> l.getId()).toList();
    }

    /** How many views the enrolment has, counted in the database. */
    public long views(long enrolmentId) {
        return em.createQuery("SELECT COUNT(v) FROM LessonView v WHERE v.enrolment.id = :e", Long.class)
                .setParameter("e", enrolmentId).getSingleResult();
    }

    /** The enrolment as stored now (its completion time), read past the shared cache. */
    public Enrolment enrolment(long id) {
        em.getEntityManagerFactory().getCache().evict(Enrolment.class, id);
        return em.find(Enrolment.class, id);
    }
}
