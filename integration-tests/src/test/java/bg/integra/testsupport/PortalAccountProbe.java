package bg.integra.testsupport;

import bg.integra.forum.ForumFollow;
import bg.integra.forum.ForumWatch;
import bg.integra.portalaccount.PortalAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * GET /test-support/portal-account?id=…: what the server holds of a portal account (handle, display name, status,
 * whether it has an address and a password, its mail settings and the key of its one-click links), and how many
 * notifications, watches and follows it has; 404 for an unknown id. For the tests of the account's own pages.
 * <p>POST /test-support/portal-account?id=…&amp;watch=TOPIC_ID&amp;follow=CATEGORY_ID makes the account watch the
 * topic and follow the category (204).
 */
@ApplicationScoped
@Transactional
public class PortalAccountProbe implements Seed {

    @PersistenceContext(unitName = "integra")
    private EntityManager em;

    @Override
    public String path() {
        return "portal-account";
    }

    @Override
    public JsonObject post(Params params) {
        long id = params.number("id");
        em.persist(new ForumWatch(id, params.number("watch")));
        em.persist(new ForumFollow(id, params.number("follow")));
        return null;
    }

    @Override
    public JsonObject get(Params params) {
        long id = params.number("id");
        PortalAccount a = em.find(PortalAccount.class, id);
        if (a == null) throw new Params.Failure(404, "no portal account " + id);
        em.refresh(a);
        return Json.createObjectBuilder()
                .add("handle", a.getHandle())
                .add("displayName", a.getDisplayName())
                .add("status", a.getStatus().name())
                .add("hasEmail", a.getEmail() != null)
                .add("hasPassword", a.getPasswordHash() != null)
                .add("mailNotices", a.isMailNotices())
                .add("digest", a.isDigest())
                .add("language", a.getLanguage())
                .add("mailKey", a.getMailKey())
                .add("notifications", count("SELECT COUNT(n) FROM ForumNotification n WHERE n.account.id = :id", id))
                .add("watches", count("SELECT COUNT(w) FROM ForumWatch w WHERE w.accountId = :id", id))
                .add("follows", count("SELECT COUNT(f) FROM ForumFollow f WHERE f.accountId = :id", id))
                .build();
    }

    private long count(String query, long id) {
        return em.createQuery(query, Long.class).setParameter("id", id).getSingleResult();
    }
}
