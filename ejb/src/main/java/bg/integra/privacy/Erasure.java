package bg.integra.privacy;

import bg.integra.registration.Registration;
import bg.integra.registration.RegistrationService;
import jakarta.persistence.EntityManager;

import java.time.LocalDateTime;
import java.util.Locale;

/**
 * The one way a registration is erased, on request ({@link PersonalDataService#erase}) or when its retention period
 * has passed ({@link RetentionJob}): first the person's registrations are linked by a reference that outlives the
 * e-mail, so that a project's count of distinct participants is the same after the erasure as before.
 */
final class Erasure {

    private Erasure() {
    }

    /** Erases the registration's personal data; false when it already was. */
    static boolean erase(EntityManager em, Registration registration, LocalDateTime now) {
        if (registration.isErased()) return false;
        String email = registration.getEmail();
        // read, not taken from the entity: an erasure earlier in this transaction may have linked it by a bulk update
        Long linked = em.createQuery("SELECT r.participantRef FROM Registration r WHERE r.id = :id", Long.class)
                .setParameter("id", registration.getId()).getSingleResult();
        long ref = linked != null ? linked : registration.getId();
        em.createNamedQuery(Registration.LINK_PERSON).setParameter(1, ref)
                .setParameter(2, email).setParameter(3, email.toLowerCase(Locale.ROOT)).executeUpdate();
        return registration.erase(RegistrationService.newToken(), now);
    }
}
