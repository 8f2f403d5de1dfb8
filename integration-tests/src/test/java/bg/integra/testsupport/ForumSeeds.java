package bg.integra.testsupport;

import bg.integra.account.AccountService;
import bg.integra.content.Content;
import bg.integra.forum.CategoryText;
import bg.integra.forum.ForumCategory;
import bg.integra.forum.ForumPost;
import bg.integra.forum.ForumReading;
import bg.integra.forum.ForumTopic;
import bg.integra.forum.PostStatus;
import bg.integra.portalaccount.PortalAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Forum records stored directly, without the forum's rules (a test of those rules calls the services or the
 * pages): categories, confirmed portal accounts at a trust level, visible topics with replies. Every seeded
 * account has the password {@link #PASSWORD}, hashed once per run (hashing is slow on purpose).
 */
@ApplicationScoped
@Transactional
public class ForumSeeds {

    public static final String PASSWORD = "forum-test-password";

    @PersistenceContext(unitName = "integra")
    private EntityManager em;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    private volatile String hash;

    public ForumCategory category(String slug, String language, String nameBg) {
        Map<String, CategoryText> texts = new LinkedHashMap<>();
        texts.put("bg", new CategoryText(nameBg, "Описание на " + nameBg));
        texts.put("en", new CategoryText(nameBg + " (en)", "About " + nameBg));
        texts.put("ar", new CategoryText(nameBg + " (ar)", null));
        ForumCategory category = new ForumCategory(slug, language, 100, texts);
        em.persist(category);
        return category;
    }

    /** A confirmed account at the trust level given, whose first posts count as approved past the newcomer's hold. */
    public PortalAccount account(String handle, String displayName, String language, int trustLevel, boolean approved) {
        PortalAccount account = PortalAccount.signUp(handle + "@forum.test", handle, displayName, language, hash(),
                UUID.randomUUID().toString().replace("-", ""), LocalDateTime.now(Content.ZONE));
        account.confirm(LocalDateTime.now(Content.ZONE));
        account.setTrustLevel(trustLevel);
        if (approved) for (int i = 0; i < 5; i++) account.countApprovedPost();
        em.persist(account);
        return account;
    }

    /** A visible topic by {@code author} with {@code replies} visible replies by {@code replier}, an hour back. */
    public ForumTopic topic(ForumCategory category, String title, PortalAccount author, PortalAccount replier, int replies) {
        return topic(category, title, author, replier, replies, LocalDateTime.now(Content.ZONE).minusHours(1));
    }

    /** The same, its first post at {@code start} and each reply a second later. */
    public ForumTopic topic(ForumCategory category, String title, PortalAccount author, PortalAccount replier, int replies,
                            LocalDateTime start) {
        ForumCategory c = em.find(ForumCategory.class, category.getId());
        PortalAccount a = em.find(PortalAccount.class, author.getId());
        PortalAccount r = em.find(PortalAccount.class, replier.getId());
        ForumTopic topic = new ForumTopic(c, title, c.getLanguage() == null ? "bg" : c.getLanguage(), a, PostStatus.VISIBLE, start);
        em.persist(topic);
        for (int i = 0; i <= replies; i++) {
            PortalAccount writer = i == 0 ? a : r;
            String text = i == 0 ? "Въпрос в темата " + title : "Отговор " + i + " в темата " + title;
            ForumPost post = new ForumPost(topic, topic.nextNumber(), writer, text, "<p>" + text + "</p>", null,
                    PostStatus.VISIBLE, start.plusSeconds(i));
            em.persist(post);
            topic.countPost(writer, post.getCreatedAt());
        }
        c.addPosts(topic.getPostCount(), true, topic.getLastPostedAt());
        return topic;
    }

    /** Marks the topic's post of that number as its solution. */
    public void solve(long topicId, int number) {
        em.find(ForumTopic.class, topicId).setSolutionNumber(number);
    }

    /** Sets what an account has read, as if it had read that much (for the trust levels). */
    public void reading(long accountId, int topics, int posts, int seconds, int days) {
        ForumReading reading = em.find(ForumReading.class, accountId);
        if (reading != null) em.remove(reading);
        em.flush();
        em.createNativeQuery("INSERT INTO forum_reading (account_id, version, topics_entered, posts_read, read_seconds,"
                        + " days_visited, last_visit_date, last_read_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, accountId).setParameter(2, topics).setParameter(3, posts).setParameter(4, seconds)
                .setParameter(5, days).setParameter(6, java.sql.Date.valueOf(java.time.LocalDate.now(Content.ZONE)))
                .setParameter(7, java.sql.Timestamp.valueOf(LocalDateTime.now(Content.ZONE).minusMinutes(1)))
                .executeUpdate();
        em.getEntityManagerFactory().getCache().evict(ForumReading.class, accountId);
    }

    /** The id of the post numbered so in the topic, whatever its status. */
    public long postId(long topicId, int number) {
        return em.createQuery("SELECT p.id FROM ForumPost p WHERE p.topic.id = :topic AND p.number = :number", Long.class)
                .setParameter("topic", topicId).setParameter("number", number).getSingleResult();
    }

    private String hash() {
        if (hash == null) {
            passwordHash.initialize(AccountService.HASH_PARAMETERS);
            hash = passwordHash.generate(PASSWORD.toCharArray());
        }
        return hash;
    }
}
