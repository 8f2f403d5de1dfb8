package bg.integra.web.security;

import bg.integra.account.AccountService;
import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.MessagePolicy;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.auth.message.module.ServerAuthModule;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;
import java.io.IOException;
import java.io.Serializable;
import java.security.Principal;
import java.util.Map;
import java.util.Objects;

/**
 * How staff sign in, as a Jakarta Authentication module of the servlet container: the form of {@code /login.xhtml}
 * ({@link LoginBacking}) puts the name and password in the request and asks the container to authenticate; this
 * module checks them with {@link AccountService#signIn}, keeps the signed-in name and role in the session and names
 * both to the container again on every request of that session. A visitor who opens a back-office page without
 * signing in is sent to the form and, after signing in, back to the page they asked for. Every other request (the
 * portal, the API) passes as anonymous at once.
 *
 * <p>Why not Jakarta Security's form mechanism (Soteria): its bridge looks the mechanism up through JNDI and CDI on
 * every request, public ones included, and that was 40 % of the CPU of a cached portal page (JFR, 2026-12-06); and
 * on later requests it handed Payara only the caller's name, from which Payara sometimes lost the role (a signed-in
 * user got 403, Payara issue #6145).
 */
public class StaffAuthModule implements ServerAuthModule {

    static final String LOGIN_PAGE = "/login.xhtml";
    private static final String SIGNED_IN = StaffAuthModule.class.getName() + ".signedIn";
    private static final String RETURN_TO = StaffAuthModule.class.getName() + ".returnTo";
    private static final String CREDENTIAL = StaffAuthModule.class.getName() + ".credential";
    private static final String RESULT = StaffAuthModule.class.getName() + ".result";
    private static final String MANDATORY = "jakarta.security.auth.message.MessagePolicy.isMandatory";

    /** What the session remembers of a signed-in member of staff. */
    record SignedIn(String name, String role) implements Serializable {
    }

    /** A name and password from the sign-in form, handed to the module for one request. */
    record Credential(String username, String password) {
        @Override
        public String toString() {
            return "Credential[" + username + "]"; // never the password, should one end up in a log
        }
    }

    private final AccountService accounts;
    private CallbackHandler handler;

    StaffAuthModule(AccountService accounts) {
        this.accounts = Objects.requireNonNull(accounts);
    }

    @Override
    public void initialize(MessagePolicy requestPolicy, MessagePolicy responsePolicy, CallbackHandler handler,
                           @SuppressWarnings("rawtypes") Map options) {
        this.handler = handler;
    }

    @Override
    public Class<?>[] getSupportedMessageTypes() {
        return new Class<?>[] {HttpServletRequest.class, HttpServletResponse.class};
    }

    @Override
    public AuthStatus validateRequest(MessageInfo message, Subject client, Subject service) throws AuthException {
        HttpServletRequest request = (HttpServletRequest) message.getRequestMessage();
        if (request.getAttribute(CREDENTIAL) instanceof Credential credential) {
            request.removeAttribute(CREDENTIAL);
            AccountService.SignIn signIn = accounts.signIn(credential.username(), credential.password());
            request.setAttribute(RESULT, signIn.result());
            if (signIn.result() != AccountService.SignInResult.SUCCESS) return AuthStatus.SEND_FAILURE;
            SignedIn signedIn = new SignedIn(signIn.account().getUsername(), signIn.account().getRole().roleName());
            request.getSession().setAttribute(SIGNED_IN, signedIn);
            return signedIn(client, signedIn);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn signedIn) {
            return signedIn(client, signedIn);
        }
        if (Boolean.parseBoolean(String.valueOf(message.getMap().get(MANDATORY)))) {
            if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                request.getSession().setAttribute(RETURN_TO, request.getRequestURI() + (query == null ? "" : "?" + query));
            }
            try {
                ((HttpServletResponse) message.getResponseMessage()).sendRedirect(request.getContextPath() + LOGIN_PAGE);
            } catch (IOException e) {
                throw (AuthException) new AuthException("Could not send the visitor to sign in").initCause(e);
            }
            return AuthStatus.SEND_CONTINUE;
        }
        return handle(new CallerPrincipalCallback(client, (Principal) null)); // a public page: anonymous
    }

    private AuthStatus signedIn(Subject client, SignedIn signedIn) throws AuthException {
        return handle(new CallerPrincipalCallback(client, signedIn.name()),
                new GroupPrincipalCallback(client, new String[] {signedIn.role()}));
    }

    private AuthStatus handle(Callback... callbacks) throws AuthException {
        try {
            handler.handle(callbacks);
            return AuthStatus.SUCCESS;
        } catch (IOException | UnsupportedCallbackException e) {
            throw (AuthException) new AuthException("The container refused the caller").initCause(e);
        }
    }

    @Override
    public AuthStatus secureResponse(MessageInfo message, Subject service) {
        return AuthStatus.SEND_SUCCESS;
    }

    @Override
    public void cleanSubject(MessageInfo message, Subject subject) {
        HttpSession session = ((HttpServletRequest) message.getRequestMessage()).getSession(false);
        if (session != null) session.removeAttribute(SIGNED_IN);
        if (subject != null) subject.getPrincipals().clear();
    }

    /**
     * Signs in with the form's name and password through the container (which calls {@link #validateRequest}):
     * the result of {@link AccountService#signIn}, or null when the container did not ask this module.
     */
    static AccountService.SignInResult signIn(HttpServletRequest request, HttpServletResponse response,
                                              String username, String password) throws IOException {
        request.setAttribute(CREDENTIAL, new Credential(username, password));
        try {
            request.authenticate(response);
        } catch (jakarta.servlet.ServletException e) {
            // a refused sign-in: the result below says why
        } finally {
            request.removeAttribute(CREDENTIAL);
        }
        return request.getAttribute(RESULT) instanceof AccountService.SignInResult result ? result : null;
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
