package bg.integra.forum;

import jakarta.persistence.*;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What an account has read, for its trust level: topics entered, posts read, time spent reading (the time between
 * two pages read, at most {@link #MAX_SECONDS_PER_PAGE} each) and days visited. A row of its own, so that reading
 * never writes the account (whose changes reach the forum's cached pages).
 */
@Entity
@Table(name = "forum_reading")
@ExcludeDefaultListeners // per-reader counters: no page shows them
public class ForumReading {

    public static final int MAX_SECONDS_PER_PAGE = 120;

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Version
    private long version;

    @Column(name = "topics_entered", nullable = false)
    private int topicsEntered;

    @Column(name = "posts_read", nullable = false)
    private int postsRead;

    @Column(name = "read_seconds", nullable = false)
    private int readSeconds;

    @Column(name = "days_visited", nullable = false)
    private int daysVisited;

    @Column(name = "last_visit_date")
    private LocalDate lastVisitDate;

    @Column(name = "last_read_at")
    private LocalDateTime lastReadAt;

    protected ForumReading() {
    }

    public ForumReading(long accountId) {
        this.accountId = accountId;
    }

    /** A page of a topic read: new posts seen, a topic entered for the first time or not, and the time it took. */
    public void read(boolean newTopic, int newPosts, LocalDateTime now) {
        if (newTopic) topicsEntered++;
        postsRead += Math.max(0, newPosts);
        if (lastReadAt != null && now.isAfter(lastReadAt)) {
            long seconds = java.time.Duration.between(lastReadAt, now).getSeconds();
            readSeconds += (int) Math.min(seconds, MAX_SECONDS_PER_PAGE);
        }
        lastReadAt = now;
        LocalDate today = now.toLocalDate();
        if (!today.equals(lastVisitDate)) {
            daysVisited++;
            lastVisitDate = today;
        }
    }

    public Long getAccountId() { return accountId; }
    public int getTopicsEntered() { return topicsEntered; }
    public int getPostsRead() { return postsRead; }
    public int getReadSeconds() { return readSeconds; }
    public int getDaysVisited() { return daysVisited; }
    public LocalDateTime getLastReadAt() { return lastReadAt; }
}
