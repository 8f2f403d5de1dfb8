package bg.integra.rest.training;

import bg.integra.training.Course;
import bg.integra.training.CourseAudience;
import bg.integra.training.CourseText;
import bg.integra.training.CourseTopic;
import bg.integra.training.EnrolmentMode;

import java.util.List;

/**
 * A published course in the catalogue: its texts in the language asked for or its fallback ({@code textLanguage}
 * says which), whom it is for, its topic, length in hours, the languages it is written in, how one enrols and the
 * address of its page on the portal.
 */
public record CourseSummaryDto(long id, String slug, String title, String summary, String textLanguage,
                               CourseAudience audience, CourseTopic topic, int hours, List<String> languages,
                               EnrolmentMode enrolment, String organisation, String page) {

    static CourseSummaryDto of(Course c, String lang) {
        CourseText text = c.text(lang);
        return new CourseSummaryDto(c.getId(), c.getSlug(), text.getTitle(), text.getSummary(), c.textLanguage(lang),
                c.getAudience(), c.getTopic(), c.getHours(), c.getLanguages(), c.getEnrolment(),
                c.getOrganisation().name(lang), "/training/" + c.getSlug());
    }
}
