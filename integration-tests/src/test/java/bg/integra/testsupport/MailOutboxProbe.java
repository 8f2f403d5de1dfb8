package bg.integra.testsupport;

import bg.integra.content.Content;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import java.time.LocalDateTime;

/**
 * GET /test-support/mail-outbox?to=…: the outbox's mails to the address (kind, status, attempts, lastError), oldest
 * first. POST with to and status stores one (MailSeeds.mail) and answers its id.
 */
@ApplicationScoped
public class MailOutboxProbe implements Seed {

    @Inject
    private MailSeeds seeds;

    @Override
    public String path() {
        return "mail-outbox";
    }

    @Override
    public JsonObject post(Params params) {
        long id = seeds.mail(params.required("to"), params.required("status"), LocalDateTime.now(Content.ZONE), null);
        return Json.createObjectBuilder().add("id", id).build();
    }

    @Override
    public JsonObject get(Params params) {
        JsonArrayBuilder mails = Json.createArrayBuilder();
        for (Object[] row : seeds.mails(params.required("to"))) {
            mails.add(Json.createObjectBuilder().add("kind", (String) row[0]).add("status", (String) row[1])
                    .add("attempts", ((Number) row[2]).intValue()).add("lastError", row[3] == null ? "" : (String) row[3]));
        }
        return Json.createObjectBuilder().add("mails", mails).build();
    }
}
