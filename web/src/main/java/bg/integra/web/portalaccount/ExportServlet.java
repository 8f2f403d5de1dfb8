package bg.integra.web.portalaccount;

import bg.integra.web.portal.PortalSession;
import bg.integra.common.NotFoundException;
import bg.integra.portalaccount.PortalAccountService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * /account/export: the signed-in visitor downloads everything kept about their account as one JSON file
 * ({@link PortalAccountService#export}); never stored by a cache. A visitor not signed in is sent to sign in and
 * back.
 */
@WebServlet("/account/export")
public class ExportServlet extends HttpServlet {

    @Inject
    private PortalAccountService accounts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        Optional<PortalSession.SignedIn> who = PortalSession.of(request);
        if (who.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + AccountPage.signInLink("/account/"));
            return;
        }
        String json;
        try {
            json = accounts.export(who.get().accountId());
        } catch (NotFoundException e) {
            PortalSession.signOut(request);
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"integra-account-" + who.get().handle() + ".json\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
