package bg.integra.web.admin.training;

import bg.integra.common.Languages;
import bg.integra.training.Course;
import bg.integra.training.CourseEditing;
import bg.integra.training.CourseModule;
import bg.integra.training.Lesson;
import bg.integra.training.OutlineEditing;
import bg.integra.web.common.BackofficeErrors;
import bg.integra.web.common.FacesMessages;
import bg.integra.web.common.TranslatedText;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * admin/training/outline.xhtml: a course's modules in order, each with its lessons: a module added at the end,
 * renamed (its title per language), moved up or down, deleted with its lessons; a lesson moved or deleted here and
 * written on its own page. Every change names the version shown, and the outline is read again after it.
 */
@Named
@ViewScoped
public class OutlineBacking implements Serializable {

    @Inject
    private CourseEditing courses;

    @Inject
    private OutlineEditing outline;

    private Long id;
    private boolean loaded;
    private Course course;
    private TranslatedText newModule = TranslatedText.empty();
    private Long renaming;
    private TranslatedText moduleTitles;

    public void load() {
        if (loaded) return;
        loaded = true;
        reload();
    }

    private void reload() {
        course = courses.get(id); // missing or another organisation's: the 404 page
    }

    public void addModule() {
        act(() -> outline.addModule(course.getId(), course.getVersion(), newModule.texts()), "trn.moduleAdded");
        newModule = TranslatedText.empty();
    }

    public void rename(CourseModule module) {
        renaming = module.getId();
        moduleTitles = TranslatedText.of(module.getTitles());
    }

    public void saveTitles(CourseModule module) {
        if (act(() -> outline.editModule(module.getId(), module.getVersion(), moduleTitles.texts()), "bo.saved")) renaming = null;
    }

    public void moveModule(CourseModule module, int step) {
        act(() -> outline.moveModule(module.getId(), module.getVersion(), step), "bo.saved");
    }

    public void deleteModule(CourseModule module) {
        act(() -> outline.deleteModule(module.getId(), module.getVersion()), "bo.deleted");
    }

    public void moveLesson(Lesson lesson, int step) {
        act(() -> outline.moveLesson(lesson.getId(), lesson.getVersion(), step), "bo.saved");
    }

    public void deleteLesson(Lesson lesson) {
        act(() -> outline.deleteLesson(lesson.getId(), lesson.getVersion()), "bo.deleted");
    }

    /** Runs one change; a refusal (someone else's change meanwhile, a missing title) is a message. Always reads again. */
    private boolean act(Runnable change, String done) {
        try {
            change.run();
            FacesMessages.info(done);
            return true;
        } catch (RuntimeException e) {
            BackofficeErrors.show(e);
            return false;
        } finally {
            reload();
        }
    }

    public String moduleTitle(CourseModule module) { return module.title(Languages.DEFAULT); }
    public String lessonTitle(Lesson lesson) { return lesson.title(Languages.DEFAULT); }
    public boolean isRenaming(CourseModule module) { return module.getId().equals(renaming); }

    public Course getCourse() { return course; }
    public TranslatedText getNewModule() { return newModule; }
    public TranslatedText getModuleTitles() { return moduleTitles; }
    public Long getId() { return id; }
    public void setId(Long id) { if (!loaded) this.id = id; }
}
