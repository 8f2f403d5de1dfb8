package bg.integra.publicity;

import bg.integra.account.Roles;
import bg.integra.audit.AuditAction;
import bg.integra.audit.AuditState;
import bg.integra.audit.AuditTrail;
import bg.integra.common.ConflictException;
import bg.integra.common.NotFoundException;
import bg.integra.common.RuleRefusedException;
import bg.integra.media.MediaService;
import bg.integra.media.StoredFile;
import bg.integra.project.Project;
import bg.integra.project.ProjectService;
import bg.integra.project.PublicityKind;
import bg.integra.resource.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/**
 * The printed and publicity materials of projects, kept by the staff who run them: administrators for every
 * project, a coordinator only for their own organisation's projects (as {@link ProjectService#mayEdit} decides);
 * any other material answers as not found. Every change is one transaction: a refused distribution line or
 * evidence file leaves nothing behind.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.COORDINATOR})
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
public class PublicityMaterialService {

    /** Why a change was refused (message keys, as {@link RuleRefusedException#reason()}). */
    public static final String OVER_DISTRIBUTED = "pub.overDistributed";
    public static final String QUANTITY_BELOW_DISTRIBUTED = "pub.quantityBelowDistributed";
    public static final String FOREIGN_RESOURCE = "pub.foreignResource";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ProjectService projects;

    @Inject
    private MediaService media;

    @Inject
    private Validator validator;

    @Inject
    private AuditTrail audit;

    /** The project's materials with their evidence and distribution, oldest first. */
    public List<PublicityMaterial> forProject(long projectId) {
        editableProject(projectId);
        List<PublicityMaterial> found = em.createNamedQuery(PublicityMaterial.FIND_BY_PROJECT, PublicityMaterial.class)
                .setParameter("project", projectId).getResultList();
        found.forEach(PublicityMaterialService::load);
        return found;
    }

    /** One material for editing: not found when it does not exist or the caller may not edit its project. */
    public PublicityMaterial get(long id) {
        PublicityMaterial material = editable(id);
        load(material);
        if (material.getResource() != null) material.getResource().getSlug();
        return material;
    }

    public PublicityMaterial create(long projectId, @NotNull MaterialDetails details) {
        Project project = editableProject(projectId);
        PublicityMaterial material = new PublicityMaterial(project, details.kind() == null ? PublicityKind.OTHER : details.kind(),
                details.title(), details.quantity());
        apply(material, details);
        em.persist(material);
        em.flush();
        audit.created(material);
        return material;
    }

    public PublicityMaterial update(long id, long expectedVersion, @NotNull MaterialDetails details) {
        PublicityMaterial material = editable(id);
        if (material.getVersion() != expectedVersion) throw ConflictException.stale("PublicityMaterial", id);
        AuditState before = material.auditState();
        if (details.kind() != null) material.setKind(details.kind());
        material.setTitle(details.title());
        material.setQuantity(details.quantity());
        apply(material, details);
        return flush(material, before);
    }

    public void delete(long id, long expectedVersion) {
        PublicityMaterial material = editable(id);
        if (material.getVersion() != expectedVersion) throw ConflictException.stale("PublicityMaterial", id);
        audit.deleted(material);
        em.remove(material);
    }

    /** Adds a line to the distribution log; refused when the copies handed out would exceed the quantity. */
    public PublicityMaterial distribute(long id, @NotNull Distribution entry) {
        PublicityMaterial material = editable(id);
        var violations = validator.validate(entry);
        if (!violations.isEmpty()) throw new ConstraintViolationException(violations);
        if (entry.getCopies() > material.remaining()) {
            throw new RuleRefusedException("copies", OVER_DISTRIBUTED,
                    entry.getCopies() + " copies asked, " + material.remaining() + " left");
        }
        AuditState before = material.auditState();
        material.distribute(entry);
        return flush(material, before);
    }

    public PublicityMaterial removeDistribution(long id, int index) {
        PublicityMaterial material = editable(id);
        if (index < 0 || index >= material.getDistribution().size()) throw new NotFoundException("Distribution", index);
        AuditState before = material.auditState();
        material.removeDistribution(index);
        return flush(material, before);
    }

    /**
     * Stores a photo or scan (JPEG, PNG, GIF or PDF, checked by content) as evidence of the material. A refused
     * file ({@code InvalidFileException}) rolls the whole call back: no file, no link.
     */
    public StoredFile addEvidence(long id, String fileName, @NotNull byte[] bytes) {
        PublicityMaterial material = editable(id);
        StoredFile file = media.store(fileName, bytes);
        AuditState before = material.auditState();
        material.addEvidence(file);
        flush(material, before);
        return file;
    }

    public PublicityMaterial removeEvidence(long id, long fileId) {
        PublicityMaterial material = editable(id);
        AuditState before = material.auditState();
        if (!material.removeEvidence(fileId)) throw new NotFoundException("StoredFile", fileId);
        return flush(material, before);
    }

    private void apply(PublicityMaterial material, MaterialDetails details) {
        material.setDate(details.date());
        material.setSupplier(details.supplier());
        if (details.resourceId() == null) {
            material.setResource(null);
        } else {
            Resource resource = em.find(Resource.class, details.resourceId());
            if (resource == null || resource.getProject() == null
                    || !resource.getProject().getId().equals(material.getProject().getId())) {
                throw new RuleRefusedException("resource", FOREIGN_RESOURCE,
                        "Resource " + details.resourceId() + " is not the project's");
            }
            material.setResource(resource);
        }
        // a negative quantity is bean validation's to name; a smaller one than was handed out is this rule's
        if (details.quantity() >= 0 && details.quantity() < material.distributed()) {
            throw new RuleRefusedException("quantity", QUANTITY_BELOW_DISTRIBUTED,
                    details.quantity() + " copies, " + material.distributed() + " handed out");
        }
        var violations = validator.validate(material);
        if (!violations.isEmpty()) throw new ConstraintViolationException(violations);
    }

    /** Writes the change now (a stale version is a conflict, not a 500) and records it in the audit trail. */
    private PublicityMaterial flush(PublicityMaterial material, AuditState before) {
        try {
            em.flush();
            audit.record(AuditAction.UPDATE, material, before);
            return material;
        } catch (OptimisticLockException e) {
            throw ConflictException.stale("PublicityMaterial", material.getId());
        }
    }

    private PublicityMaterial editable(long id) {
        PublicityMaterial material = em.find(PublicityMaterial.class, id);
        if (material == null || !projects.mayEdit(material.getProject())) throw new NotFoundException("PublicityMaterial", id);
        return material;
    }

    private Project editableProject(long projectId) {
        Project project = em.find(Project.class, projectId);
        if (project == null || !projects.mayEdit(project)) throw new NotFoundException("Project", projectId);
        return project;
    }

    private static void load(PublicityMaterial material) {
        material.getEvidence().size();
        material.getDistribution().size();
    }
}
