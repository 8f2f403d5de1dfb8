package bg.integra.testsupport;

import bg.integra.forum.ForumCategory;
import bg.integra.forum.ForumPost;
import bg.integra.forum.ForumTopic;
import bg.integra.forum.NotificationKind;
import bg.integra.portalaccount.PortalAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;

/** What the forum's tables hold, read fresh from the database for in-server tests (whatever a post's status). */
@ApplicationScoped
@Transactional
public class ForumProbe {

    @PersistenceContext(unitName = "integra")
    private EntityManager em;

    public ForumTopic topic(long id) {
        ForumTopic topic = em.find(ForumTopic.class, id);
        em.refresh(topic);
        return topic;
    }

    public ForumCategory category(long id) {
        ForumCategory category = em.find(ForumCategory.class, id);
        em.refresh(category);
        return category;
    }

    public PortalAccount account(long id) {
        PortalAccount account = em.find(PortalAccount.class, id);
        em.refresh(account);
        return account;
    }

    /** The post numbered so in the topic, refreshed. */
    public ForumPost post(long topicId, int number) {
        ForumPost post = em.createQuery("SELECT p FROM ForumPost p WHERE p.topic.id = :topic AND p.number = :number", ForumPost.class)
                .setParameter("topic", topicId).setParameter("number", number).getSingleResult();
        em.refresh(post);
        return post;
    }

    /** Every post number of the topic, in order, whatever its status. */
    public List<Integer> numbers(long topicId) {
        return em.createQuery("SELECT p.number FROM ForumPost p WHERE p.topic.id = :topic ORDER BY p.number", Integer.class)
                .setParameter("topic", topicId).getResultList();
    }

    public long visiblePosts(long topicId) {
        return em.createQuery("SELECT COUNT(p) FROM ForumPost p WHERE p.topic.id = :topic"
                + " AND p.status = bg.integra.forum.PostStatus.VISIBLE", Long.class).setParameter("topic", topicId).getSingleResult();
    }

    /** The kinds of the account's notifications, oldest first. */
    public List<NotificationKind> notifications(long accountId) {
        return em.createQuery("SELECT n.kind FROM ForumNotification n WHERE n.account.id = :account ORDER BY n.id", NotificationKind.class)
                .setParameter("account", accountId).getResultList();
    }

    /** Subjects of the mails in the outbox to the address. */
    public List<String> mailSubjects(String to) {
        return em.createQuery("SELECT m.subject FROM OutboxMail m WHERE m.recipient = :to ORDER BY m.id", String.class)
                .setParameter("to", to).getResultList();
    }

    public List<String> mailBodies(String to) {
        return em.createQuery("SELECT m.body FROM OutboxMail m WHERE m.recipient = :to ORDER BY m.id", String.class)
                .setParameter("to", to).getResultList();
    }

    /** Makes the account's last post look older, so that the pause between posts does not stop the next one. */
    public void agePosts(long accountId, int seconds) {
        for (ForumPost p : em.createQuery("SELECT p FROM ForumPost p WHERE p.author.id = :a", ForumPost.class)
                .setParameter("a", accountId).getResultList()) {
            em.createNativeQuery("UPDATE forum_post SET created_at = ? WHERE id = ?")
                    .setParameter(1, java.sql.Timestamp.valueOf(p.getCreatedAt().minusSeconds(seconds)))
                    .setParameter(2, p.getId()).executeUpdate();
        }
        em.getEntityManagerFactory().getCache().evict(ForumPost.class);
    }
}
