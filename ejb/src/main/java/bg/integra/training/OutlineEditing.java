package bg.integra.training;

import bg.integra.account.Roles;
import bg.integra.audit.AuditAction;
import bg.integra.audit.AuditState;
import bg.integra.audit.AuditTrail;
import bg.integra.audit.Audited;
import bg.integra.common.ConflictException;
import bg.integra.common.FieldProblem;
import bg.integra.common.InvalidInputException;
import bg.integra.common.Languages;
import bg.integra.common.NotFoundException;
import bg.integra.content.RichText;
import bg.integra.media.StoredFiles;
import bg.integra.resource.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trainers' writing of a course's outline: modules (a title per language) and their lessons (a title and a body
 * per language, the body passed through the one sanitiser, an optional media file through the one upload path and
 * an optional handbook of the library), added at the end, edited, moved one place up or down and deleted (a
 * deleted lesson takes its learners' views with it). Who may edit a course is {@link CourseEditing}'s rule; every
 * write names the version the editor read and is in the audit trail.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.TRAINER})
@RolesAllowed({Roles.ADMIN, Roles.TRAINER})
public class OutlineEditing {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @EJB
    private CourseEditing courses;

    public CourseModule addModule(long courseId, long courseVersion, @NotNull Map<String, String> titles) {
        Course course = courses.locked(courseId, courseVersion);
        requireTitle(titles.get(Languages.DEFAULT), "title");
        CourseModule module = course.addModule(titles);
        em.flush();
        audit.created(module);
        return module;
    }

    public CourseModule editModule(long moduleId, long version, @NotNull Map<String, String> titles) {
        CourseModule module = module(moduleId, version);
        requireTitle(titles.get(Languages.DEFAULT), "title");
        return changed(module, () -> module.setTitles(titles));
    }

    /** One place up (-1) or down (+1) in the course. */
    public void moveModule(long moduleId, long version, int step) {
        CourseModule module = module(moduleId, version);
        reordered(module.getCourse().getModules(), () -> module.getCourse().moveModule(module, step));
    }

    public void deleteModule(long moduleId, long version) {
        CourseModule module = module(moduleId, version);
        module.getLessons().forEach(this::forgetViews);
        module.getLessons().forEach(audit::deleted);
        audit.deleted(module);
        reordered(module.getCourse().getModules(), () -> module.getCourse().removeModule(module));
    }

    /** A new lesson at the end of the module; the bodies are sanitised here. */
    public Lesson addLesson(long moduleId, long moduleVersion, @NotNull Map<String, LessonText> texts, Long handbookId) {
        CourseModule module = module(moduleId, moduleVersion);
        Lesson lesson = module.addLesson(safe(texts));
        lesson.setHandbook(handbook(handbookId));
        em.flush();
        audit.created(lesson);
        return lesson;
    }

    public Lesson editLesson(long lessonId, long version, @NotNull Map<String, LessonText> texts, Long handbookId) {
        Lesson lesson = lesson(lessonId, version);
        Map<String, LessonText> clean = safe(texts);
        Resource handbook = handbook(handbookId);
        return changed(lesson, () -> {
            lesson.setTexts(clean);
            lesson.setHandbook(handbook);
        });
    }

    /** One place up (-1) or down (+1) within its module. */
    public void moveLesson(long lessonId, long version, int step) {
        Lesson lesson = lesson(lessonId, version);
        reordered(lesson.getModule().getLessons(), () -> lesson.getModule().moveLesson(lesson, step));
    }

    public void deleteLesson(long lessonId, long version) {
        Lesson lesson = lesson(lessonId, version);
        forgetViews(lesson);
        audit.deleted(lesson);
        reordered(lesson.getModule().getLessons(), () -> lesson.getModule().removeLesson(lesson));
    }

    /** Stores the upload through the one upload path (checked by content) and attaches it to the lesson. */
    public Lesson attachMedia(long lessonId, long version, String fileName, @NotNull byte[] bytes) {
        Lesson lesson = lesson(lessonId, version);
        var file = StoredFiles.store(em, fileName, bytes);
        return changed(lesson, () -> lesson.setMedia(file));
    }

    public Lesson removeMedia(long lessonId, long version) {
        Lesson lesson = lesson(lessonId, version);
        return changed(lesson, () -> lesson.setMedia(null));
    }

    private <T extends Audited> T changed(T record, Runnable change) {
        AuditState before = record.auditState();
        change.run();
        em.flush();
        audit.record(AuditAction.UPDATE, record, before);
        return record;
    }

    /**
     * A change of the order of modules or lessons: each one whose place changed is in the trail (a removed one was
     * recorded as deleted before).
     */
    private <T extends Audited> void reordered(List<T> siblings, Runnable change) {
        Map<T, AuditState> before = new LinkedHashMap<>();
        siblings.forEach(s -> before.put(s, s.auditState()));
        change.run();
        em.flush();
        before.forEach((record, state) -> {
            if (siblings.contains(record)) audit.record(AuditAction.UPDATE, record, state);
        });
    }

    private void forgetViews(Lesson lesson) {
        em.createQuery("DELETE FROM LessonView v WHERE v.lesson = :lesson").setParameter("lesson", lesson).executeUpdate();
    }

    private CourseModule module(long id, long version) {
        CourseModule module = em.find(CourseModule.class, id);
        if (module == null) throw new NotFoundException("CourseModule", id);
        courses.editable(module.getCourse().getId());
        if (module.getVersion() != version) throw ConflictException.stale("CourseModule", id);
        return module;
    }

    private Lesson lesson(long id, long version) {
        Lesson lesson = em.find(Lesson.class, id);
        if (lesson == null) throw new NotFoundException("Lesson", id);
        courses.editable(lesson.getCourse().getId());
        if (lesson.getVersion() != version) throw ConflictException.stale("Lesson", id);
        return lesson;
    }

    private Resource handbook(Long id) {
        if (id == null) return null;
        Resource resource = em.find(Resource.class, id);
        if (resource == null) throw new InvalidInputException(Map.of("handbook", FieldProblem.required()));
        return resource;
    }

    private static Map<String, LessonText> safe(Map<String, LessonText> texts) {
        requireTitle(texts.get(Languages.DEFAULT) == null ? null : texts.get(Languages.DEFAULT).getTitle(), "title");
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        Map<String, LessonText> clean = new LinkedHashMap<>();
        texts.forEach((lang, text) -> {
            String suffix = Languages.DEFAULT.equals(lang) ? "" : "." + lang;
            if (!Languages.PORTAL.contains(lang)) problems.put("title" + suffix, FieldProblem.notOneOf(Languages.PORTAL));
            else if (text.getTitle().length() > LessonText.TITLE_LENGTH) problems.put("title" + suffix, FieldProblem.tooLong(LessonText.TITLE_LENGTH));
            String body = RichText.sanitise(text.getBody());
            if (body != null && body.length() > LessonText.BODY_LENGTH) problems.put("body" + suffix, FieldProblem.tooLong(LessonText.BODY_LENGTH));
            clean.put(lang, new LessonText(text.getTitle(), body));
        });
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return clean;
    }

    private static void requireTitle(String title, String field) {
        if (bg.integra.common.Text.blankToNull(title) == null) throw new InvalidInputException(Map.of(field, FieldProblem.required()));
    }
}
