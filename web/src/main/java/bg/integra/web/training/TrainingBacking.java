package bg.integra.web.training;

import bg.integra.change.Tags;
import bg.integra.common.Languages;
import bg.integra.common.Page;
import bg.integra.training.Course;
import bg.integra.training.CourseAudience;
import bg.integra.training.CourseQuery;
import bg.integra.training.CourseTopic;
import bg.integra.training.TrainingCatalogue;
import bg.integra.web.cache.PageTags;
import bg.integra.web.portal.Pager;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * /training: the catalogue of published courses, filtered by audience, language and topic with a plain GET form
 * (an odd value is no filter), paged in the database.
 */
@Named
@RequestScoped
public class TrainingBacking extends TrainingPage {

    static final int PAGE_SIZE = 20;

    @Inject
    private TrainingCatalogue catalogue;

    private String pageParameter;
    private String audienceParameter;
    private String languageParameter;
    private String topicParameter;
    private CourseAudience audience;
    private String courseLanguage;
    private CourseTopic topic;
    private Page<Course> courses;

    public void load() {
        PageTags.declare(Tags.TRAINING);
        audience = option(CourseAudience.class, audienceParameter);
        topic = option(CourseTopic.class, topicParameter);
        courseLanguage = languageParameter != null && Languages.PORTAL.contains(languageParameter) ? languageParameter : null;
        courses = catalogue.catalogue(new CourseQuery(audience, courseLanguage, topic), pageRequest(pageParameter, PAGE_SIZE));
    }

    public Pager getPager() {
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("audience", audience);
        filters.put("language", courseLanguage);
        filters.put("topic", topic);
        return pager(courses, "/training", filters);
    }

    public List<Course> getCourses() { return courses.items(); }
    public long getTotal() { return courses.totalItems(); }
    public CourseAudience[] getAudiences() { return CourseAudience.values(); }
    public CourseTopic[] getTopics() { return CourseTopic.values(); }
    public List<String> getLanguages() { return Languages.PORTAL; }
    public CourseAudience getAudience() { return audience; }
    public CourseTopic getTopic() { return topic; }
    public String getCourseLanguage() { return courseLanguage; }

    public String getPageParameter() { return pageParameter; }
    public void setPageParameter(String pageParameter) { this.pageParameter = pageParameter; }
    public String getAudienceParameter() { return audienceParameter; }
    public void setAudienceParameter(String audienceParameter) { this.audienceParameter = audienceParameter; }
    public String getLanguageParameter() { return languageParameter; }
    public void setLanguageParameter(String languageParameter) { this.languageParameter = languageParameter; }
    public String getTopicParameter() { return topicParameter; }
    public void setTopicParameter(String topicParameter) { this.topicParameter = topicParameter; }
}
