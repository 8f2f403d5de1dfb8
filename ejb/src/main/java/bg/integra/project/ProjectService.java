package bg.integra.project;

import bg.integra.account.Caller;
import bg.integra.account.Callers;
import bg.integra.account.Roles;
import bg.integra.audit.AuditAction;
import bg.integra.audit.AuditState;
import bg.integra.audit.AuditTrail;
import bg.integra.common.ConflictException;
import bg.integra.common.Filtered;
import bg.integra.common.NotFoundException;
import bg.integra.common.Page;
import bg.integra.common.PageRequest;
import bg.integra.common.Text;
import bg.integra.common.Translations;
import bg.integra.content.Content;
import bg.integra.event.Event;
import bg.integra.organisation.Organisation;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * EU-funded projects and their indicators. Projects are public: anyone may search and read them. Changing one
 * takes a back-office role, and a coordinator may change only the projects whose beneficiary is their own
 * organisation. Every change is checked against the version the editor read, so that two people editing the
 * same project never silently overwrite each other.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.COORDINATOR})
public class ProjectService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private Validator validator;

    @Inject
    private AuditTrail audit;

    @PermitAll
    public Page<Project> search(@NotNull ProjectQuery query, @NotNull PageRequest request) {
        String text = Text.searchable(query.text());
        return Filtered.of(Project.class, "p").fetch("JOIN FETCH p.beneficiary")
                .where("p.region = :region", "region", query.region())
                .where("p.status = :status", "status", query.status())
                .where("p.beneficiary.id = :beneficiary", "beneficiary", query.beneficiaryId())
                .where("p.searchText LIKE :text" + Filtered.ESCAPE, "text", Filtered.containing(text))
                .readOnly()
                .page(em, "p.contractNumber.value", request);
    }

    /** A project with its beneficiary and indicators loaded. */
    @PermitAll
    public Project get(long id) {
        List<Project> found = em.createQuery(
                        "SELECT p FROM Project p JOIN FETCH p.beneficiary LEFT JOIN FETCH p.indicators WHERE p.id = :id",
                        Project.class)
                .setParameter("id", id).getResultList();
        if (found.isEmpty()) throw new NotFoundException("Project", id);
        Project project = found.get(0);
        project.getIndicators().forEach(i -> i.getNames().size()); // load the names before the entity leaves
        IndicatorCounts.show(em, id, project.getIndicators());
        project.getTexts().size();
        project.getBeneficiary().getNames().size();
        return project;
    }

    /** The projects the caller may edit: all for an administrator, their organisation's for a coordinator. */
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public Page<Project> editable(@NotNull ProjectQuery query, @NotNull PageRequest request) {
        Long scope = callers.current().scope();
        if (scope == null) return search(query, request);
        return search(new ProjectQuery(query.region(), query.status(), query.text(), scope), request);
    }

    /** Whether the caller may change this project. */
    @PermitAll
    public boolean mayEdit(Project project) {
        Caller caller = callers.current();
        return caller.isProjectStaff() && caller.mayActFor(project.getBeneficiary().getId());
    }

    /** A project for editing: not found when it does not exist or when the caller may not edit it. */
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public Project getForEdit(long id) {
        Project project = get(id);
        if (!mayEdit(project)) throw new NotFoundException("Project", id);
        return project;
    }

    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public Project create(@NotNull @Valid Project project) {
        checkMayActFor(project.getBeneficiary());
        checkContractNumberFree(project.getContractNumber(), null);
        em.persist(project);
        audit.created(project);
        project.getIndicators().forEach(audit::created);
        return project;
    }

    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public Project update(@NotNull @Valid Project edited) {
        Project current = em.find(Project.class, edited.getId());
        if (current == null || !mayEdit(current)) throw new NotFoundException("Project", edited.getId());
        checkMayActFor(edited.getBeneficiary());
        if (current.getVersion() != edited.getVersion()) throw ConflictException.stale("Project", edited.getId());
        checkContractNumberFree(edited.getContractNumber(), edited.getId());
        AuditState before = current.auditState();
        Map<Long, AuditState> indicatorsBefore = new HashMap<>();
        current.getIndicators().forEach(i -> indicatorsBefore.put(i.getId(), i.auditState()));
        List<Long> kept = edited.getIndicators().stream().map(Indicator::getId).toList();
        current.getIndicators().stream().filter(i -> !kept.contains(i.getId())).forEach(audit::deleted);
        try {
            Project merged = em.merge(edited);
            em.flush();
            audit.record(AuditAction.UPDATE, merged, before);
            for (Indicator i : merged.getIndicators()) {
                AuditState was = indicatorsBefore.get(i.getId());
                if (was == null) audit.created(i);
                else audit.record(AuditAction.UPDATE, i, was);
            }
            return merged;
        } catch (OptimisticLockException e) {
            throw ConflictException.stale("Project", edited.getId());
        }
    }

    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public void delete(long id, long expectedVersion) {
        Project project = em.find(Project.class, id);
        if (project == null || !mayEdit(project)) throw new NotFoundException("Project", id);
        if (project.getVersion() != expectedVersion) throw ConflictException.stale("Project", id);
        project.getIndicators().forEach(audit::deleted);
        // the project's content stays, unlinked (events from their activity too); done here rather than by the
        // database's ON DELETE SET NULL alone, so that no cached item keeps pointing at the deleted project
        for (Content c : em.createQuery("SELECT c FROM Content c WHERE c.project = :project", Content.class)
                .setParameter("project", project).getResultList()) {
            AuditState was = c.auditState();
            c.setProject(null);
            if (c instanceof Event e) e.setActivity(null);
            audit.record(AuditAction.UPDATE, c, was);
        }
        for (Activity activity : em.createNamedQuery(Activity.FIND_BY_PROJECT, Activity.class)
                .setParameter("project", id).getResultList()) {
            audit.deleted(activity);
            em.remove(activity);
        }
        audit.deleted(project);
        em.remove(project);
    }

    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public Indicator addIndicator(long projectId, @NotNull Map<String, String> names, @NotNull IndicatorUnit unit,
                                  int target, int achieved) {
        Project project = em.find(Project.class, projectId);
        if (project == null || !mayEdit(project)) throw new NotFoundException("Project", projectId);
        Indicator indicator = project.addIndicator(Translations.defaultText(names), unit, target, achieved);
        indicator.setNames(names);
        validate(indicator);
        em.persist(indicator);
        audit.created(indicator);
        return indicator;
    }

    /**
     * Adds an indicator counted from the project's records with the measure and its parameter (an event kind, a
     * target group code or a material kind; null for none). The names are per language, Bulgarian required.
     */
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public Indicator addCountedIndicator(long projectId, @NotNull Map<String, String> names,
                                         @NotNull IndicatorUnit unit, int target, @NotNull IndicatorMeasure measure,
                                         String parameter) {
        Project project = em.find(Project.class, projectId);
        if (project == null || !mayEdit(project)) throw new NotFoundException("Project", projectId);
        Indicator indicator = project.addIndicator(Translations.defaultText(names), unit, target, 0);
        indicator.setNames(names);
        indicator.count(measure, parameter);
        validate(indicator);
        checkTargetGroup(indicator);
        em.persist(indicator);
        return indicator;
    }

    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public Indicator updateIndicator(@NotNull @Valid Indicator edited) {
        Indicator current = em.find(Indicator.class, edited.getId());
        if (current == null || !mayEdit(current.getProject())) throw new NotFoundException("Indicator", edited.getId());
        if (current.getVersion() != edited.getVersion()) throw ConflictException.stale("Indicator", edited.getId());
        AuditState before = current.auditState();
        checkTargetGroup(edited);
        try {
            Indicator merged = em.merge(edited);
            em.flush();
            audit.record(AuditAction.UPDATE, merged, before);
            return merged;
        } catch (OptimisticLockException e) {
            throw ConflictException.stale("Indicator", edited.getId());
        }
    }

    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public void deleteIndicator(long indicatorId, long expectedVersion) {
        Indicator indicator = em.find(Indicator.class, indicatorId);
        if (indicator == null || !mayEdit(indicator.getProject())) throw new NotFoundException("Indicator", indicatorId);
        if (indicator.getVersion() != expectedVersion) throw ConflictException.stale("Indicator", indicatorId);
        audit.deleted(indicator);
        indicator.getProject().removeIndicator(indicator);
    }

    /** A count per target group names one that exists. */
    private void checkTargetGroup(Indicator indicator) {
        if (indicator.getMeasure() == null || indicator.getMeasure().parameter() != IndicatorMeasure.Parameter.TARGET_GROUP) return;
        if (indicator.getMeasureParameter() == null
                || em.find(TargetGroup.class, indicator.getMeasureParameter()) == null) {
            throw new ConflictException("validation.targetGroupUnknown", "No target group " + indicator.getMeasureParameter(),
                    indicator.getMeasureParameter());
        }
    }

    private void validate(Indicator indicator) {
        var violations = validator.validate(indicator);
        if (!violations.isEmpty()) throw new ConstraintViolationException(violations);
    }

    private void checkMayActFor(Organisation beneficiary) {
        if (beneficiary == null) return; // bean validation reports the missing beneficiary
        if (em.find(Organisation.class, beneficiary.getId()) == null) {
            throw new NotFoundException("Organisation", beneficiary.getId());
        }
        callers.current().requireMayActFor(beneficiary.getId());
    }

    private void checkContractNumberFree(ContractNumber number, Long ownId) {
        em.createNamedQuery(Project.FIND_BY_CONTRACT, Project.class)
                .setParameter("number", number.value())
                .getResultStream()
                .filter(p -> !p.getId().equals(ownId))
                .findAny()
                .ifPresent(p -> {
                    throw new ConflictException("conflict.contractNumberTaken", "Contract number " + number + " is taken", number);
                });
    }
}
