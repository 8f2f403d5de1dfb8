package bg.integra.testsupport;

import bg.integra.audit.AuditQuery;
import bg.integra.audit.AuditTrail;
import bg.integra.common.PageRequest;
import bg.integra.privacy.PersonalDataService;
import bg.integra.registration.Registration;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * POST /test-support/probe?what=audit|find&email=…: calls a role-protected service as the signed-in caller of the
 * session (the sign-in mechanism applies the session to every request), so that a client test proves what the
 * service itself allows a coordinator or an editor, not only what the page filter shows. 403 when refused.
 */
@ApplicationScoped
public class StaffProbe implements Seed {

    private static final JsonObject REFUSED = Json.createObjectBuilder().add("refused", true).build();

    @Inject
    private AuditTrail audit;

    @Inject
    private PersonalDataService personalData;

    @Override
    public String path() {
        return "probe";
    }

    @Override
    public JsonObject post(Params params) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("caller", params.caller());
        String what = params.required("what");
        try {
            switch (what) {
                case "audit" -> body.add("total", audit.list(AuditQuery.any(), new PageRequest(0, 1)).totalItems());
                case "find" -> {
                    JsonArrayBuilder ids = Json.createArrayBuilder();
                    for (Registration r : personalData.find(params.optional("email"))) ids.add(r.getId());
                    body.add("ids", ids);
                }
                default -> throw new Params.Failure(400, "unknown what " + what);
            }
        } catch (EJBAccessException e) {
            throw new Params.Failure(403, "refused", REFUSED);
        }
        return body.build();
    }
}
