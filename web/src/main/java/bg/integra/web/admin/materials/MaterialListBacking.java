package bg.integra.web.admin.materials;

import bg.integra.common.NotFoundException;
import bg.integra.project.Project;
import bg.integra.project.ProjectService;
import bg.integra.publicity.PublicityMaterial;
import bg.integra.publicity.PublicityMaterialService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.util.List;

/** admin/materials/list.xhtml?project=…: a project's printed and publicity materials; not found for other projects. */
@Named
@RequestScoped
public class MaterialListBacking {

    @Inject
    private ProjectService projects;

    @Inject
    private PublicityMaterialService materials;

    private Long projectId;
    private Project project;
    private List<PublicityMaterial> list = List.of();

    public void load() throws IOException {
        if (projectId == null) throw new NotFoundException("Project", "none");
        project = projects.getForEdit(projectId); // not found or not theirs: the 404 page (ServiceExceptionHandler)
        list = materials.forProject(projectId);
    }

    public Long getProjectId() { return projectId; }
    public void setProjectId(Long projectId) { this.projectId = projectId; }
    public Project getProject() { return project; }
    public List<PublicityMaterial> getMaterials() { return list; }
}
