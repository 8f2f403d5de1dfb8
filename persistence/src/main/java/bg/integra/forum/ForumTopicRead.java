package bg.integra.forum;

import jakarta.persistence.*;

/** How far an account has read in a topic (the highest post number it was shown). */
@Entity
@Table(name = "forum_topic_read")
@IdClass(AccountTopicKey.class)
@ExcludeDefaultListeners // per-reader: no page shows it
public class ForumTopicRead {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Id
    @Column(name = "topic_id")
    private Long topicId;

    @Column(name = "last_read_number", nullable = false)
    private int lastReadNumber;

    protected ForumTopicRead() {
    }

    public ForumTopicRead(long accountId, long topicId, int lastReadNumber) {
        this.accountId = accountId;
        this.topicId = topicId;
        this.lastReadNumber = lastReadNumber;
    }

    /** Reads up to {@code number}; returns how many posts were new. */
    public int readUpTo(int number) {
        int fresh = Math.max(0, number - lastReadNumber);
        lastReadNumber = Math.max(lastReadNumber, number);
        return fresh;
    }

    public Long getAccountId() { return accountId; }
    public Long getTopicId() { return topicId; }
    public int getLastReadNumber() { return lastReadNumber; }
}
