package bg.integra.web.training;

import bg.integra.training.Course;
import bg.integra.training.CourseModule;
import bg.integra.training.Lesson;
import bg.integra.web.portalaccount.AccountPage;

/**
 * What the training's pages share: the texts of courses, modules and lessons in the page's language (with the
 * language they are really in, for the lang and dir attributes when it is a fallback) and their addresses. The
 * forms and the signed-in visitor come from {@link AccountPage}, as on the portal account's pages.
 */
public abstract class TrainingPage extends AccountPage {

    public String courseTitle(Course course) { return course.title(language.getLang()); }

    public String courseSummary(Course course) { return course.text(language.getLang()).getSummary(); }

    public String certificateText(Course course) { return course.text(language.getLang()).getCertificateText(); }

    public String courseLang(Course course) { return language.langIfOther(course.textLanguage(language.getLang())); }

    public String courseDir(Course course) { return language.dirIfOther(course.textLanguage(language.getLang())); }

    public String moduleTitle(CourseModule module) { return module.title(language.getLang()); }

    public String moduleLang(CourseModule module) { return language.langIfOther(module.titleLanguage(language.getLang())); }

    public String moduleDir(CourseModule module) { return language.dirIfOther(module.titleLanguage(language.getLang())); }

    public String lessonTitle(Lesson lesson) { return lesson.title(language.getLang()); }

    public String lessonLang(Lesson lesson) { return language.langIfOther(lesson.textLanguage(language.getLang())); }

    public String lessonDir(Lesson lesson) { return language.dirIfOther(lesson.textLanguage(language.getLang())); }

    public String courseHref(Course course) { return language.href(coursePath(course)); }

    public String lessonHref(Lesson lesson) { return language.href(lessonPath(lesson)); }

    protected static String coursePath(Course course) { return "/training/" + course.getSlug(); }

    protected static String lessonPath(Lesson lesson) { return coursePath(lesson.getCourse()) + "/lessons/" + lesson.getId(); }

    /** The portal's names of the course's languages, in the page's language. */
    public String languageNames(Course course) {
        return String.join(", ", course.getLanguages().stream().map(l -> text("lang." + l)).toList());
    }
}
