package bg.integra.publicity;

import bg.integra.account.Roles;
import bg.integra.audit.AuditAction;
import bg.integra.audit.AuditState;
import bg.integra.audit.AuditTrail;
import bg.integra.common.ConflictException;
import bg.integra.common.NotFoundException;
import bg.integra.common.RuleRefusedException;
import bg.integra.content.Content;
import bg.integra.media.MediaService;
import bg.integra.media.StoredFile;
import bg.integra.project.Project;
import bg.integra.project.ProjectService;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The publicity compliance checklist of projects: for every rule of the scheme ({@link ComplianceItem}) whether
 * the project meets it, with evidence, or why it does not apply. Kept by the staff who run the project: an
 * administrator for every project, a coordinator only for their own organisation's (as {@link ProjectService#mayEdit}
 * decides); any other project answers as not found. A rule never touched has no row and counts as MISSING.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.COORDINATOR})
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
public class ComplianceService {

    /** Why a change was refused (message keys, as {@link RuleRefusedException#reason()}). */
    public static final String EVIDENCE_REQUIRED = "compliance.evidenceRequired";
    public static final String NOTE_REQUIRED = "compliance.noteRequired";
    public static final String FOREIGN_MATERIAL = "compliance.foreignMaterial";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private ProjectService projects;

    @Inject
    private MediaService media;

    @Inject
    private Validator validator;

    @Inject
    private AuditTrail audit;

    /** Every rule of the project's checklist in the rules' order; untouched ones as unsaved MISSING checks. */
    public List<ComplianceCheck> checklist(long projectId) {
        Project project = editableProject(projectId);
        return complete(project, stored(em, projectId));
    }

    /** The rules the project does not meet yet (neither met nor not applicable), in the rules' order. */
    public List<ComplianceItem> missing(long projectId) {
        return checklist(projectId).stream()
                .filter(c -> c.getStatus() == ComplianceStatus.MISSING)
                .map(ComplianceCheck::getItem).toList();
    }

    /**
     * Sets a rule's status, note and linked materials. {@code expectedVersion} is the version read, null when the
     * rule had no row yet. MET needs evidence (a file already attached or a material), NOT_APPLICABLE a note.
     */
    public ComplianceCheck update(long projectId, @NotNull ComplianceItem item, Long expectedVersion,
                                  @NotNull ComplianceStatus status, String note, @NotNull Collection<Long> materialIds) {
        Project project = editableProject(projectId);
        ComplianceCheck check = find(projectId, item);
        AuditState before = check == null ? null : check.auditState();
        if (check == null) {
            if (expectedVersion != null) throw ConflictException.stale("ComplianceCheck", item);
            check = new ComplianceCheck(project, item);
            check.changed(caller(), now()); // before persist: bean validation runs there
            em.persist(check);
        } else if (expectedVersion == null || check.getVersion() != expectedVersion) {
            throw ConflictException.stale("ComplianceCheck", check.getId());
        }
        List<PublicityMaterial> chosen = new ArrayList<>();
        for (Long id : materialIds) {
            PublicityMaterial material = em.find(PublicityMaterial.class, id);
            if (material == null || !material.getProject().getId().equals(projectId)) {
                throw new RuleRefusedException("materials", FOREIGN_MATERIAL,
                        "Material " + id + " is not the project's");
            }
            if (!chosen.contains(material)) chosen.add(material);
        }
        check.setMaterials(chosen);
        check.setStatus(status);
        check.setNote(note);
        checkRules(check);
        check.changed(caller(), now());
        return flush(check, before);
    }

    /**
     * Stores a photo or scan (JPEG, PNG, GIF or PDF, checked by content) as evidence of a rule; the status does not
     * change. A refused file rolls the whole call back.
     */
    public StoredFile addEvidence(long projectId, @NotNull ComplianceItem item, String fileName, @NotNull byte[] bytes) {
        Project project = editableProject(projectId);
        ComplianceCheck check = find(projectId, item);
        AuditState before = check == null ? null : check.auditState();
        if (check == null) {
            check = new ComplianceCheck(project, item);
            check.changed(caller(), now()); // before persist: bean validation runs there
            em.persist(check);
        }
        StoredFile file = media.store(fileName, bytes);
        check.addFile(file);
        check.changed(caller(), now());
        flush(check, before);
        return file;
    }

    /** Removes an evidence file; refused when the rule is MET and nothing else proves it. */
    public ComplianceCheck removeEvidence(long projectId, @NotNull ComplianceItem item, long fileId) {
        editableProject(projectId);
        ComplianceCheck check = find(projectId, item);
        AuditState before = check == null ? null : check.auditState();
        if (check == null || !check.removeFile(fileId)) throw new NotFoundException("StoredFile", fileId);
        checkRules(check);
        check.changed(caller(), now());
        return flush(check, before);
    }

    /** The stored checks of a project by rule, with their evidence loaded; for the report too. */
    public static Map<ComplianceItem, ComplianceCheck> stored(EntityManager em, long projectId) {
        Map<ComplianceItem, ComplianceCheck> byItem = new EnumMap<>(ComplianceItem.class);
        for (ComplianceCheck c : em.createNamedQuery(ComplianceCheck.FIND_BY_PROJECT, ComplianceCheck.class)
                .setParameter("project", projectId).getResultList()) {
            c.getFiles().size();
            c.getMaterials().size();
            byItem.put(c.getItem(), c);
        }
        return byItem;
    }

    /** Every rule in order: the stored check or a new, unsaved MISSING one. */
    public static List<ComplianceCheck> complete(Project project, Map<ComplianceItem, ComplianceCheck> stored) {
        List<ComplianceCheck> all = new ArrayList<>();
        for (ComplianceItem item : ComplianceItem.values()) {
            all.add(stored.getOrDefault(item, new ComplianceCheck(project, item)));
        }
        return all;
    }

    private static void checkRules(ComplianceCheck check) {
        if (check.getStatus() == ComplianceStatus.MET && !check.hasEvidence()) {
            throw new RuleRefusedException("status", EVIDENCE_REQUIRED,
                    check.getItem() + " is met only with evidence");
        }
        if (check.getStatus() == ComplianceStatus.NOT_APPLICABLE && check.getNote() == null) {
            throw new RuleRefusedException("note", NOTE_REQUIRED,
                    check.getItem() + " is not applicable only with a note saying why");
        }
    }

    private ComplianceCheck find(long projectId, ComplianceItem item) {
        return em.createNamedQuery(ComplianceCheck.FIND_BY_PROJECT, ComplianceCheck.class)
                .setParameter("project", projectId).getResultStream()
                .filter(c -> c.getItem() == item).findFirst().orElse(null);
    }

    /** Writes the change now and records it: created when there was no row before ({@code before} null). */
    private ComplianceCheck flush(ComplianceCheck check, AuditState before) {
        var violations = validator.validate(check);
        if (!violations.isEmpty()) throw new ConstraintViolationException(violations);
        try {
            em.flush();
            if (before == null) audit.created(check);
            else audit.record(AuditAction.UPDATE, check, before);
            return check;
        } catch (OptimisticLockException e) {
            throw ConflictException.stale("ComplianceCheck", check.getId());
        } catch (PersistenceException e) {
            // two first changes of one rule at once: the unique (project, item) refuses the second
            throw ConflictException.stale("ComplianceCheck", check.getItem());
        }
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(Content.ZONE);
    }

    private Project editableProject(long projectId) {
        Project project = em.find(Project.class, projectId);
        if (project == null || !projects.mayEdit(project)) throw new NotFoundException("Project", projectId);
        return project;
    }
}
