package bg.integra.web.training;

import bg.integra.change.Tags;
import bg.integra.common.InvalidInputException;
import bg.integra.common.NotFoundException;
import bg.integra.common.RuleRefusedException;
import bg.integra.training.Course;
import bg.integra.training.Certificates;
import bg.integra.training.Learning;
import bg.integra.training.Lesson;
import bg.integra.training.Progress;
import bg.integra.training.TrainingCatalogue;
import bg.integra.web.cache.PageTags;
import bg.integra.web.portal.PortalSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import java.util.List;

/**
 * /training/{slug}: a published course's page: what it is, for whom, how long, in which languages, what its
 * certificate says, and its outline. A visitor not signed in is shown the way to sign in (and the page is the same
 * for all of them, so it is cached); a signed-in one the enrolment form (with the key field for a course joined by
 * key) or, once enrolled, their progress and the way on. The form posts back here with the session's token.
 */
@Named
@RequestScoped
public class CourseBacking extends TrainingPage {

    static final String KEY = "key";

    @Inject
    private TrainingCatalogue catalogue;

    @Inject
    private Learning learning;

    @Inject
    private Certificates certificates;

    private String slug;
    private Course course;
    private PortalSession.SignedIn visitor;
    private Progress progress;
    /** Read once a request: "" when the course is completed but has no certificate. */
    private String certificateHref;

    public void load() {
        try {
            course = catalogue.published(slug);
        } catch (NotFoundException e) {
            notFound();
            return;
        }
        PageTags.declare(Tags.TRAINING);
        visitor = signedIn().orElse(null);
        if (visitor == null) {
            if (posted()) {
                response().setStatus(HttpServletResponse.SC_FORBIDDEN);
                notice(text("training.signInToEnrol"));
            }
            return;
        }
        response();
        if (posted() && sameSession()) enrol();
        if (jakarta.faces.context.FacesContext.getCurrentInstance().getResponseComplete()) return; // enrolled: 303 sent
        progress = learning.progress(visitor.accountId(), course.getId()).orElse(null);
    }

    private void enrol() {
        try {
            learning.enrol(visitor.accountId(), course.getId(), request.getParameter(KEY));
            Progress now = learning.progress(visitor.accountId(), course.getId()).orElseThrow();
            Long next = now.next();
            redirect(next == null ? coursePath(course) : coursePath(course) + "/lessons/" + next);
        } catch (InvalidInputException e) {
            problems(e, List.of(KEY));
        } catch (RuleRefusedException e) {
            error(KEY, text(e.reason()));
        }
    }

    public Course getCourse() { return course; }
    public boolean isSignedIn() { return visitor != null; }
    public boolean isEnrolled() { return progress != null; }
    public Progress getProgress() { return progress; }
    public int getLessonCount() { return course.lessonsInOrder().size(); }

    /** The sign-in page, which brings the visitor back to this course. */
    public String getSignInHref() {
        return language.href(signInLink(language.href(coursePath(course)).substring(request.getContextPath().length())));
    }

    /** "Continue where you stopped": the first lesson not yet viewed. */
    public String getContinueHref() {
        Long next = progress == null ? null : progress.next();
        return next == null ? null : language.href(coursePath(course) + "/lessons/" + next);
    }

    /** The learner's certificate of this course, once it is issued. */
    public String getCertificateHref() {
        if (certificateHref == null && progress != null && progress.isCompleted()) {
            certificateHref = certificates.ofEnrolment(progress.enrolmentId())
                    .map(c -> language.href(CertificateBacking.path(c))).orElse("");
        }
        return certificateHref == null || certificateHref.isEmpty() ? null : certificateHref;
    }

    public boolean viewed(Lesson lesson) { return progress != null && progress.hasViewed(lesson.getId()); }

    public String getAction() { return language.href(coursePath(course)); }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
}
