package bg.integra.testsupport.runas;

import bg.integra.account.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Runs administrator work in one transaction that is then rolled back, as when a later step of the same
 * transaction fails: whatever the work wrote, the audit trail included, must be gone. Never in the production EAR.
 */
@Stateless
@RunAs(Roles.ADMIN)
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RolledBack {

    @Resource
    private SessionContext context;

    public void run(Runnable work) {
        work.run();
        context.setRollbackOnly();
    }
}
