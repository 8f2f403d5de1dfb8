package bg.integra.web.admin.project;

import bg.integra.common.Page;
import bg.integra.common.PageRequest;
import bg.integra.common.Region;
import bg.integra.project.Project;
import bg.integra.project.ProjectQuery;
import bg.integra.project.ProjectService;
import bg.integra.project.ProjectStatus;
import bg.integra.web.common.BackofficeErrors;
import bg.integra.web.common.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** admin/projects/list.xhtml: the projects the signed-in person may edit, searched and paged in the database. */
@Named
@ViewScoped
public class ProjectListBacking implements Serializable {

    @Inject
    private ProjectService projects;

    private String text;
    private Region region;
    private ProjectStatus status;

    private final LazyDataModel<Project> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) projects.editable(query(), new PageRequest(0, 1)).totalItems();
        }

        @Override
        public List<Project> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            int size = Math.min(pageSize, PageRequest.MAX_SIZE);
            Page<Project> page = projects.editable(query(), new PageRequest(first / size, size));
            setRowCount((int) page.totalItems());
            return page.items();
        }

        @Override
        public String getRowKey(Project project) {
            return String.valueOf(project.getId());
        }

        @Override
        public Project getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream()
                    .filter(p -> String.valueOf(p.getId()).equals(rowKey)).findFirst().orElse(null);
        }
    };

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

    public LazyDataModel<Project> getModel() { return model; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Region getRegion() { return region; }
    public void setRegion(Region region) { this.region = region; }
    public ProjectStatus getStatus() { return status; }
    public void setStatus(ProjectStatus status) { this.status = status; }
    public Region[] getRegions() { return Region.values(); }
    public ProjectStatus[] getStatuses() { return ProjectStatus.values(); }
}
