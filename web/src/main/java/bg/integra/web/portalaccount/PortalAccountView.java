package bg.integra.web.portalaccount;

import bg.integra.forum.ForumService;
import bg.integra.web.portal.PortalLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;

/**
 * {@code #{portalAccount}}: who is signed in on the portal, for a page's header (the name, the unread
 * notifications, the sign-out button with its form token) and the links to sign in and back. Reads the session
 * only; a visitor without one gets none. A page that shows this to a signed-in visitor is that visitor's own and
 * must not be shared by a cache.
 */
@Named("portalAccount")
@RequestScoped
public class PortalAccountView {

    @Inject
    private HttpServletRequest request;

    @Inject
    private PortalLanguage language;

    @Inject
    private ForumService forum;

    private Optional<PortalSession.SignedIn> signedIn;
    private Long unread;

    private Optional<PortalSession.SignedIn> who() {
        if (signedIn == null) signedIn = PortalSession.of(request);
        return signedIn;
    }

    public boolean isSignedIn() { return who().isPresent(); }
    public String getDisplayName() { return who().map(PortalSession.SignedIn::displayName).orElse(null); }
    public String getHandle() { return who().map(PortalSession.SignedIn::handle).orElse(null); }
    public Long getAccountId() { return who().map(PortalSession.SignedIn::accountId).orElse(null); }
    /** The token a signed-in visitor's forms carry (field {@code formToken}). */
    public String getFormToken() { return who().map(PortalSession.SignedIn::formToken).orElse(null); }

    /** The signed-in account's unread notifications (0 when no one is signed in); one query per request. */
    public long getUnread() {
        if (unread == null) unread = who().map(s -> forum.unread(s.accountId())).orElse(0L);
        return unread;
    }

    /** The sign-in page, returning to the page being shown. */
    public String getSignInHref() {
        String uri = (String) request.getAttribute("jakarta.servlet.forward.request_uri");
        String query = (String) request.getAttribute("jakarta.servlet.forward.query_string");
        if (uri == null) {
            uri = request.getRequestURI();
            query = request.getQueryString();
        }
        String here = uri.substring(request.getContextPath().length()) + (query == null ? "" : "?" + query);
        return language.href(AccountPage.signInLink(SignInBacking.safeNext(here) == null ? AccountPage.HOME : here));
    }

    public String getSignUpHref() { return language.href("/account/sign-up"); }
    public String getAccountHref() { return language.href("/account/"); }
    public String getSignOutAction() { return language.href("/account/sign-out"); }
}
