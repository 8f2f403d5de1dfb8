package bg.integra.forum;

import jakarta.persistence.*;

import java.io.Serializable;

/** A category an account follows: its new topics go into the account's weekly digest. */
@Entity
@Table(name = "forum_follow")
@IdClass(ForumFollow.Key.class)
@ExcludeDefaultListeners // per-account: no page shows it
public class ForumFollow {

    /** The composite key: JPA sets its fields by reflection, so it is a plain class, not a record. */
    public static class Key implements Serializable {
        private Long accountId;
        private Long categoryId;

        public Key() {
        }

        public Key(Long accountId, Long categoryId) {
            this.accountId = accountId;
            this.categoryId = categoryId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(accountId, k.accountId)
                    && java.util.Objects.equals(categoryId, k.categoryId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(accountId, categoryId);
        }
    }

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Id
    @Column(name = "category_id")
    private Long categoryId;

    protected ForumFollow() {
    }

    public ForumFollow(long accountId, long categoryId) {
        this.accountId = accountId;
        this.categoryId = categoryId;
    }

    public Long getAccountId() { return accountId; }
    public Long getCategoryId() { return categoryId; }
}
