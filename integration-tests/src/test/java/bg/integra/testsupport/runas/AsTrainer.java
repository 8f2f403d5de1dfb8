package bg.integra.testsupport.runas;

import bg.integra.account.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.function.Supplier;

/**
 * Runs test code with the TRAINER role as the principal {@value #USERNAME} (the test EAR maps the role to that
 * principal, see Deployments). Like {@link AsAdministrator},
 * no transaction of its own. Deployed only by the tests that ask for it.
 */
@Stateless
@RunAs(Roles.TRAINER)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsTrainer {

    public static final String USERNAME = "it-trainer";

    public <T> T call(Supplier<T> work) {
        return work.get();
    }

    public void run(Runnable work) {
        work.run();
    }
}
