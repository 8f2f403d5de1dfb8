package bg.integra.forum;

import bg.integra.portalaccount.PortalAccount;
import jakarta.persistence.*;

import java.time.LocalDateTime;
import java.util.Objects;

/** Something an account is told of in the site (its unread count) and, for most kinds, by e-mail. */
@Entity
@Table(name = "forum_notification")
@NamedQuery(name = ForumNotification.COUNT_UNREAD, query = "SELECT COUNT(n) FROM ForumNotification n"
        + " WHERE n.account.id = :account AND n.readAt IS NULL")
public class ForumNotification {

    public static final String COUNT_UNREAD = "ForumNotification.countUnread";

    @Id
    @SequenceGenerator(name = "forum_notification_seq", sequenceName = "forum_notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_notification_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private PortalAccount account;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = NotificationKind.LENGTH, nullable = false, updatable = false)
    private NotificationKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "topic_id", nullable = false, updatable = false)
    private ForumTopic topic;

    @Column(name = "post_number", nullable = false, updatable = false)
    private int postNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id", nullable = false, updatable = false)
    private PortalAccount actor;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "read_at")
    private LocalDateTime readAt;

    protected ForumNotification() {
    }

    public ForumNotification(PortalAccount account, NotificationKind kind, ForumPost post, PortalAccount actor,
                             LocalDateTime now) {
        this.account = Objects.requireNonNull(account);
        this.kind = Objects.requireNonNull(kind);
        this.topic = post.getTopic();
        this.postNumber = post.getNumber();
        this.actor = Objects.requireNonNull(actor);
        this.createdAt = now;
    }

    public void markRead(LocalDateTime at) {
        if (readAt == null) readAt = at;
    }

    public Long getId() { return id; }
    public PortalAccount getAccount() { return account; }
    public NotificationKind getKind() { return kind; }
    public ForumTopic getTopic() { return topic; }
    public int getPostNumber() { return postNumber; }
    public PortalAccount getActor() { return actor; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getReadAt() { return readAt; }
}
