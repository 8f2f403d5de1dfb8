package bg.integra.publicity;

import bg.integra.audit.AuditState;
import bg.integra.audit.Audited;
import bg.integra.audit.AuditedType;
import bg.integra.common.Text;
import bg.integra.media.StoredFile;
import bg.integra.project.Project;
import jakarta.persistence.*;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One rule of the scheme's publicity rules as one project meets it: met, with the evidence an auditor asks for
 * (a photo of the office board, a scan of the newspaper page, or the project's own publicity materials), still
 * missing, or not applicable, with a note that says why. Who changed it last and when is kept, because the
 * checklist is what the Contracting Authority's monitoring visit goes through.
 */
@Entity
@Table(name = "compliance_check")
@NamedQuery(name = ComplianceCheck.FIND_BY_PROJECT,
        query = "SELECT c FROM ComplianceCheck c WHERE c.project.id = :project")
public class ComplianceCheck implements Audited {

    public static final String FIND_BY_PROJECT = "ComplianceCheck.findByProject";
    public static final int NOTE_LENGTH = 1000;
    public static final int CHANGED_BY_LENGTH = 100;

    @Id
    @SequenceGenerator(name = "compliance_check_seq", sequenceName = "compliance_check_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "compliance_check_seq")
    private Long id;

    @Version
    private long version;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "item", length = ComplianceItem.LENGTH, nullable = false, updatable = false)
    private ComplianceItem item;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = ComplianceStatus.LENGTH, nullable = false)
    private ComplianceStatus status = ComplianceStatus.MISSING;

    @Size(max = NOTE_LENGTH)
    @Column(name = "note", length = NOTE_LENGTH)
    private String note;

    @ManyToMany
    @JoinTable(name = "compliance_check_file",
            joinColumns = @JoinColumn(name = "check_id"),
            inverseJoinColumns = @JoinColumn(name = "file_id"))
    @OrderColumn(name = "position")
    @BatchFetch(BatchFetchType.IN)
    private List<StoredFile> files = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "compliance_check_material",
            joinColumns = @JoinColumn(name = "check_id"),
            inverseJoinColumns = @JoinColumn(name = "material_id"))
    @OrderBy("id ASC")
    @BatchFetch(BatchFetchType.IN)
    private List<PublicityMaterial> materials = new ArrayList<>();

    @NotNull
    @Size(max = CHANGED_BY_LENGTH)
    @Column(name = "changed_by", length = CHANGED_BY_LENGTH, nullable = false)
    private String changedBy;

    @NotNull
    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    protected ComplianceCheck() {
    }

    public ComplianceCheck(Project project, ComplianceItem item) {
        this.project = Objects.requireNonNull(project, "project");
        this.item = Objects.requireNonNull(item, "item");
    }

    /** Whether the evidence a MET status needs is there: a file or one of the project's materials. */
    public boolean hasEvidence() {
        return !files.isEmpty() || !materials.isEmpty();
    }

    /** Records a change and who made it. */
    public void changed(String by, LocalDateTime at) {
        this.changedBy = Objects.requireNonNull(by, "by");
        this.changedAt = Objects.requireNonNull(at, "at");
    }

    public void addFile(StoredFile file) { files.add(Objects.requireNonNull(file, "file")); }
    public boolean removeFile(long fileId) { return files.removeIf(f -> f.getId() == fileId); }

    public void setMaterials(List<PublicityMaterial> chosen) {
        materials.clear();
        materials.addAll(chosen);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Project getProject() { return project; }
    public ComplianceItem getItem() { return item; }
    public ComplianceStatus getStatus() { return status; }
    public void setStatus(ComplianceStatus status) { this.status = Objects.requireNonNull(status, "status"); }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = Text.blankToNull(note); }
    public List<StoredFile> getFiles() { return Collections.unmodifiableList(files); }
    public List<PublicityMaterial> getMaterials() { return Collections.unmodifiableList(materials); }
    public String getChangedBy() { return changedBy; }
    public LocalDateTime getChangedAt() { return changedAt; }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ComplianceCheck other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return ComplianceCheck.class.hashCode();
    }

    @Override
    public String toString() {
        return "ComplianceCheck[" + id + ", " + item + ", " + status + "]";
    }

    @Override
    public AuditedType auditedType() { return AuditedType.COMPLIANCE; }

    @Override
    public Long auditedProjectId() { return project == null ? null : project.getId(); }

    /** The rule, its status and note, and its evidence: files by id, materials by id. */
    @Override
    public AuditState auditState() {
        return AuditState.of().put("item", item).put("status", status).put("note", note)
                .put("files", files.stream().map(StoredFile::getId).toList())
                .put("materials", materials.stream().map(PublicityMaterial::getId).toList());
    }
}
