package bg.integra.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.Serializable;
import java.util.Set;

/**
 * How staff sign in: the form of {@code /login.xhtml} hands the credential to {@link LoginBacking}, which asks
 * this mechanism to check it against the identity store; the signed-in name and roles are then kept in the
 * session and given to the container again on every request of that session. A visitor who opens a back-office
 * page without signing in is sent to the form and, after signing in, back to the page they asked for.
 *
 * <p>Why not Jakarta Security's custom form mechanism: its session handling ({@code @AutoApplySession}) hands the
 * container only the caller's name on later requests, and Payara looks the roles up again from a thread-bound
 * security context that is sometimes empty (Payara issue #6145): a signed-in coordinator then got 403 on a page
 * they may see, in tests and under load. Naming the roles ourselves on each request does not depend on that.
 */
@ApplicationScoped
public class StaffAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    private static final String SIGNED_IN = StaffAuthenticationMechanism.class.getName() + ".signedIn";
    private static final String RETURN_TO = StaffAuthenticationMechanism.class.getName() + ".returnTo";

    /** What the session remembers of a signed-in member of staff. */
    record SignedIn(String name, Set<String> roles) implements Serializable {
    }

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) return AuthenticationStatus.SEND_FAILURE;
            request.getSession().setAttribute(SIGNED_IN,
                    new SignedIn(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn signedIn) {
            return context.notifyContainerAboutLogin(signedIn.name(), signedIn.roles());
        }
        if (context.isProtected()) {
            if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                request.getSession().setAttribute(RETURN_TO, request.getRequestURI() + (query == null ? "" : "?" + query));
            }
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) session.removeAttribute(SIGNED_IN);
        context.cleanClientSubject();
    }

    /**
     * The back-office page a visitor asked for before they were sent to sign in (taken from the session, once), or
     * null. Only a page of this application's back-office is answered, so the sign-in never sends anyone elsewhere.
     */
    static String takeReturnAddress(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(RETURN_TO) instanceof String target)) return null;
        session.removeAttribute(RETURN_TO);
        return target.startsWith(request.getContextPath() + "/admin/") ? target : null;
    }
}
