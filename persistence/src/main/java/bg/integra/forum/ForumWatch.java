package bg.integra.forum;

import jakarta.persistence.*;

/** A topic an account watches: it is told of every new post. */
@Entity
@Table(name = "forum_watch")
@IdClass(AccountTopicKey.class)
@ExcludeDefaultListeners // per-account: no page shows it
public class ForumWatch {

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
