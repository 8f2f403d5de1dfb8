package bg.integra.web.portal;

import bg.integra.portalaccount.PortalAccount;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Who is signed in on the portal: a portal account's id, handle and display name in the visitor's HTTP session
 * (the session cookie is HttpOnly and SameSite=Lax, see web.xml), with a random token that every form of a
 * signed-in visitor carries and that must equal the session's (a synchronizer token against cross-site posts).
 * Only a sign-in makes a session; a visitor who never signs in has none, and the portal's pages stay sessionless
 * and cacheable for them. A staff member's back-office session and their portal sign-in may share the session;
 * signing out of the portal removes only the portal's attributes.
 */
public final class PortalSession {

    static final String ACCOUNT = "integra.portal.account";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The signed-in account as the pages need it; never trusted for anything but naming the account. */
    public record SignedIn(long accountId, String handle, String displayName, String formToken)
            implements java.io.Serializable {
    }

    private PortalSession() {
    }

    /** The visitor signed in on the portal, if any; makes no session. */
    public static Optional<SignedIn> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) return Optional.empty();
        try {
            return Optional.ofNullable((SignedIn) session.getAttribute(ACCOUNT));
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    /** Whether the request comes from a visitor signed in on the portal (its pages are then not shared). */
    public static boolean signedIn(HttpServletRequest request) {
        return of(request).isPresent();
    }

    /** Signs the account in: a new session id (against fixation) and a new form token. */
    public static SignedIn signIn(HttpServletRequest request, PortalAccount account) {
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        SignedIn signedIn = new SignedIn(account.getId(), account.getHandle(), account.getDisplayName(),
                Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        session.setAttribute(ACCOUNT, signedIn);
        return signedIn;
    }

    /** After the account changed its display name: the pages show the new one. */
    public static void refresh(HttpServletRequest request, PortalAccount account) {
        of(request).ifPresent(s -> request.getSession().setAttribute(ACCOUNT,
                new SignedIn(s.accountId(), account.getHandle(), account.getDisplayName(), s.formToken())));
    }

    public static void signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) session.removeAttribute(ACCOUNT);
    }

    /** Whether a form's token is the signed-in visitor's (false when no one is signed in). */
    public static boolean validFormToken(HttpServletRequest request, String sent) {
        return sent != null && of(request).map(s -> MessageDigest.isEqual(
                s.formToken().getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.US_ASCII))).orElse(false);
    }
}
