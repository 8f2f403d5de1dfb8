package bg.integra.training;

import java.util.Map;

/**
 * What a trainer writes of a course in the editor: its address, whom it is for, topic, hours, how learners join
 * (a blank key keeps the key set before), the project it belongs to and, for an administrator, the organisation
 * that gives it (a trainer's courses are always their own organisation's), and its texts per language.
 */
public record CourseDraft(String slug, CourseAudience audience, CourseTopic topic, Integer hours, EnrolmentMode enrolment,
                          String key, Long projectId, Long organisationId, Map<String, CourseText> texts) {
}
