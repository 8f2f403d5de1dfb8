package bg.integra.training;

/**
 * The catalogue's filters, each left out when null: whom the course is for, a language it is written in, its topic.
 */
public record CourseQuery(CourseAudience audience, String language, CourseTopic topic) {

    public static final CourseQuery ALL = new CourseQuery(null, null, null);
}
