package bg.integra.testsupport;

import bg.integra.audit.AuditQuery;
import bg.integra.audit.AuditTrail;
import bg.integra.common.PageRequest;
import bg.integra.privacy.PersonalDataService;
import bg.integra.registration.Registration;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * POST /test-support/probe?what=audit|find&email=…: calls a role-protected service as the signed-in caller of the
 * session (the sign-in mechanism applies the session to every request), so that a client test proves what the
 * service itself allows a coordinator or an editor, not only what the page filter shows. 403 when refused.
 */
@WebServlet("/test-support/probe")
public class StaffProbeServlet extends HttpServlet {

    @Inject
    private AuditTrail audit;

    @Inject
    private PersonalDataService personalData;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        try {
            var body = Json.createObjectBuilder()
                    .add("caller", request.getUserPrincipal() == null ? "" : request.getUserPrincipal().getName());
            switch (String.valueOf(request.getParameter("what"))) {
                case "audit" -> body.add("total", audit.list(AuditQuery.any(), new PageRequest(0, 1)).totalItems());
                case "find" -> {
                    JsonArrayBuilder ids = Json.createArrayBuilder();
                    for (Registration r : personalData.find(request.getParameter("email"))) ids.add(r.getId());
                    body.add("ids", ids);
                }
                default -> {
                    response.sendError(400);
                    return;
                }
            }
            response.getWriter().write(body.build().toString());
        } catch (EJBAccessException e) {
            response.setStatus(403);
            response.getWriter().write("{\"refused\":true}");
        }
    }
}
