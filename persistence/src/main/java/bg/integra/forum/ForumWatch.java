package bg.integra.forum;

import jakarta.persistence.*;

import java.io.Serializable;

/** A topic an account watches: it is told of every new post. */
@Entity
@Table(name = "forum_watch")
@IdClass(ForumWatch.Key.class)
@ExcludeDefaultListeners // per-account: no page shows it
public class ForumWatch {

    /** The composite key: JPA sets its fields by reflection, so it is a plain class, not a record. */
    public static class Key implements Serializable {
        private Long accountId;
        private Long topicId;

        public Key() {
        }

        public Key(Long accountId, Long topicId) {
            this.accountId = accountId;
            this.topicId = topicId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(accountId, k.accountId)
                    && java.util.Objects.equals(topicId, k.topicId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(accountId, topicId);
        }
    }

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Id
    @Column(name = "topic_id")
    private Long topicId;

    protected ForumWatch() {
    }

    public ForumWatch(long accountId, long topicId) {
        this.accountId = accountId;
        this.topicId = topicId;
    }

    public Long getAccountId() { return accountId; }
    public Long getTopicId() { return topicId; }
}
