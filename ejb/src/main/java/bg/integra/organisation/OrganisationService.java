package bg.integra.organisation;

import bg.integra.account.Account;
import bg.integra.account.Roles;
import bg.integra.common.ConflictException;
import bg.integra.common.NotFoundException;
import bg.integra.common.Page;
import bg.integra.common.PageRequest;
import bg.integra.project.Project;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/**
 * The organisations of the network. Anyone may read them (they are public on the portal and in the API);
 * only an administrator adds, changes or removes one, and one that still runs projects or employs staff
 * cannot be removed.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.COORDINATOR})
public class OrganisationService {

    @PersistenceContext
    private EntityManager em;

    @PermitAll
    public Page<Organisation> list(@NotNull PageRequest request) {
        List<Organisation> items = em.createNamedQuery(Organisation.FIND_ALL, Organisation.class)
                .setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultList();
        long total = em.createNamedQuery(Organisation.COUNT_ALL, Long.class).getSingleResult();
        return new Page<>(items, request.page(), request.size(), total);
    }

    @PermitAll
    public List<Organisation> findAll() {
        return em.createNamedQuery(Organisation.FIND_ALL, Organisation.class).getResultList();
    }

    @PermitAll
    public Organisation get(long id) {
        Organisation organisation = em.find(Organisation.class, id);
        if (organisation == null) throw new NotFoundException("Organisation", id);
        return organisation;
    }

    @RolesAllowed(Roles.ADMIN)
    public Organisation create(@NotNull @Valid Organisation organisation) {
        em.persist(organisation);
        return organisation;
    }

    /** Saves the edited copy; refused when someone saved the same organisation since it was read. */
    @RolesAllowed(Roles.ADMIN)
    public Organisation update(@NotNull @Valid Organisation edited) {
        Organisation current = get(edited.getId());
        if (current.getVersion() != edited.getVersion()) {
            throw ConflictException.stale("Organisation", edited.getId());
        }
        try {
            Organisation merged = em.merge(edited);
            em.flush();
            return merged;
        } catch (OptimisticLockException e) {
            throw ConflictException.stale("Organisation", edited.getId());
        }
    }

    @RolesAllowed(Roles.ADMIN)
    public void delete(long id, long expectedVersion) {
        Organisation organisation = get(id);
        if (organisation.getVersion() != expectedVersion) {
            throw ConflictException.stale("Organisation", id);
        }
        long projects = em.createNamedQuery(Project.COUNT_BY_BENEFICIARY, Long.class)
                .setParameter("organisation", organisation).getSingleResult();
        long accounts = em.createNamedQuery(Account.COUNT_BY_ORGANISATION, Long.class)
                .setParameter("organisation", organisation).getSingleResult();
        if (projects > 0 || accounts > 0) {
            throw new ConflictException("conflict.organisationInUse",
                    "Organisation " + id + " still has " + projects + " projects and " + accounts + " accounts", projects, accounts);
        }
        em.remove(organisation);
    }
}
