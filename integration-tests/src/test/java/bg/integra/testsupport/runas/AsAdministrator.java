package bg.integra.testsupport.runas;

import bg.integra.account.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.function.Supplier;

/**
 * Runs a piece of test code with the ADMIN role, so that an in-container test can call the role-protected
 * service methods as a real administrator would. No transaction of its own: each service call inside runs in its
 * own transaction, as it does when the back-office calls it, so a refused call rolls back only itself.
 * Deployed only by the tests that ask for it, never in the production EAR.
 */
@Stateless
@RunAs(Roles.ADMIN)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsAdministrator {

    public <T> T call(Supplier<T> work) {
        return work.get();
    }

    public void run(Runnable work) {
        work.run();
    }
}
