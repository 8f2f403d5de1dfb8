package bg.integra.forum;

import bg.integra.portalaccount.PortalAccount;
import jakarta.persistence.*;

import java.time.LocalDateTime;
import java.util.Objects;

/** A reader's flag on a post (one per reader and post), resolved when a moderator decides on the post. */
@Entity
@Table(name = "forum_flag")
public class ForumFlag {

    @Id
    @SequenceGenerator(name = "forum_flag_seq", sequenceName = "forum_flag_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_flag_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id", nullable = false, updatable = false)
    private ForumPost post;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private PortalAccount account;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", length = FlagReason.LENGTH, nullable = false, updatable = false)
    private FlagReason reason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "resolved_at")
    private LocalDateTime resolvedAt;

    protected ForumFlag() {
    }

    public ForumFlag(ForumPost post, PortalAccount account, FlagReason reason, LocalDateTime now) {
        this.post = Objects.requireNonNull(post);
        this.account = Objects.requireNonNull(account);
        this.reason = Objects.requireNonNull(reason);
        this.createdAt = now;
    }

    public void resolve(LocalDateTime at) {
        if (resolvedAt == null) resolvedAt = at;
    }

    public Long getId() { return id; }
    public ForumPost getPost() { return post; }
    public PortalAccount getAccount() { return account; }
    public FlagReason getReason() { return reason; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getResolvedAt() { return resolvedAt; }
}
