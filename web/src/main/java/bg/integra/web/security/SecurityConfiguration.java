package bg.integra.web.security;

import bg.integra.account.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/** The roles the web module knows; how staff sign in is {@link StaffAuthModule}. */
@DeclareRoles({Roles.ADMIN, Roles.COORDINATOR, Roles.EDITOR, Roles.REGISTRAR})
@ApplicationScoped
public class SecurityConfiguration {
}
