package bg.integra.web.admin.training;

import bg.integra.common.Languages;
import bg.integra.training.Course;
import bg.integra.training.CourseEditing;
import bg.integra.web.common.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * admin/training/index.xhtml: the courses the caller may edit (a trainer's organisation's, an administrator's all),
 * by address, paged in the database.
 */
@Named
@ViewScoped
public class CourseListBacking implements Serializable {

    @Inject
    private CourseEditing editing;

    private final PagedModel<Course> model = PagedModel.of(request -> editing.list(request), Course::getId);

    public String title(Course course) {
        return course.title(Languages.DEFAULT);
    }

    public PagedModel<Course> getModel() { return model; }
}
