package bg.integra.training;

import bg.integra.audit.AuditAction;
import bg.integra.audit.AuditState;
import bg.integra.audit.AuditTrail;
import bg.integra.common.FieldProblem;
import bg.integra.common.InvalidInputException;
import bg.integra.common.NotFoundException;
import bg.integra.common.RuleRefusedException;
import bg.integra.common.Text;
import bg.integra.content.Content;
import bg.integra.portalaccount.PortalAccount;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A learner's side of the training: enrolling in a published course (openly, or with its key), opening its lessons
 * and where that leaves them. The portal names the signed-in portal account; an account that is not active, or a
 * course that is not published, is not found. A lesson viewed is recorded once, whoever asks how often and at
 * once: the views of one enrolment are serialised on its row, which also makes completion recorded once.
 */
@Stateless
@PermitAll
public class Learning {

    /** The reason of a key that does not open the course (a {@link RuleRefusedException} at the field {@code key}). */
    public static final String WRONG_KEY = "training.refused.wrongKey";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @EJB
    private Certificates certificates;

    /**
     * Enrols the account in the course, or returns its enrolment when it has one already. A course joined by key
     * needs its key: none is a {@code required} problem at {@code key}, a wrong one {@link #WRONG_KEY}.
     */
    public Enrolment enrol(long accountId, long courseId, String key) {
        PortalAccount account = learner(accountId);
        Course course = em.find(Course.class, courseId);
        if (course == null || !course.isPublished()) throw new NotFoundException("Course", courseId);
        // one enrolment at a time per account, so that two clicks at once make one row
        em.lock(account, LockModeType.PESSIMISTIC_WRITE);
        Optional<Enrolment> existing = find(accountId, courseId);
        if (existing.isPresent()) return existing.get();
        if (course.isByKey() && Text.blankToNull(key) == null) {
            throw new InvalidInputException(Map.of("key", FieldProblem.required()));
        }
        if (!course.opensWith(key)) throw new RuleRefusedException("key", WRONG_KEY, "The key does not open this course");
        Enrolment enrolment = new Enrolment(course, account, now());
        em.persist(enrolment);
        em.flush();
        audit.recordBy(actor(account), AuditAction.CREATE, enrolment, AuditState.none());
        return enrolment;
    }

    /** The account's enrolment in the course, if any. */
    public Optional<Enrolment> enrolment(long accountId, long courseId) {
        return find(accountId, courseId);
    }

    /** Where the account is in the course; empty when it is not enrolled. */
    public Optional<Progress> progress(long accountId, long courseId) {
        return find(accountId, courseId).map(this::progressOf);
    }

    /**
     * Records that the learner opened the lesson (once; later calls change nothing) and completes the course when
     * the {@link CompletionRule} is met for the first time. A learner not enrolled in the lesson's course, or a
     * lesson of an unpublished course, is not found.
     */
    public Progress view(long accountId, long lessonId) {
        learner(accountId);
        Lesson lesson = em.find(Lesson.class, lessonId);
        if (lesson == null || !lesson.getCourse().isPublished()) throw new NotFoundException("Lesson", lessonId);
        Enrolment enrolment = find(accountId, lesson.getCourse().getId())
                .orElseThrow(() -> new NotFoundException("Enrolment", lessonId));
        em.lock(enrolment, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(enrolment);
        LocalDateTime now = now();
        boolean seen = !em.createQuery("SELECT v.id FROM LessonView v WHERE v.enrolment = :e AND v.lesson = :l", Long.class)
                .setParameter("e", enrolment).setParameter("l", lesson).getResultList().isEmpty();
        if (!seen) {
            em.persist(new LessonView(enrolment, lesson, now));
            em.flush();
        }
        Progress progress = progressOf(enrolment);
        if (CompletionRule.met(progress) && enrolment.complete(now)) {
            certificates.issue(enrolment);
            progress = new Progress(progress.enrolmentId(), progress.lessons(), progress.viewed(), now);
        }
        return progress;
    }

    Progress progressOf(Enrolment enrolment) {
        List<Long> lessons = enrolment.getCourse().lessonsInOrder().stream().map(Lesson::getId).toList();
        List<Long> viewed = em.createNamedQuery(LessonView.VIEWED_LESSONS, Long.class)
                .setParameter("enrolment", enrolment.getId()).getResultList();
        return new Progress(enrolment.getId(), lessons, new HashSet<>(viewed), enrolment.getCompletedAt());
    }

    private Optional<Enrolment> find(long accountId, long courseId) {
        return em.createNamedQuery(Enrolment.FIND, Enrolment.class).setParameter("course", courseId)
                .setParameter("account", accountId).getResultList().stream().findFirst();
    }

    private PortalAccount learner(long accountId) {
        PortalAccount account = em.find(PortalAccount.class, accountId);
        if (account == null || !account.isActive()) throw new NotFoundException("PortalAccount", accountId);
        return account;
    }

    private static String actor(PortalAccount account) {
        return "portal:" + account.getHandle();
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(Content.ZONE);
    }
}
