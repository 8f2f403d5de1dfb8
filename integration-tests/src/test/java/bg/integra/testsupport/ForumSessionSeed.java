package bg.integra.testsupport;

import bg.integra.portalaccount.PortalAccountService;
import bg.integra.web.portal.PortalSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * POST /test-support/forum-session?account=ID: signs the portal account in on the caller's session, as the
 * sign-in page would after a right password, so that a client-side test of the forum's pages needs no sign-in
 * page; answers the session's {@code formToken}. The client keeps the session cookie.
 */
@ApplicationScoped
public class ForumSessionSeed implements Seed {

    @Inject
    private PortalAccountService accounts;

    @Inject
    private HttpServletRequest request;

    @Override
    public String path() {
        return "forum-session";
    }

    @Override
    public JsonObject post(Params params) {
        PortalSession.SignedIn signedIn = PortalSession.signIn(request, accounts.get(params.number("account")));
        return Json.createObjectBuilder().add("formToken", signedIn.formToken()).build();
    }
}
