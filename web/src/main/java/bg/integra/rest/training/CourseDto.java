package bg.integra.rest.training;

import bg.integra.training.Course;
import bg.integra.training.CourseAudience;
import bg.integra.training.CourseModule;
import bg.integra.training.CourseText;
import bg.integra.training.CourseTopic;
import bg.integra.training.EnrolmentMode;
import bg.integra.training.Lesson;

import java.util.List;

/**
 * A published course's public outline: what {@link CourseSummaryDto} says, what its certificate says, the project it
 * belongs to (an id, or null) and its modules with their lessons' titles in order. The lessons' texts are for its
 * enrolled learners, on the portal.
 */
public record CourseDto(long id, String slug, String title, String summary, String certificateText, String textLanguage,
                        CourseAudience audience, CourseTopic topic, int hours, List<String> languages,
                        EnrolmentMode enrolment, String organisation, Long projectId, List<ModuleDto> modules,
                        String page) {

    /** A module's title and its lessons, in order. */
    public record ModuleDto(long id, int position, String title, List<LessonDto> lessons) {
    }

    /** A lesson's title, in the course's order. */
    public record LessonDto(long id, int position, String title) {
    }

    static CourseDto of(Course c, String lang) {
        CourseText text = c.text(lang);
        return new CourseDto(c.getId(), c.getSlug(), text.getTitle(), text.getSummary(), text.getCertificateText(),
                c.textLanguage(lang), c.getAudience(), c.getTopic(), c.getHours(), c.getLanguages(), c.getEnrolment(),
                c.getOrganisation().name(lang), c.getProject() == null ? null : c.getProject().getId(),
                c.getModules().stream().map(m -> module(m, lang)).toList(), "/training/" + c.getSlug());
    }

    private static ModuleDto module(CourseModule m, String lang) {
        return new ModuleDto(m.getId(), m.getPosition(), m.title(lang),
                m.getLessons().stream().map(l -> lesson(l, lang)).toList());
    }

    private static LessonDto lesson(Lesson l, String lang) {
        return new LessonDto(l.getId(), l.getPosition(), l.title(lang));
    }
}
