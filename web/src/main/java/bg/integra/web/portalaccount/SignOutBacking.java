package bg.integra.web.portalaccount;

import bg.integra.web.portal.PortalSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * /account/sign-out: signing out is a POST with the session's form token (a link that signs out could be followed
 * by another site); the page itself offers the button, or says no one is signed in.
 */
@Named
@RequestScoped
public class SignOutBacking extends AccountPage {

    private boolean signedIn;

    public void load() {
        response();
        signedIn = PortalSession.signedIn(request);
        if (!signedIn || !posted()) return;
        if (!sameSession()) return;
        PortalSession.signOut(request);
        String next = SignInBacking.safeNext(request.getParameter("next"));
        redirect(next == null ? "/" : next);
    }

    public boolean isSignedIn() { return signedIn; }

    @Override
    public String getFormToken() {
        return PortalSession.of(request).map(PortalSession.SignedIn::formToken).orElse(null);
    }

    public String getAction() { return language.href("/account/sign-out"); }
}
