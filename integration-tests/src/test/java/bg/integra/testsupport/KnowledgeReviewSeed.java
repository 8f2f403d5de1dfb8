package bg.integra.testsupport;

import bg.integra.knowledge.CaseStudy;
import bg.integra.knowledge.Initiative;
import bg.integra.knowledge.KnowledgeItem;
import bg.integra.knowledge.KnowledgeReview;
import bg.integra.knowledge.Practice;
import bg.integra.testsupport.runas.AsAdministrator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * POST /test-support/knowledge-review: an editor's step of the review, for tests that write through the API:
 * {@code type} practice, case or initiative, {@code id}, {@code action} publish or send-back (with {@code comment}). Answers the
 * item's status and version after it, as the administrator's KnowledgeReview left them.
 */
@ApplicationScoped
public class KnowledgeReviewSeed implements Seed {

    @Inject
    private KnowledgeReview review;

    @Inject
    private AsAdministrator admin;

    @Override
    public String path() {
        return "knowledge-review";
    }

    @Override
    public JsonObject post(Params params) {
        Class<? extends KnowledgeItem<?>> type = switch (params.required("type")) {
            case "practice" -> Practice.class;
            case "case" -> CaseStudy.class;
            case "initiative" -> Initiative.class;
            default -> throw new Params.Failure(400, "type: practice, case or initiative");
        };
        long id = params.number("id");
        KnowledgeItem<?> item = switch (params.required("action")) {
            case "publish" -> admin.call(() -> review.publish(type, id));
            case "send-back" -> admin.call(() -> review.sendBack(type, id, params.required("comment")));
            default -> throw new Params.Failure(400, "action: publish or send-back");
        };
        return Json.createObjectBuilder().add("status", item.getStatus().name()).add("version", item.getVersion()).build();
    }
}
