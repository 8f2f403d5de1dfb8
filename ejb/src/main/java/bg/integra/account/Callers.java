package bg.integra.account;

import bg.integra.organisation.Organisation;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.security.Principal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The {@link Caller} of the current request, from the container's principal and roles and the caller's account. */
@Stateless
@PermitAll
@DeclareRoles({Roles.ADMIN, Roles.COORDINATOR, Roles.EDITOR, Roles.REGISTRAR, Roles.MEMBER, Roles.TRAINER})
public class Callers {

    @Resource
    private SessionContext context;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    @Inject
    private AccountService accounts;

    public Caller current() {
        Principal principal = context.getCallerPrincipal();
        String name = principal == null || "ANONYMOUS".equals(principal.getName()) ? null : principal.getName();
        if (name == null) return Caller.ANONYMOUS;
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (context.isCallerInRole(role.roleName())) roles.add(role);
        }
        Caller roleOnly = new Caller(name, roles, null);
        return roleOnly.isOrganisationStaff() ? new Caller(name, roles, organisationOf(name)) : roleOnly;
    }

    /**
     * The organisation of the signed-in account, read once per transaction: a service that checks the caller for
     * each record it touches does not query the account each time. Keyed by name, since a {@code @RunAs} bean may
     * act under another name in the same transaction.
     */
    private Long organisationOf(String name) {
        String key = Callers.class.getName() + ".organisation:" + name;
        boolean inTransaction = transaction.getTransactionKey() != null;
        if (inTransaction && transaction.getResource(key) instanceof Optional<?> kept) return (Long) kept.orElse(null);
        Long organisation = accounts.current().map(Account::getOrganisation).map(Organisation::getId).orElse(null);
        if (inTransaction) transaction.putResource(key, Optional.ofNullable(organisation));
        return organisation;
    }
}
