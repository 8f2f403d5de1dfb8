package bg.integra.web.admin.project;

import bg.integra.common.NotFoundException;
import bg.integra.project.Project;
import bg.integra.project.ProjectService;
import bg.integra.publicity.ComplianceCheck;
import bg.integra.publicity.ComplianceItem;
import bg.integra.publicity.ComplianceService;
import bg.integra.publicity.ComplianceStatus;
import bg.integra.publicity.PublicityMaterial;
import bg.integra.publicity.PublicityMaterialService;
import bg.integra.web.common.BackofficeErrors;
import bg.integra.web.common.FacesMessages;
import bg.integra.web.common.UploadedFiles;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * admin/projects/checklist.xhtml?id=…: a project's publicity checklist, every rule with its status, note and
 * evidence; with {@code &item=RULE}, the form that changes one rule and takes its evidence files. A project the
 * caller may not edit answers as not found.
 */
@Named
@ViewScoped
public class ChecklistBacking implements Serializable {

    @Inject
    private ComplianceService compliance;

    @Inject
    private ProjectService projects;

    @Inject
    private PublicityMaterialService materials;

    private Long id;
    private ComplianceItem item;
    private boolean loaded;
    private Project project;
    private List<ComplianceCheck> checklist;
    private List<PublicityMaterial> projectMaterials;

    // the form of one rule
    private ComplianceStatus status;
    private String note;
    private List<Long> materialIds = new ArrayList<>();
    private transient UploadedFile evidenceFile;

    public void load() throws IOException {
        if (loaded) return;
        loaded = true;
        if (id == null) throw new NotFoundException("Project", "none");
        project = projects.getForEdit(id); // not found or not theirs: the 404 page (ServiceExceptionHandler)
        checklist = compliance.checklist(id);
        projectMaterials = materials.forProject(id);
        fillForm();
    }

    private void fillForm() {
        ComplianceCheck check = getCheck();
        if (check == null) return;
        status = check.getStatus();
        note = check.getNote();
        materialIds = new ArrayList<>(check.getMaterials().stream().map(PublicityMaterial::getId).toList());
    }

    public String save() {
        ComplianceCheck check = getCheck();
        try {
            compliance.update(id, item, check.getId() == null ? null : check.getVersion(), status, note,
                    materialIds == null ? List.of() : materialIds);
            FacesMessages.info("bo.saved");
            return "/admin/projects/checklist.xhtml?faces-redirect=true&id=" + id;
        } catch (RuntimeException e) {
            BackofficeErrors.showAtField(e, "form");
            return null;
        }
    }

    public void upload() {
        UploadedFiles.store(evidenceFile, "evidence:file", (name, bytes) -> compliance.addEvidence(id, item, name, bytes));
        reload();
    }

    public void removeEvidence(long fileId) {
        try {
            compliance.removeEvidence(id, item, fileId);
            FacesMessages.info("bo.deleted");
        } catch (RuntimeException e) {
            BackofficeErrors.showAtField(e, "form");
        }
        reload();
    }

    private void reload() {
        checklist = compliance.checklist(id);
        ComplianceStatus keptStatus = status;
        String keptNote = note;
        List<Long> keptMaterials = materialIds;
        fillForm();
        // an upload does not save the form: keep what was being typed
        status = keptStatus;
        note = keptNote;
        materialIds = keptMaterials;
    }

    /** The check of the rule being edited, or null on the overview. */
    public ComplianceCheck getCheck() {
        if (item == null || checklist == null) return null;
        return checklist.stream().filter(c -> c.getItem() == item).findFirst().orElse(null);
    }

    public long getMissingCount() {
        return checklist.stream().filter(c -> c.getStatus() == ComplianceStatus.MISSING).count();
    }

    public Project getProject() { return project; }
    public List<ComplianceCheck> getChecklist() { return checklist; }
    public List<PublicityMaterial> getProjectMaterials() { return projectMaterials; }
    public ComplianceStatus[] getStatuses() { return ComplianceStatus.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ComplianceItem getItem() { return item; }
    public void setItem(ComplianceItem item) { this.item = item; }
    public ComplianceStatus getStatus() { return status; }
    public void setStatus(ComplianceStatus status) { this.status = status; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public List<Long> getMaterialIds() { return materialIds; }
    public void setMaterialIds(List<Long> materialIds) { this.materialIds = materialIds; }
    public UploadedFile getEvidenceFile() { return evidenceFile; }
    public void setEvidenceFile(UploadedFile evidenceFile) { this.evidenceFile = evidenceFile; }
}
