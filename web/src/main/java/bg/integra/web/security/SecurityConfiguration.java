package bg.integra.web.security;

import bg.integra.account.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Staff sign in with a form of our own ({@code /login.xhtml}); a visitor who opens a back-office page without
 * signing in is sent there and, after signing in, back to the page they asked for.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Roles.ADMIN, Roles.COORDINATOR, Roles.EDITOR, Roles.REGISTRAR})
@ApplicationScoped
public class SecurityConfiguration {
}
