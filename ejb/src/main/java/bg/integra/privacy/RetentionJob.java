package bg.integra.privacy;

import bg.integra.account.Roles;
import bg.integra.audit.AuditAction;
import bg.integra.audit.AuditState;
import bg.integra.audit.AuditTrail;
import bg.integra.content.Content;
import bg.integra.registration.Registration;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;

/**
 * Keeps personal data no longer than needed: once a day, the registrations of events that ended more than
 * {@code INTEGRA_RETENTION_MONTHS} months ago (default {@value RetentionSettings#DEFAULT_MONTHS}) are erased with
 * the same anonymisation as an erasure on request, and audited as "system". Running it again changes nothing.
 * A singleton, so that two runs never overlap.
 */
@Singleton
@DeclareRoles(Roles.ADMIN)
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());
    private static final int BATCH = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    private final RetentionSettings settings = RetentionSettings.fromEnvironment();

    /** Not public: a timeout callback only the container calls, never a business method. */
    @Schedule(hour = "3", minute = "17", persistent = false, info = "retention of personal data")
    void daily() {
        int erased = anonymise(LocalDateTime.now(Content.ZONE));
        if (erased > 0) LOG.info(() -> "Retention: erased the personal data of " + erased + " registrations");
    }

    /** One run as of the given moment (tests, or an administrator who needs it now); answers how many were erased. */
    @RolesAllowed(Roles.ADMIN)
    public int runAsOf(@NotNull LocalDateTime now) {
        return anonymise(now);
    }

    @RolesAllowed(Roles.ADMIN)
    public int months() {
        return settings.months();
    }

    private int anonymise(LocalDateTime now) {
        LocalDateTime cutoff = now.minusMonths(settings.months());
        int erased = 0;
        List<Registration> batch;
        do {
            // erased rows drop out of the query, so each batch starts from the first still to erase
            batch = em.createNamedQuery(Registration.FIND_EXPIRED, Registration.class)
                    .setParameter("cutoff", cutoff).setMaxResults(BATCH).getResultList();
            for (Registration r : batch) {
                AuditState before = r.auditState();
                if (Erasure.erase(em, r, now)) {
                    audit.recordBySystem(AuditAction.ERASE, r, before);
                    erased++;
                }
            }
            em.flush();
        } while (batch.size() == BATCH);
        return erased;
    }
}
