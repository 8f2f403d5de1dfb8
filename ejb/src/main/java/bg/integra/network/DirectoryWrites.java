package bg.integra.network;

import bg.integra.apitoken.Written;

import bg.integra.apitoken.ApiToken;
import bg.integra.apitoken.ApiTokenService;
import bg.integra.apitoken.Idempotency;
import bg.integra.apitoken.IdempotentRequest;
import bg.integra.apitoken.IdempotentRequests;
import bg.integra.audit.AuditAction;
import bg.integra.audit.AuditState;
import bg.integra.audit.AuditTrail;
import bg.integra.common.ConflictException;
import bg.integra.common.FieldProblem;
import bg.integra.common.InvalidInputException;
import bg.integra.common.NotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The directory written by a member's own program through the API: it creates, replaces and deletes the
 * locations and services of the organisation its {@link ApiToken} belongs to, and of no other (another's record is
 * "not found", like a missing one). Each write is checked against the version the program read, marks the record
 * as checked today by the token, and is in the audit trail under the token's name and organisation. Published at
 * once, as a write in the back-office is: directory records have no review step.
 * <p>
 * No role is required, because no person signs in: the caller is a token, which every method checks again here
 * (unrevoked, allowed to write) rather than trusting that the API's filter did.
 */
@Stateless
@PermitAll
public class DirectoryWrites {

    static final String LOCATION = "location";
    static final String SERVICE = "service";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ApiTokenService tokens;

    @Inject
    private IdempotentRequests idempotent;

    @Inject
    private AuditTrail audit;

    @Inject
    private Validator validator;

    /** A new location of the token's organisation; with a key seen before, the location made then. */
    public Written createLocation(long tokenId, @NotNull LocationDraft draft, Idempotency idempotency) {
        ApiToken token = writer(tokenId);
        Written earlier = earlier(token, idempotency, LOCATION);
        if (earlier != null) return earlier;
        LocationText bulgarian = Objects.requireNonNull(draft.texts().get("bg"), "the Bulgarian texts");
        Location location = new Location(token.getOrganisation(), bulgarian, draft.region());
        draft.applyTo(location);
        verify(location, token);
        check(location);
        em.persist(location);
        em.flush();
        audit.recordBy(token.actor(), AuditAction.CREATE, location, AuditState.none());
        remember(token, idempotency, LOCATION, location.getId());
        DirectoryOffers.refresh(em, token.getOrganisation().getId());
        return new Written(location.getId(), location.getVersion(), false);
    }

    /** Replaces every field of a location of the token's organisation, as read at {@code version}. */
    public Written updateLocation(long tokenId, long id, long version, @NotNull LocationDraft draft) {
        ApiToken token = writer(tokenId);
        Location location = own(Location.class, id, token);
        if (location.getVersion() != version) throw ConflictException.stale("Location", id);
        AuditState before = location.auditState();
        draft.applyTo(location);
        verify(location, token);
        check(location);
        em.lock(location, LockModeType.OPTIMISTIC_FORCE_INCREMENT); // a replacement is a new version, whatever changed
        flush("Location", id);
        audit.recordBy(token.actor(), AuditAction.UPDATE, location, before);
        DirectoryOffers.refresh(em, token.getOrganisation().getId());
        return new Written(id, location.getVersion(), false);
    }

    /** Deletes a location of the token's organisation; the services offered there are no longer offered there. */
    public void deleteLocation(long tokenId, long id, long version) {
        ApiToken token = writer(tokenId);
        Location location = own(Location.class, id, token);
        if (location.getVersion() != version) throw ConflictException.stale("Location", id);
        List<Service> offered = em.createQuery("SELECT a.service FROM ServiceAtLocation a WHERE a.location = :l", Service.class)
                .setParameter("l", location).getResultList();
        for (Service service : offered) {
            AuditState before = service.auditState();
            service.getAtLocations().removeIf(a -> a.getLocation().equals(location));
            em.lock(service, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            audit.recordBy(token.actor(), AuditAction.UPDATE, service, before);
        }
        audit.deletedBy(token.actor(), location);
        em.remove(location);
        flush("Location", id);
    }

    /** A new service of the token's organisation; with a key seen before, the service made then. */
    public Written createService(long tokenId, @NotNull ServiceDraft draft, Idempotency idempotency) {
        ApiToken token = writer(tokenId);
        Written earlier = earlier(token, idempotency, SERVICE);
        if (earlier != null) return earlier;
        ServiceText bulgarian = Objects.requireNonNull(draft.texts().get("bg"), "the Bulgarian texts");
        Service service = new Service(token.getOrganisation(), draft.kind(), bulgarian);
        draft.applyTo(service, ownLocations(draft.locationIds(), token));
        verify(service, token);
        check(service);
        em.persist(service);
        em.flush();
        audit.recordBy(token.actor(), AuditAction.CREATE, service, AuditState.none());
        remember(token, idempotency, SERVICE, service.getId());
        DirectoryOffers.refresh(em, token.getOrganisation().getId());
        return new Written(service.getId(), service.getVersion(), false);
    }

    /** Replaces every field of a service of the token's organisation, as read at {@code version}. */
    public Written updateService(long tokenId, long id, long version, @NotNull ServiceDraft draft) {
        ApiToken token = writer(tokenId);
        Service service = own(Service.class, id, token);
        if (service.getVersion() != version) throw ConflictException.stale("Service", id);
        AuditState before = service.auditState();
        draft.applyTo(service, ownLocations(draft.locationIds(), token));
        verify(service, token);
        check(service);
        // where it is offered is kept by the links, which alone would leave the version as it was
        em.lock(service, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        flush("Service", id);
        audit.recordBy(token.actor(), AuditAction.UPDATE, service, before);
        DirectoryOffers.refresh(em, token.getOrganisation().getId());
        return new Written(id, service.getVersion(), false);
    }

    /** Deletes a service of the token's organisation (its links to locations go with it). */
    public void deleteService(long tokenId, long id, long version) {
        ApiToken token = writer(tokenId);
        Service service = own(Service.class, id, token);
        if (service.getVersion() != version) throw ConflictException.stale("Service", id);
        audit.deletedBy(token.actor(), service);
        em.remove(service);
        flush("Service", id);
        DirectoryOffers.refresh(em, token.getOrganisation().getId()); // a location's removal takes its offers with it
    }

    private Written earlier(ApiToken token, Idempotency idempotency, String type) {
        if (idempotency == null) return null;
        IdempotentRequest earlier = idempotent.earlier(token.getId(), idempotency).orElse(null);
        if (earlier == null) return null;
        if (!earlier.getResourceType().equals(type)) {
            throw new ConflictException(IdempotentRequests.REUSED, "The Idempotency-Key was sent before with another request");
        }
        long id = earlier.getResourceId();
        Location location = LOCATION.equals(type) ? em.find(Location.class, id) : null;
        Service service = SERVICE.equals(type) ? em.find(Service.class, id) : null;
        if (location == null && service == null) throw new NotFoundException(type, id); // deleted since
        return new Written(id, location != null ? location.getVersion() : service.getVersion(), true);
    }

    private void remember(ApiToken token, Idempotency idempotency, String type, long id) {
        if (idempotency != null) idempotent.remember(token.getId(), idempotency, 201, type, id);
    }

    private <T> T own(Class<T> type, long id, ApiToken token) {
        T record = em.find(type, id);
        Long organisation = record instanceof Location l ? l.getOrganisation().getId()
                : record instanceof Service s ? s.getOrganisation().getId() : null;
        if (record == null || !token.getOrganisation().getId().equals(organisation)) {
            throw new NotFoundException(type.getSimpleName(), id);
        }
        return record;
    }

    /** The organisation's own locations by id, in the order given; an unknown or another's id is a bad field. */
    private List<Location> ownLocations(List<Long> ids, ApiToken token) {
        if (ids.isEmpty()) return List.of();
        List<Location> own = em.createQuery("SELECT l FROM Location l WHERE l.organisation = :o ORDER BY l.id", Location.class)
                .setParameter("o", token.getOrganisation()).getResultList();
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        List<Location> found = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            Location location = own.stream().filter(l -> l.getId().equals(id)).findFirst().orElse(null);
            if (location == null) {
                problems.put("locationIds[" + i + "]", FieldProblem.notOneOf(own.stream().map(l -> String.valueOf(l.getId())).toList()));
            } else if (!found.contains(location)) {
                found.add(location);
            }
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return found;
    }

    private static void verify(Location location, ApiToken token) {
        location.setVerification(new Verification(LocalDate.now(Location.ZONE), token.actor()));
    }

    private static void verify(Service service, ApiToken token) {
        service.setVerification(new Verification(LocalDate.now(Location.ZONE), token.actor()));
    }

    /** The entity's own rules, which the API's reading already checked: a broken one is still a bad field, not an error. */
    private void check(Object entity) {
        Set<ConstraintViolation<Object>> violations = validator.validate(entity);
        if (violations.isEmpty()) return;
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        violations.forEach(v -> problems.put(v.getPropertyPath().toString(), FieldProblem.malformed()));
        throw new InvalidInputException(problems);
    }

    /**
     * The token, checked, and its organisation's turn: one member's writes take turns from their start, as each ends
     * by refreshing the member's offers ({@link DirectoryOffers}). Taken before anything else is written, since a row
     * inserted with the organisation as its key holds a share lock on the organisation that a later lock would wait on.
     */
    private ApiToken writer(long tokenId) {
        ApiToken token = tokens.writer(tokenId);
        DirectoryOffers.takeTurn(em, token.getOrganisation().getId());
        return token;
    }

    private void flush(String what, long id) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw ConflictException.stale(what, id);
        }
    }
}
