package bg.integra.web.admin.training;

import bg.integra.common.Languages;
import bg.integra.training.Course;
import bg.integra.training.CourseEditing;
import bg.integra.training.Learners;
import bg.integra.web.common.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** admin/training/enrolments.xhtml: a course's learners, newest first, with their progress, paged in the database. */
@Named
@ViewScoped
public class EnrolmentsBacking implements Serializable {

    @Inject
    private CourseEditing courses;

    @Inject
    private Learners learners;

    private Long id;
    private boolean loaded;
    private Course course;

    private final PagedModel<Learners.Line> model = PagedModel.of(request -> learners.enrolments(id, request), Learners.Line::enrolmentId);

    public void load() {
        if (loaded) return;
        loaded = true;
        course = courses.get(id); // missing or another organisation's: the 404 page
    }

    public String getTitle() { return course.title(Languages.DEFAULT); }
    public Course getCourse() { return course; }
    public PagedModel<Learners.Line> getModel() { return model; }
    public Long getId() { return id; }
    public void setId(Long id) { if (!loaded) this.id = id; }
}
