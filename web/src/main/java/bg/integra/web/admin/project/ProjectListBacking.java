package bg.integra.web.admin.project;

import bg.integra.common.Region;
import bg.integra.project.Project;
import bg.integra.project.ProjectQuery;
import bg.integra.project.ProjectService;
import bg.integra.project.ProjectStatus;
import bg.integra.web.common.BackofficeErrors;
import bg.integra.web.common.FacesMessages;
import bg.integra.web.common.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** admin/projects/list.xhtml: the projects the signed-in person may edit, searched and paged in the database. */
@Named
@ViewScoped
public class ProjectListBacking implements Serializable {

    @Inject
    private ProjectService projects;

    private String text;
    private Region region;
    private ProjectStatus status;

    private final PagedModel<Project> model = PagedModel.of(request -> projects.editable(query(), request), Project::getId);

    private ProjectQuery query() {
        return new ProjectQuery(region, status, text, null);
    }

    public void delete(Project project) {
        try {
            projects.delete(project.getId(), project.getVersion());
            FacesMessages.info("bo.deleted");
        } catch (RuntimeException e) {
            BackofficeErrors.show(e);
        }
    }

    public PagedModel<Project> getModel() { return model; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Region getRegion() { return region; }
    public void setRegion(Region region) { this.region = region; }
    public ProjectStatus getStatus() { return status; }
    public void setStatus(ProjectStatus status) { this.status = status; }
    public Region[] getRegions() { return Region.values(); }
    public ProjectStatus[] getStatuses() { return ProjectStatus.values(); }
}
