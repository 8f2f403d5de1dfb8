package bg.integra.legacy;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** Looks up where an address of the old platform leads now. */
@Stateless
public class LegacyAddressService {

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
}
