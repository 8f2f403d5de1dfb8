package bg.integra.forum;

import bg.integra.audit.AuditState;
import bg.integra.audit.Audited;
import bg.integra.audit.AuditedType;
import bg.integra.common.Folding;
import bg.integra.portalaccount.PortalAccount;
import jakarta.persistence.*;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One post of a topic: the Markdown its author wrote and the sanitised HTML made from it when it was written (a
 * page never renders Markdown). An edit keeps the earlier text as a {@link ForumPostRevision}. Flags count up to
 * the point where the post is hidden until a moderator decides.
 */
@Entity
@Table(name = "forum_post")
public class ForumPost implements Audited {

    public static final int MARKDOWN_LENGTH = 20_000;
    public static final int HTML_LENGTH = 100_000;
    public static final int MIN_LENGTH = 2;
    public static final int NOTE_LENGTH = 500;

    @Id
    @SequenceGenerator(name = "forum_post_seq", sequenceName = "forum_post_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_post_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "topic_id", nullable = false, updatable = false)
    private ForumTopic topic;

    @Column(name = "number", nullable = false, updatable = false)
    private int number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private PortalAccount author;

    @NotBlank
    @Size(min = MIN_LENGTH, max = MARKDOWN_LENGTH)
    @Column(name = "markdown", length = MARKDOWN_LENGTH, nullable = false)
    private String markdown;

    @Column(name = "html", length = HTML_LENGTH, nullable = false)
    private String html;

    /** The number of the post this one answers, when it answers one. */
    @Column(name = "reply_to")
    private Integer replyTo;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "edited_at")
    private LocalDateTime editedAt;

    @Column(name = "revisions", nullable = false)
    private int revisions;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = PostStatus.LENGTH, nullable = false)
    private PostStatus status;

    @Column(name = "flags", nullable = false)
    private int flags;

    /** The moderator's reason for the last decision on the post (kept in the audit trail too). */
    @Size(max = NOTE_LENGTH)
    @Column(name = "moderation_note", length = NOTE_LENGTH)
    private String moderationNote;

    /** The Markdown folded ({@link Folding}): what the site search finds a reply by (a first post: its topic's). */
    @Column(name = "search_text", length = ForumTopic.SEARCH_LENGTH, nullable = false)
    private String searchText = "";

    protected ForumPost() {
    }

    /** The folded text of a post's Markdown as the search keeps it (also for migration 21.1). */
    public static String searchText(String markdown) {
        String folded = Folding.fold(markdown);
        return folded.length() > ForumTopic.SEARCH_LENGTH ? folded.substring(0, ForumTopic.SEARCH_LENGTH) : folded;
    }

    public ForumPost(ForumTopic topic, int number, PortalAccount author, String markdown, String html,
                     Integer replyTo, PostStatus status, LocalDateTime now) {
        this.topic = Objects.requireNonNull(topic, "topic");
        this.number = number;
        this.author = Objects.requireNonNull(author, "author");
        this.markdown = Objects.requireNonNull(markdown, "markdown");
        this.searchText = searchText(markdown);
        this.html = Objects.requireNonNull(html, "html");
        this.replyTo = replyTo;
        this.status = Objects.requireNonNull(status, "status");
        this.createdAt = now;
    }

    /** A new text; the caller keeps the earlier one as a revision first. */
    public void edit(String markdown, String html, LocalDateTime now) {
        this.markdown = Objects.requireNonNull(markdown);
        this.searchText = searchText(markdown);
        this.html = Objects.requireNonNull(html);
        this.editedAt = now;
        this.revisions++;
    }

    /** One more reader's flag; the count at which the post is hidden is the service's rule. */
    public int flag() {
        return ++flags;
    }

    public void decide(PostStatus status, String note) {
        this.status = Objects.requireNonNull(status);
        this.moderationNote = note;
        if (status == PostStatus.VISIBLE) flags = 0; // a moderator kept it: earlier flags are answered
    }

    public boolean isFirst() {
        return number == 1;
    }

    public boolean isVisible() {
        return status == PostStatus.VISIBLE;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public ForumTopic getTopic() { return topic; }
    public int getNumber() { return number; }
    public PortalAccount getAuthor() { return author; }
    public String getMarkdown() { return markdown; }
    public String getSearchText() { return searchText; }
    public String getHtml() { return html; }
    public Integer getReplyTo() { return replyTo; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getEditedAt() { return editedAt; }
    public int getRevisions() { return revisions; }
    public PostStatus getStatus() { return status; }
    public int getFlags() { return flags; }
    public String getModerationNote() { return moderationNote; }

    @Override
    public AuditedType auditedType() { return AuditedType.FORUM_POST; }

    @Override
    public Long auditedProjectId() { return null; }

    @Override
    public AuditState auditState() {
        return AuditState.of()
                .put("topic", topic.getId())
                .put("number", number)
                .personal("text", markdown)
                .put("status", status)
                .put("flags", flags)
                .put("moderationNote", moderationNote);
    }
}
