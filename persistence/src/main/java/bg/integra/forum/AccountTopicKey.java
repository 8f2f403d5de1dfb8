package bg.integra.forum;

import java.io.Serializable;
import java.util.Objects;

/**
 * The key of what one account holds about one topic (a watch, how far it has read). JPA sets its fields by
 * reflection, so it is a plain class, not a record; the names match the entities' {@code @Id} fields.
 */
public class AccountTopicKey implements Serializable {

    private Long accountId;
    private Long topicId;

    public AccountTopicKey() {
    }

    public AccountTopicKey(Long accountId, Long topicId) {
        this.accountId = accountId;
        this.topicId = topicId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccountTopicKey k && Objects.equals(accountId, k.accountId) && Objects.equals(topicId, k.topicId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, topicId);
    }
}
