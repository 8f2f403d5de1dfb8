package bg.integra.web.admin.materials;

import bg.integra.common.NotFoundException;
import bg.integra.common.PageRequest;
import bg.integra.project.Project;
import bg.integra.project.ProjectService;
import bg.integra.project.PublicityKind;
import bg.integra.publicity.Distribution;
import bg.integra.publicity.MaterialDetails;
import bg.integra.publicity.PublicityMaterial;
import bg.integra.publicity.PublicityMaterialService;
import bg.integra.resource.Resource;
import bg.integra.resource.ResourceService;
import bg.integra.web.common.BackofficeErrors;
import bg.integra.web.common.FacesMessages;
import bg.integra.web.common.UploadedFiles;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * admin/materials/edit.xhtml: one printed or publicity material (?id=…) or a new one for a project (?project=…):
 * its facts, and once saved, its evidence (photos and scans) and distribution log. A material of a project the
 * caller may not edit answers as not found.
 */
@Named
@ViewScoped
public class EditMaterialBacking implements Serializable {

    @Inject
    private PublicityMaterialService materials;

    @Inject
    private ProjectService projects;

    @Inject
    private ResourceService resources;

    private Long id;
    private Long projectId;
    private boolean loaded;
    private PublicityMaterial material;
    private Project project;
    private List<Resource> projectResources;

    // the form
    private PublicityKind kind = PublicityKind.HANDBOOK;
    private String title;
    private Integer quantity;
    private LocalDate date;
    private String supplier;
    private Long resourceId;

    // a new line of the distribution log
    private LocalDate handedOn;
    private String recipient;
    private Integer copies;

    private transient UploadedFile evidenceFile;

    public void load() throws IOException {
        if (loaded) return;
        loaded = true;
        if (id != null) {
            material = materials.get(id);
            projectId = material.getProject().getId();
        } else if (projectId == null) {
            throw new NotFoundException("Project", "none");
        }
        project = projects.getForEdit(projectId); // not found or not theirs: the 404 page (ServiceExceptionHandler)
        projectResources = resources.resources(null, null, null, projectId, new PageRequest(0, PageRequest.MAX_SIZE)).items();
        if (material != null) {
            kind = material.getKind();
            title = material.getTitle();
            quantity = material.getQuantity();
            date = material.getDate();
            supplier = material.getSupplier();
            resourceId = material.getResource() == null ? null : material.getResource().getId();
        }
    }

    public String save() {
        MaterialDetails details = new MaterialDetails(kind, title, quantity == null ? 0 : quantity, date, supplier, resourceId);
        try {
            material = material == null ? materials.create(projectId, details)
                    : materials.update(material.getId(), material.getVersion(), details);
            FacesMessages.info("bo.saved");
            return "/admin/materials/edit.xhtml?faces-redirect=true&id=" + material.getId();
        } catch (RuntimeException e) {
            BackofficeErrors.showAtField(e, "form");
            return null;
        }
    }

    public String delete() {
        try {
            materials.delete(material.getId(), material.getVersion());
            FacesMessages.info("bo.deleted");
            return "/admin/materials/list.xhtml?faces-redirect=true&project=" + projectId;
        } catch (RuntimeException e) {
            BackofficeErrors.show(e);
            return null;
        }
    }

    public void distribute() {
        try {
            materials.distribute(material.getId(), new Distribution(handedOn, recipient, copies == null ? 0 : copies));
            FacesMessages.info("bo.saved");
            handedOn = null;
            recipient = null;
            copies = null;
        } catch (RuntimeException e) {
            BackofficeErrors.showAtField(e, "distribution");
        }
        reload();
    }

    public void removeDistribution(int index) {
        try {
            materials.removeDistribution(material.getId(), index);
            FacesMessages.info("bo.deleted");
        } catch (RuntimeException e) {
            BackofficeErrors.showAtField(e, "distribution");
        }
        reload();
    }

    public void upload() {
        UploadedFiles.store(evidenceFile, "evidence:file", (name, bytes) -> materials.addEvidence(material.getId(), name, bytes));
        reload();
    }

    public void removeEvidence(long fileId) {
        try {
            materials.removeEvidence(material.getId(), fileId);
            FacesMessages.info("bo.deleted");
        } catch (RuntimeException e) {
            BackofficeErrors.show(e);
        }
        reload();
    }

    private void reload() {
        material = materials.get(material.getId());
    }

    public boolean isNew() { return material == null; }
    public PublicityMaterial getMaterial() { return material; }
    public Project getProject() { return project; }
    public List<Resource> getProjectResources() { return projectResources; }
    public PublicityKind[] getKinds() { return PublicityKind.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getProjectId() { return projectId; }
    public void setProjectId(Long projectId) { this.projectId = projectId; }
    public PublicityKind getKind() { return kind; }
    public void setKind(PublicityKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Integer getQuantity() { return quantity; }
    public void setQuantity(Integer quantity) { this.quantity = quantity; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getSupplier() { return supplier; }
    public void setSupplier(String supplier) { this.supplier = supplier; }
    public Long getResourceId() { return resourceId; }
    public void setResourceId(Long resourceId) { this.resourceId = resourceId; }
    public LocalDate getHandedOn() { return handedOn; }
    public void setHandedOn(LocalDate handedOn) { this.handedOn = handedOn; }
    public String getRecipient() { return recipient; }
    public void setRecipient(String recipient) { this.recipient = recipient; }
    public Integer getCopies() { return copies; }
    public void setCopies(Integer copies) { this.copies = copies; }
    public UploadedFile getEvidenceFile() { return evidenceFile; }
    public void setEvidenceFile(UploadedFile evidenceFile) { this.evidenceFile = evidenceFile; }
}
