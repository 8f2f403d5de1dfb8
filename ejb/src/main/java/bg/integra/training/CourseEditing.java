package bg.integra.training;

import bg.integra.account.Caller;
import bg.integra.account.Callers;
import bg.integra.account.Roles;
import bg.integra.audit.AuditAction;
import bg.integra.audit.AuditState;
import bg.integra.audit.AuditTrail;
import bg.integra.common.ConflictException;
import bg.integra.common.FieldProblem;
import bg.integra.common.Filtered;
import bg.integra.common.InvalidInputException;
import bg.integra.common.Languages;
import bg.integra.common.NotFoundException;
import bg.integra.common.Page;
import bg.integra.common.PageRequest;
import bg.integra.common.RuleRefusedException;
import bg.integra.common.Slugs;
import bg.integra.common.Text;
import bg.integra.organisation.Organisation;
import bg.integra.project.Project;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The trainers' writing of courses: a list of the courses they may edit (an administrator's all, a trainer's their
 * organisation's), a course's facts and texts, publishing and taking it off the portal. Every write names the
 * version the editor read ({@link ConflictException#STALE} when someone saved since) and is in the audit trail. A
 * refused field is named as the form names it: {@code slug}, {@code hours}, {@code key}, {@code project},
 * {@code organisation}, {@code title} (Bulgarian's) or {@code title.en}, {@code summary.ar}.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.TRAINER})
@RolesAllowed({Roles.ADMIN, Roles.TRAINER})
public class CourseEditing {

    /** A course must have lessons before it is published: the reason at the field {@code modules}. */
    public static final String NO_LESSONS = "trn.refused.noLessons";
    /** A project of another organisation than a trainer's: the reason at {@code project}. */
    public static final String OTHER_PROJECT = "trn.refused.otherProject";

    /** The longest list of projects or handbooks an editor's menu offers. */
    public static final int MAX_CHOICES = 200;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Inject
    private Callers callers;

    /** The courses the caller may edit, by address. */
    public Page<Course> list(@NotNull PageRequest request) {
        Page<Course> page = Filtered.of(Course.class, "c")
                .where("c.organisation.id = :organisation", "organisation", callers.current().scope())
                .page(em, "c.slug", request);
        page.items().forEach(Outlines::summary);
        return page;
    }

    /** The projects a course of the caller's may belong to: their organisation's (an administrator's: any), by id. */
    public java.util.List<Project> projects() {
        Long scope = callers.current().scope();
        var query = scope == null ? em.createQuery("SELECT p FROM Project p ORDER BY p.id", Project.class)
                : em.createQuery("SELECT p FROM Project p WHERE p.beneficiary.id = :scope ORDER BY p.id", Project.class)
                .setParameter("scope", scope);
        return query.setMaxResults(MAX_CHOICES).getResultList();
    }

    /** The library's handbooks a lesson may point learners to, newest first. */
    public java.util.List<bg.integra.resource.Resource> handbooks() {
        return em.createQuery("SELECT r FROM Resource r WHERE r.kind = bg.integra.resource.ResourceKind.HANDBOOK ORDER BY r.id DESC",
                bg.integra.resource.Resource.class).setMaxResults(MAX_CHOICES).getResultList();
    }

    /** A course with its outline, if the caller may edit it; else not found. */
    public Course get(long id) {
        return Outlines.load(editable(id));
    }

    /** A module of a course the caller may edit, with the course's outline; else not found. */
    public CourseModule module(long id) {
        CourseModule module = em.find(CourseModule.class, id);
        if (module == null) throw new NotFoundException("CourseModule", id);
        Outlines.load(editable(module.getCourse().getId()));
        return module;
    }

    /** A lesson of a course the caller may edit, with the course's outline; else not found. */
    public Lesson lesson(long id) {
        Lesson lesson = em.find(Lesson.class, id);
        if (lesson == null) throw new NotFoundException("Lesson", id);
        Outlines.load(editable(lesson.getCourse().getId()));
        return lesson;
    }

    public Course create(@NotNull CourseDraft draft) {
        Caller caller = callers.current();
        Map<String, FieldProblem> problems = checked(null, draft);
        Organisation organisation = caller.isAdministrator()
                ? (draft.organisationId() == null ? null : em.find(Organisation.class, draft.organisationId()))
                : em.find(Organisation.class, caller.scope());
        if (organisation == null) problems.put("organisation", FieldProblem.required());
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        Course course = new Course(draft.slug().strip(), organisation, draft.audience(), draft.topic(), draft.hours(), draft.texts());
        apply(course, draft, caller);
        em.persist(course);
        em.flush();
        audit.created(course);
        return course;
    }

    public Course update(long id, long expectedVersion, @NotNull CourseDraft draft) {
        Caller caller = callers.current();
        Course course = locked(id, expectedVersion);
        Map<String, FieldProblem> problems = checked(id, draft);
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        AuditState before = course.auditState();
        course.setSlug(draft.slug().strip());
        course.describe(draft.audience(), draft.topic(), draft.hours());
        course.setTexts(draft.texts());
        if (caller.isAdministrator() && draft.organisationId() != null) {
            Organisation organisation = em.find(Organisation.class, draft.organisationId());
            if (organisation == null) throw new InvalidInputException(Map.of("organisation", FieldProblem.required()));
            course.moveTo(organisation);
        }
        apply(course, draft, caller);
        audit.record(AuditAction.UPDATE, course, before);
        return course;
    }

    /** In the catalogue from now on; a course without lessons cannot be. */
    public Course publish(long id, long expectedVersion) {
        Course course = locked(id, expectedVersion);
        if (course.lessonsInOrder().isEmpty()) throw new RuleRefusedException("modules", NO_LESSONS, "A course needs lessons");
        AuditState before = course.auditState();
        course.publish();
        audit.record(AuditAction.PUBLISH, course, before);
        return course;
    }

    /** Off the portal; its learners' enrolments and progress stay. */
    public Course unpublish(long id, long expectedVersion) {
        Course course = locked(id, expectedVersion);
        AuditState before = course.auditState();
        course.unpublish();
        audit.record(AuditAction.UNPUBLISH, course, before);
        return course;
    }

    /**
     * The course if the caller may edit it: an administrator any, a trainer their organisation's; else not found.
     * Public because {@link OutlineEditing} and {@link Learners} ask it through this bean's view.
     */
    public Course editable(long id) {
        Course course = em.find(Course.class, id);
        if (course == null || !callers.current().mayActFor(course.getOrganisation().getId())) {
            throw new NotFoundException("Course", id);
        }
        return course;
    }

    /** The course locked for a change, refused when it was saved since the editor read {@code expectedVersion}. */
    public Course locked(long id, long expectedVersion) {
        Course course = editable(id);
        em.lock(course, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(course);
        if (course.getVersion() != expectedVersion) throw ConflictException.stale("Course", id);
        return course;
    }

    private void apply(Course course, CourseDraft draft, Caller caller) {
        if (draft.enrolment() == EnrolmentMode.KEY) course.enrolByKey(draft.key());
        else course.openEnrolment();
        Project project = null;
        if (draft.projectId() != null) {
            project = em.find(Project.class, draft.projectId());
            if (project == null) throw new InvalidInputException(Map.of("project", FieldProblem.required()));
            if (!caller.mayActFor(project.getBeneficiary().getId())) {
                throw new RuleRefusedException("project", OTHER_PROJECT, "A trainer's course belongs to their organisation's projects");
            }
        }
        course.setProject(project);
    }

    private Map<String, FieldProblem> checked(Long id, CourseDraft draft) {
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        String slug = Text.blankToNull(draft.slug());
        if (slug == null) {
            problems.put("slug", FieldProblem.required());
        } else if (slug.strip().length() > Course.SLUG_LENGTH) {
            problems.put("slug", FieldProblem.tooLong(Course.SLUG_LENGTH));
        } else if (!Slugs.VALID.matcher(slug.strip()).matches()) {
            problems.put("slug", FieldProblem.malformed());
        } else if (em.createNamedQuery(Course.FIND_BY_SLUG, Course.class).setParameter("slug", slug.strip())
                .getResultList().stream().anyMatch(c -> !c.getId().equals(id))) {
            problems.put("slug", FieldProblem.taken());
        }
        if (draft.audience() == null) problems.put("audience", FieldProblem.required());
        if (draft.topic() == null) problems.put("topic", FieldProblem.required());
        if (draft.hours() == null) problems.put("hours", FieldProblem.required());
        else if (draft.hours() < 1 || draft.hours() > Course.MAX_HOURS) problems.put("hours", FieldProblem.malformed());
        if (draft.enrolment() == EnrolmentMode.KEY && Text.blankToNull(draft.key()) == null && !hasKey(id)) {
            problems.put("key", FieldProblem.required());
        }
        Map<String, CourseText> texts = draft.texts() == null ? Map.of() : draft.texts();
        if (texts.get(Languages.DEFAULT) == null) problems.put("title", FieldProblem.required());
        texts.forEach((lang, text) -> {
            String suffix = Languages.DEFAULT.equals(lang) ? "" : "." + lang;
            if (!Languages.PORTAL.contains(lang)) problems.put("title" + suffix, FieldProblem.notOneOf(Languages.PORTAL));
            else if (text.getTitle().length() > CourseText.TITLE_LENGTH) problems.put("title" + suffix, FieldProblem.tooLong(CourseText.TITLE_LENGTH));
            else if (text.getSummary() != null && text.getSummary().length() > CourseText.SUMMARY_LENGTH) {
                problems.put("summary" + suffix, FieldProblem.tooLong(CourseText.SUMMARY_LENGTH));
            } else if (text.getCertificateText() != null && text.getCertificateText().length() > CourseText.CERTIFICATE_LENGTH) {
                problems.put("certificate" + suffix, FieldProblem.tooLong(CourseText.CERTIFICATE_LENGTH));
            }
        });
        return problems;
    }

    private boolean hasKey(Long id) {
        return id != null && em.find(Course.class, id).isByKey();
    }
}
