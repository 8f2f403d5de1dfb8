package bg.integra.publicity;

import bg.integra.audit.AuditState;
import bg.integra.audit.Audited;
import bg.integra.audit.AuditedType;
import bg.integra.common.Text;
import bg.integra.media.StoredFile;
import bg.integra.project.Project;
import bg.integra.project.PublicityKind;
import bg.integra.resource.Resource;
import jakarta.persistence.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A printed or publicity material a project made under its grant's publicity rules: 250 copies of a handbook,
 * a roll-up banner, the board at the project office, a paid publication in a regional daily. The audit asks for
 * the quantity, the date, the supplier and evidence (a photo or a scan), and for where the copies went: the
 * distribution log, whose copies may never add up to more than were made. The quantities are what the project's
 * "copies printed" indicators count.
 */
@Entity
@Table(name = "publicity_material")
@NamedQuery(name = PublicityMaterial.FIND_BY_PROJECT,
        query = "SELECT m FROM PublicityMaterial m WHERE m.project.id = :project ORDER BY m.date, m.id")
@NamedQuery(name = PublicityMaterial.SUM_BY_KIND,
        query = "SELECT m.kind, SUM(m.quantity) FROM PublicityMaterial m WHERE m.project.id = :project GROUP BY m.kind")
public class PublicityMaterial implements Audited {

    public static final String FIND_BY_PROJECT = "PublicityMaterial.findByProject";
    public static final String SUM_BY_KIND = "PublicityMaterial.sumByKind";
    public static final int TITLE_LENGTH = 300;
    public static final int SUPPLIER_LENGTH = 200;
    public static final int MAX_QUANTITY = 10_000_000;

    @Id
    @SequenceGenerator(name = "publicity_material_seq", sequenceName = "publicity_material_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "publicity_material_seq")
    private Long id;

    @Version
    private long version;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = PublicityKind.LENGTH, nullable = false)
    private PublicityKind kind;

    @NotBlank
    @Size(max = TITLE_LENGTH)
    @Column(name = "title", length = TITLE_LENGTH, nullable = false)
    private String title;

    @PositiveOrZero
    @Max(MAX_QUANTITY)
    @Column(name = "quantity", nullable = false)
    private int quantity;

    /** When the material was printed, put up or published. */
    @Column(name = "made_on")
    private LocalDate date;

    @Size(max = SUPPLIER_LENGTH)
    @Column(name = "supplier", length = SUPPLIER_LENGTH)
    private String supplier;

    /** The material as published in the library, when it is there. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "resource_id")
    private Resource resource;

    /** Photos and scans that prove the material exists, stored as uploads are. */
    @ManyToMany
    @JoinTable(name = "publicity_material_evidence",
            joinColumns = @JoinColumn(name = "material_id"),
            inverseJoinColumns = @JoinColumn(name = "file_id"))
    @OrderColumn(name = "position")
    @BatchFetch(BatchFetchType.IN) // a project's list reads all its materials' evidence in one query
    private List<StoredFile> evidence = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "publicity_distribution", joinColumns = @JoinColumn(name = "material_id"))
    @OrderColumn(name = "position")
    @BatchFetch(BatchFetchType.IN)
    private List<@Valid Distribution> distribution = new ArrayList<>();

    protected PublicityMaterial() {
    }

    public PublicityMaterial(Project project, PublicityKind kind, String title, int quantity) {
        this.project = Objects.requireNonNull(project, "project");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.title = Text.blankToNull(title);
        this.quantity = quantity;
    }

    /** The copies handed out may not exceed the copies made. */
    @AssertTrue(message = "{integra.publicity.overDistributed}")
    public boolean isDistributionWithinQuantity() {
        return distributed() <= quantity;
    }

    public int distributed() {
        return distribution.stream().mapToInt(Distribution::getCopies).sum();
    }

    public int remaining() {
        return quantity - distributed();
    }

    public void addEvidence(StoredFile file) {
        evidence.add(Objects.requireNonNull(file, "file"));
    }

    public boolean removeEvidence(long fileId) {
        return evidence.removeIf(f -> f.getId() == fileId);
    }

    public void distribute(Distribution entry) {
        distribution.add(Objects.requireNonNull(entry, "entry"));
    }

    public void removeDistribution(int index) {
        distribution.remove(index);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Project getProject() { return project; }
    public PublicityKind getKind() { return kind; }
    public void setKind(PublicityKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = Text.blankToNull(title); }
    public int getQuantity() { return quantity; }
    public void setQuantity(int quantity) { this.quantity = quantity; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getSupplier() { return supplier; }
    public void setSupplier(String supplier) { this.supplier = Text.blankToNull(supplier); }
    public Resource getResource() { return resource; }
    public void setResource(Resource resource) { this.resource = resource; }
    public List<StoredFile> getEvidence() { return Collections.unmodifiableList(evidence); }
    public List<Distribution> getDistribution() { return Collections.unmodifiableList(distribution); }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof PublicityMaterial other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return PublicityMaterial.class.hashCode();
    }

    @Override
    public String toString() {
        return "PublicityMaterial[" + id + ", " + kind + "]";
    }

    @Override
    public AuditedType auditedType() { return AuditedType.MATERIAL; }

    @Override
    public Long auditedProjectId() { return project == null ? null : project.getId(); }

    /** The facts, the evidence by file id and the distribution log, one line per hand-out. */
    @Override
    public AuditState auditState() {
        return AuditState.of().put("kind", kind).put("title", title).put("quantity", quantity).put("date", date)
                .put("supplier", supplier).put("resource", resource == null ? null : resource.getId())
                .put("evidence", evidence.stream().map(StoredFile::getId).toList())
                .put("distribution", distribution.stream()
                        .map(d -> d.getDate() + " " + d.getRecipient() + ": " + d.getCopies()).toList());
    }
}
