package bg.integra.legacy;

import bg.integra.account.Roles;
import bg.integra.common.ConflictException;
import bg.integra.common.NotFoundException;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.constraints.NotBlank;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the addresses of the old platform lead now: looked up for every {@code /Main.do} request, and kept by
 * administrators, who add the keys they find printed on old handbooks and posters.
 */
@Stateless
@DeclareRoles(Roles.ADMIN)
public class LegacyAddressService {

    /** The query parameters of the old {@code Main.do} that carried a key. */
    public static final List<String> PARAMETERS = List.of("siteKey", "menuItemKey");
    /** A path on this site; not {@code //host} or {@code /\host}, which a browser would take for another site. */
    private static final Pattern TARGET = Pattern.compile("/(?![/\\\\])\\S*");

    public static final String DUPLICATE = "legacy.duplicate";
    public static final String INVALID_TARGET = "legacy.invalidTarget";
    public static final String INVALID_PARAMETER = "legacy.invalidParameter";

    @PersistenceContext
    private EntityManager em;

    /** The path that replaces {@code Main.do?parameter=key}, if the key is known. */
    @PermitAll
    public Optional<String> resolve(String parameter, String key) {
        if (parameter == null || key == null || key.length() > LegacyAddress.KEY_LENGTH) return Optional.empty();
        return em.createNamedQuery(LegacyAddress.FIND_BY_KEY, LegacyAddress.class)
                .setParameter("parameter", parameter)
                .setParameter("keyValue", key.strip())
                .getResultStream()
                .findFirst()
                .map(LegacyAddress::getTargetPath);
    }

    @RolesAllowed(Roles.ADMIN)
    public List<LegacyAddress> findAll() {
        return em.createNamedQuery(LegacyAddress.FIND_ALL, LegacyAddress.class).getResultList();
    }

    /** A new key; refused when the same key of the same parameter already leads somewhere. */
    @RolesAllowed(Roles.ADMIN)
    public LegacyAddress create(@NotBlank String parameter, @NotBlank String key, @NotBlank String targetPath) {
        if (!PARAMETERS.contains(parameter)) throw new ConflictException(INVALID_PARAMETER, "Unknown parameter " + parameter, parameter);
        String target = checkedTarget(targetPath);
        String strippedKey = key.strip();
        if (resolve(parameter, strippedKey).isPresent()) {
            throw new ConflictException(DUPLICATE, parameter + "=" + strippedKey + " exists", strippedKey);
        }
        LegacyAddress address = new LegacyAddress(parameter, strippedKey, target);
        try {
            em.persist(address);
            em.flush();
        } catch (PersistenceException e) { // another administrator added the same key a moment ago
            throw new ConflictException(DUPLICATE, parameter + "=" + strippedKey + " exists", strippedKey);
        }
        return address;
    }

    /** A new target for an existing key, refused when someone else changed or removed it meanwhile. */
    @RolesAllowed(Roles.ADMIN)
    public LegacyAddress changeTarget(long id, long expectedVersion, @NotBlank String targetPath) {
        LegacyAddress address = current(id, expectedVersion);
        address.setTargetPath(checkedTarget(targetPath));
        em.flush();
        return address;
    }

    @RolesAllowed(Roles.ADMIN)
    public void delete(long id, long expectedVersion) {
        em.remove(current(id, expectedVersion));
    }

    private LegacyAddress current(long id, long expectedVersion) {
        LegacyAddress address = em.find(LegacyAddress.class, id);
        if (address == null) throw new NotFoundException("LegacyAddress", id);
        if (address.getVersion() != expectedVersion) throw ConflictException.stale("LegacyAddress", id);
        return address;
    }

    private static String checkedTarget(String targetPath) {
        String target = targetPath.strip();
        if (target.length() > LegacyAddress.TARGET_LENGTH || !TARGET.matcher(target).matches()) {
            throw new ConflictException(INVALID_TARGET, "Not a path on this site: " + target, target);
        }
        return target;
    }
}
