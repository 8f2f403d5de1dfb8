package bg.integra.testsupport;

import bg.integra.account.Role;
import bg.integra.content.Content;
import bg.integra.forum.ForumCategory;
import bg.integra.forum.ForumPost;
import bg.integra.forum.ForumTopic;
import bg.integra.forum.PostStatus;
import bg.integra.organisation.Organisation;
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
 * POST /test-support/forum-staff: a MODERATOR and a COORDINATOR of the back-office (one password, {@code password})
 * and, in a category {@code fs-TAG}, a visible topic with a held reply by a newcomer, waiting in the moderators'
 * queue. Answers {@code moderator}, {@code coordinator}, {@code password}, {@code topicId}, {@code topicTitle},
 * {@code heldId} (the held post) and {@code heldText}.
 */
@ApplicationScoped
public class ForumStaffSeed implements Seed {

    @Inject
    private TestData data;

    @Inject
    private ForumSeeds seeds;

    @PersistenceContext(unitName = "integra")
    private EntityManager em;

    @Override
    public String path() {
        return "forum-staff";
    }

    @Override
    @Transactional
    public JsonObject post(Params params) {
        String tag = TestData.unique("fs").toLowerCase();
        String password = "pw-" + tag + "-long";
        data.account("mod-" + tag, Role.MODERATOR, null, password);
        Organisation organisation = data.organisation("Организация " + tag);
        data.account("coord-" + tag, Role.COORDINATOR, organisation, password);

        ForumCategory category = seeds.category(tag, null, "Категория " + tag);
        PortalAccount member = seeds.account("sm-" + tag, "Член " + tag, "bg", 2, true);
        PortalAccount newcomer = seeds.account("sn-" + tag, "Новак " + tag, "bg", 0, false);
        String title = "Тема с чакащ отговор " + tag;
        ForumTopic topic = em.find(ForumTopic.class, seeds.topic(category, title, member, member, 1).getId());
        String text = "Чакащ отговор " + tag;
        ForumPost held = new ForumPost(topic, topic.nextNumber(), em.find(PortalAccount.class, newcomer.getId()), text,
                "<p>" + text + "</p>", null, PostStatus.HELD, LocalDateTime.now(Content.ZONE));
        em.persist(held);
        em.flush();
        return Json.createObjectBuilder().add("moderator", "mod-" + tag).add("coordinator", "coord-" + tag)
                .add("password", password).add("topicId", topic.getId()).add("topicTitle", title)
                .add("heldId", held.getId()).add("heldText", text).build();
    }
}
