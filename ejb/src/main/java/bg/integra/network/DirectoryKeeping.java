package bg.integra.network;

import bg.integra.account.Caller;
import bg.integra.account.Callers;
import bg.integra.account.Roles;
import bg.integra.audit.AuditAction;
import bg.integra.audit.AuditState;
import bg.integra.audit.AuditTrail;
import bg.integra.common.ConflictException;
import bg.integra.common.NotFoundException;
import bg.integra.organisation.Organisation;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;

/**
 * The back-office side of the directory: a member of the network (or an administrator) sees their organisation's
 * locations and services with the date each was last checked, the records not checked for a year flagged, and
 * confirms a record as still true ("verified today by me"), which the audit trail keeps.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.MEMBER})
@RolesAllowed({Roles.ADMIN, Roles.MEMBER})
public class DirectoryKeeping {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private AuditTrail audit;

    /** The members whose records the caller keeps: every member for an administrator, their own for a member. */
    public List<Organisation> keptOrganisations() {
        Long scope = callers.current().scope();
        return em.createQuery("SELECT o FROM Organisation o WHERE o.slug IS NOT NULL"
                        + (scope == null ? "" : " AND o.id = :scope") + " ORDER BY o.slug", Organisation.class)
                .setParameter("scope", scope == null ? -1L : scope)
                .getResultList();
    }

    /** An organisation's locations and services, once the caller may act for it. */
    public Records recordsOf(long organisationId) {
        callers.current().requireMayActFor(organisationId);
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation == null || !organisation.isMember()) throw new NotFoundException("Organisation", organisationId);
        List<Location> locations = em.createQuery("SELECT l FROM Location l WHERE l.organisation = :o ORDER BY l.address.city, l.id",
                Location.class).setParameter("o", organisation).getResultList();
        List<Service> services = em.createQuery("SELECT s FROM Service s WHERE s.organisation = :o ORDER BY s.status, s.kind, s.id",
                Service.class).setParameter("o", organisation).getResultList();
        return new Records(organisation, locations, services, LocalDate.now(Location.ZONE));
    }

    /** Confirms that a location's details are still true: checked today by the caller. */
    public Location verifyLocation(long id, long version) {
        Location location = em.find(Location.class, id);
        if (location == null) throw new NotFoundException("Location", id);
        Caller caller = callers.current();
        if (!caller.mayActFor(location.getOrganisation().getId())) throw new NotFoundException("Location", id);
        if (location.getVersion() != version) throw ConflictException.stale("Location", id);
        AuditState before = location.auditState();
        location.setVerification(new Verification(LocalDate.now(Location.ZONE), caller.name()));
        em.flush();
        audit.record(AuditAction.UPDATE, location, before);
        return location;
    }

    /** Confirms that a service's details are still true: checked today by the caller. */
    public Service verifyService(long id, long version) {
        Service service = em.find(Service.class, id);
        if (service == null) throw new NotFoundException("Service", id);
        Caller caller = callers.current();
        if (!caller.mayActFor(service.getOrganisation().getId())) throw new NotFoundException("Service", id);
        if (service.getVersion() != version) throw ConflictException.stale("Service", id);
        AuditState before = service.auditState();
        service.setVerification(new Verification(LocalDate.now(Location.ZONE), caller.name()));
        em.flush();
        audit.record(AuditAction.UPDATE, service, before);
        return service;
    }

    /**
     * What an organisation keeps in the directory, as of {@code today}.
     *
     * @param stale the records not checked for {@link Verification#STALE_AFTER_MONTHS} months, which the page flags
     */
    public record Records(Organisation organisation, List<Location> locations, List<Service> services, LocalDate today) {

        public long getStale() {
            return locations.stream().filter(l -> l.getVerification().isStale(today)).count()
                    + services.stream().filter(s -> s.getVerification().isStale(today)).count();
        }

        public boolean isStale(Location location) { return location.getVerification().isStale(today); }
        public boolean isStale(Service service) { return service.getVerification().isStale(today); }
        public Organisation getOrganisation() { return organisation; }
        public List<Location> getLocations() { return locations; }
        public List<Service> getServices() { return services; }
    }
}
