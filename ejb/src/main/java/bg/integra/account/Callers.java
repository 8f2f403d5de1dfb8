package bg.integra.account;

import bg.integra.organisation.Organisation;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;

/** The {@link Caller} of the current request, from the container's principal and roles and the caller's account. */
@Stateless
@PermitAll
@DeclareRoles({Roles.ADMIN, Roles.COORDINATOR, Roles.EDITOR, Roles.REGISTRAR})
public class Callers {

    @Resource
    private SessionContext context;

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
        Long organisation = roles.contains(Role.COORDINATOR) || roles.contains(Role.REGISTRAR)
                ? accounts.current().map(Account::getOrganisation).map(Organisation::getId).orElse(null)
                : null;
        return new Caller(name, roles, organisation);
    }
}
