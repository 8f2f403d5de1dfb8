package bg.integra.testsupport.runas;

import bg.integra.account.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.function.Supplier;

/**
 * Test code run with a staff role other than ADMIN, to prove that a service refuses it. Needs a deployment whose
 * glassfish-application.xml maps a principal to the role (see AuditTrailIT). Never in the production EAR.
 */
public final class AsStaff {

    private AsStaff() {
    }

    @Stateless
    @RunAs(Roles.COORDINATOR)
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public static class Coordinator {
        public <T> T call(Supplier<T> work) {
            return work.get();
        }
    }

    @Stateless
    @RunAs(Roles.EDITOR)
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public static class Editor {
        public <T> T call(Supplier<T> work) {
            return work.get();
        }
    }
}
