package bg.integra.forum;

import bg.integra.content.Content;
import bg.integra.portalaccount.PortalAccount;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDateTime;

/**
 * Counts what a signed-in account reads and raises its trust level when the reading and writing of
 * {@link ForumSettings} are reached: levels are earned automatically up to 2 and never taken away by this (a
 * moderator silences or suspends instead).
 */
@Stateless
@PermitAll
public class ForumTrust {

    @PersistenceContext
    private EntityManager em;

    private final ForumSettings settings = ForumSettings.current();

    /** The account was shown a topic's posts up to {@code upToNumber}; answers its trust level afterwards. */
    public int read(long accountId, long topicId, int upToNumber) {
        LocalDateTime now = LocalDateTime.now(Content.ZONE);
        PortalAccount account = em.find(PortalAccount.class, accountId);
        if (account == null || !account.isActive()) return 0;
        ForumTopicRead topicRead = em.find(ForumTopicRead.class, new AccountTopicKey(accountId, topicId));
        boolean newTopic = topicRead == null;
        int fresh;
        if (newTopic) {
            topicRead = new ForumTopicRead(accountId, topicId, upToNumber);
            em.persist(topicRead);
            fresh = upToNumber;
        } else {
            fresh = topicRead.readUpTo(upToNumber);
        }
        ForumReading reading = em.find(ForumReading.class, accountId);
        if (reading == null) {
            reading = new ForumReading(accountId);
            em.persist(reading);
        }
        reading.read(newTopic, fresh, now);
        return promote(account, reading);
    }

    private int promote(PortalAccount account, ForumReading reading) {
        int level = account.getTrustLevel();
        if (level >= 2) return level;
        int earned = settings.earnedLevel(reading.getTopicsEntered(), reading.getPostsRead(), reading.getReadSeconds(),
                reading.getDaysVisited(), Integer.MAX_VALUE);
        if (earned == 2) { // the reading is there; count the replies only now
            long replies = em.createQuery("SELECT COUNT(p) FROM ForumPost p WHERE p.author = :author AND p.number > 1"
                    + " AND p.status = bg.integra.forum.PostStatus.VISIBLE", Long.class)
                    .setParameter("author", account).getSingleResult();
            earned = settings.earnedLevel(reading.getTopicsEntered(), reading.getPostsRead(), reading.getReadSeconds(),
                    reading.getDaysVisited(), (int) Math.min(replies, Integer.MAX_VALUE));
        }
        if (earned > level) account.setTrustLevel(earned);
        return account.getTrustLevel();
    }
}
