package bg.integra.forum;

import bg.integra.audit.AuditState;
import bg.integra.audit.Audited;
import bg.integra.audit.AuditedType;
import bg.integra.common.Folding;
import bg.integra.common.Languages;
import bg.integra.common.Slugs;
import bg.integra.portalaccount.PortalAccount;
import jakarta.persistence.*;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A discussion: its title, category and language, and the facts a list shows without reading its posts (how many
 * are visible, the last one's time and author). Its status is its first post's: a topic whose first post is held
 * waits with it. Posts are numbered in the topic from 1; {@link #nextNumber()} is called with the topic's row
 * locked, so that parallel replies get distinct numbers and the count stays exact.
 */
@Entity
@Table(name = "forum_topic")
public class ForumTopic implements Audited {

    public static final int TITLE_LENGTH = 200;
    public static final int MIN_TITLE_LENGTH = 8;
    public static final int SLUG_LENGTH = 100;
    public static final int SEARCH_LENGTH = 4000;

    @Id
    @SequenceGenerator(name = "forum_topic_seq", sequenceName = "forum_topic_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_topic_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    private ForumCategory category;

    @NotBlank
    @Size(min = MIN_TITLE_LENGTH, max = TITLE_LENGTH)
    @Column(name = "title", length = TITLE_LENGTH, nullable = false)
    private String title;

    @Column(name = "slug", length = SLUG_LENGTH, nullable = false)
    private String slug;

    @Column(name = "language", length = Languages.CODE_LENGTH, nullable = false)
    private String language;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private PortalAccount author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "last_posted_at", nullable = false)
    private LocalDateTime lastPostedAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "last_poster_id", nullable = false)
    private PortalAccount lastPoster;

    /** Visible posts, the first one included. */
    @Column(name = "post_count", nullable = false)
    private int postCount;

    @Column(name = "highest_number", nullable = false)
    private int highestNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = PostStatus.LENGTH, nullable = false)
    private PostStatus status;

    @Column(name = "pinned", nullable = false)
    private boolean pinned;

    @Column(name = "closed", nullable = false)
    private boolean closed;

    /** The number of the post its author (or a moderator) marked as the answer. */
    @Column(name = "solution_number")
    private Integer solutionNumber;

    /** The moderator's reason for the last pin or close (kept in the audit trail with the change). */
    @Column(name = "moderation_note", length = ForumPost.NOTE_LENGTH)
    private String moderationNote;

    /** The title and the first post, folded for the site search ({@link Folding}): {@code title | first post}. */
    @Column(name = "search_text", length = SEARCH_LENGTH, nullable = false)
    private String searchText;

    protected ForumTopic() {
    }

    public ForumTopic(ForumCategory category, String title, String language, PortalAccount author,
                      PostStatus status, LocalDateTime now) {
        this.category = Objects.requireNonNull(category, "category");
        this.language = Languages.portalOrDefault(language);
        this.author = Objects.requireNonNull(author, "author");
        this.lastPoster = author;
        this.createdAt = now;
        this.lastPostedAt = now;
        this.status = Objects.requireNonNull(status, "status");
        setTitle(title);
    }

    public void setTitle(String title) {
        this.title = Objects.requireNonNull(title, "title").strip().replaceAll("\\s+", " ");
        String made = Slugs.of(this.title);
        if (made.length() > SLUG_LENGTH) made = made.substring(0, SLUG_LENGTH).replaceAll("-+[^-]*$", "");
        this.slug = made.isEmpty() ? "t" : made;
        index(searchText == null || !searchText.contains(" | ") ? "" : searchText.substring(searchText.indexOf(" | ") + 3));
    }

    /** What the site search finds the topic by: its title and its first post, folded ({@link Folding}). */
    public void indexFirstPost(String text) {
        index(Folding.fold(text));
    }

    private void index(String foldedFirstPost) {
        String folded = Folding.fold(title) + (foldedFirstPost.isEmpty() ? "" : " | " + foldedFirstPost);
        this.searchText = folded.length() > SEARCH_LENGTH ? folded.substring(0, SEARCH_LENGTH) : folded;
    }

    /** The number of the next post; the caller holds the topic's row lock. */
    public int nextNumber() {
        return ++highestNumber;
    }

    /** A visible post was added or shown again. */
    public void countPost(PortalAccount poster, LocalDateTime at) {
        postCount++;
        if (!at.isBefore(lastPostedAt)) {
            lastPostedAt = at;
            lastPoster = poster;
        }
    }

    public void uncountPost() {
        postCount = Math.max(0, postCount - 1);
    }

    public void setStatus(PostStatus status) {
        this.status = Objects.requireNonNull(status);
    }

    public void moveTo(ForumCategory category) {
        this.category = Objects.requireNonNull(category);
    }

    /** Pinned or not, by a moderator for the reason given. */
    public void pin(boolean pinned, String reason) {
        this.pinned = pinned;
        this.moderationNote = reason;
    }

    /** Closed to replies or open again, by a moderator for the reason given. */
    public void close(boolean closed, String reason) {
        this.closed = closed;
        this.moderationNote = reason;
    }
    public void setSolutionNumber(Integer solutionNumber) { this.solutionNumber = solutionNumber; }

    public boolean isVisible() {
        return status == PostStatus.VISIBLE;
    }

    /** The topic's address under /forum/t/. */
    public String path() {
        return slug + "-" + id;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public ForumCategory getCategory() { return category; }
    public String getTitle() { return title; }
    public String getSlug() { return slug; }
    public String getLanguage() { return language; }
    public PortalAccount getAuthor() { return author; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getLastPostedAt() { return lastPostedAt; }
    public PortalAccount getLastPoster() { return lastPoster; }
    public int getPostCount() { return postCount; }
    public int getHighestNumber() { return highestNumber; }
    public PostStatus getStatus() { return status; }
    public boolean isPinned() { return pinned; }
    public boolean isClosed() { return closed; }
    public Integer getSolutionNumber() { return solutionNumber; }
    public String getModerationNote() { return moderationNote; }

    @Override
    public AuditedType auditedType() { return AuditedType.FORUM_TOPIC; }

    @Override
    public Long auditedProjectId() { return null; }

    @Override
    public AuditState auditState() {
        return AuditState.of()
                .put("title", title)
                .put("category", category.getSlug())
                .put("status", status)
                .put("pinned", pinned)
                .put("closed", closed)
                .put("solution", solutionNumber)
                .put("moderationNote", moderationNote);
    }
}
