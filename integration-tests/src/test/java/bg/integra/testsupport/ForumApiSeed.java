package bg.integra.testsupport;

import bg.integra.content.Content;
import bg.integra.forum.ForumCategory;
import bg.integra.forum.ForumPost;
import bg.integra.forum.ForumTopic;
import bg.integra.forum.PostStatus;
import bg.integra.portalaccount.PortalAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDateTime;

/**
 * POST /test-support/forum-api: a category {@code fa-TAG} with two visible topics whose orders differ: {@code older}
 * (started three hours back, six visible posts and a seventh hidden) and {@code newer} (an hour back, two posts, the
 * second by an account deleted since); and, in the same category, a {@code held} topic (its first post waiting for
 * approval) and a {@code hidden} one, neither of them counted. Answers the tag, {@code categoryId},
 * {@code categorySlug}, the four topics' ids ({@code olderId} …) and the e-mails and handles of the three accounts
 * ({@code emails}, {@code handles}), which no answer of the API may show.
 */
@ApplicationScoped
public class ForumApiSeed implements Seed {

    @Inject
    private ForumSeeds seeds;

    @PersistenceContext(unitName = "integra")
    private EntityManager em;

    @Override
    public String path() {
        return "forum-api";
    }

    @Override
    @Transactional
    public JsonObject post(Params params) {
        String tag = TestData.unique("fa").toLowerCase();
        ForumCategory category = em.find(ForumCategory.class, seeds.category(tag, null, "Категория " + tag).getId());
        PortalAccount member = em.find(PortalAccount.class, seeds.account("api-m-" + tag, "Член " + tag, "bg", 2, true).getId());
        PortalAccount basic = em.find(PortalAccount.class, seeds.account("api-b-" + tag, "Основен " + tag, "bg", 1, true).getId());
        PortalAccount gone = em.find(PortalAccount.class, seeds.account("api-g-" + tag, "Изтрит " + tag, "bg", 1, true).getId());
        var emails = Json.createArrayBuilder().add(member.getEmail()).add(basic.getEmail()).add(gone.getEmail());
        var handles = Json.createArrayBuilder().add(member.getHandle()).add(basic.getHandle()).add(gone.getHandle());
        LocalDateTime now = LocalDateTime.now(Content.ZONE).withNano(0);

        ForumTopic older = topic(category, "По-стара тема " + tag, PostStatus.VISIBLE, now.minusHours(3), member, basic, 5);
        ForumPost hidden = new ForumPost(older, older.nextNumber(), basic, "Скрит отговор", "<p>Скрит отговор</p>", null,
                PostStatus.HIDDEN, now.minusHours(2));
        em.persist(hidden);
        ForumTopic newer = topic(category, "По-нова тема " + tag, PostStatus.VISIBLE, now.minusHours(1), member, gone, 1);
        ForumTopic held = topic(category, "Задържана тема " + tag, PostStatus.HELD, now.minusMinutes(30), basic, member, 0);
        ForumTopic hiddenTopic = topic(category, "Скрита тема " + tag, PostStatus.HIDDEN, now.minusMinutes(20), basic, member, 0);
        em.flush();
        gone.anonymise();
        return Json.createObjectBuilder().add("tag", tag).add("categoryId", category.getId())
                .add("categorySlug", category.getSlug()).add("olderId", older.getId()).add("newerId", newer.getId())
                .add("heldId", held.getId()).add("hiddenId", hiddenTopic.getId()).add("goneId", gone.getId())
                .add("emails", emails).add("handles", handles).build();
    }

    /** A topic of one status whose posts all have it, a visible one counted in its topic and category, a minute apart. */
    private ForumTopic topic(ForumCategory category, String title, PostStatus status, LocalDateTime start,
                             PortalAccount author, PortalAccount replier, int replies) {
        ForumTopic topic = new ForumTopic(category, title, "bg", author, status, start);
        em.persist(topic);
        for (int i = 0; i <= replies; i++) {
            PortalAccount writer = i == 0 ? author : replier;
            String text = (i == 0 ? "Въпрос: " : "Отговор " + i + ": ") + title;
            ForumPost post = new ForumPost(topic, topic.nextNumber(), writer, text, "<p>" + text + "</p>", i == 0 ? null : 1,
                    status, start.plusMinutes(i));
            em.persist(post);
            if (status == PostStatus.VISIBLE) topic.countPost(writer, post.getCreatedAt());
        }
        if (status == PostStatus.VISIBLE) category.addPosts(topic.getPostCount(), true, topic.getLastPostedAt());
        return topic;
    }
}
