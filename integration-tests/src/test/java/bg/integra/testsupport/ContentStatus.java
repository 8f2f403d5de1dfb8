package bg.integra.testsupport;

import bg.integra.content.Content;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDateTime;

/**
 * POST /test-support/content-status with {@code id} and {@code action} ({@code publish} or {@code unpublish}):
 * changes an item's status as the back-office would, without signing in, so that portal tests can see the
 * change reach the cached pages. Answers 204.
 */
@ApplicationScoped
public class ContentStatus implements Seed {

    @PersistenceContext(unitName = "integra")
    private EntityManager em;

    @Override
    public String path() {
        return "content-status";
    }

    @Override
    @Transactional
    public JsonObject post(Params params) {
        Content content = em.find(Content.class, params.number("id"));
        if ("publish".equals(params.optional("action"))) content.publish(LocalDateTime.now(Content.ZONE));
        else content.unpublish();
        return null;
    }
}
