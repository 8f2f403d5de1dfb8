package bg.integra.forum;

import jakarta.persistence.*;

import java.time.LocalDateTime;
import java.util.Objects;

/** An earlier text of an edited post, with who wrote it and when: the history moderators read. */
@Entity
@Table(name = "forum_post_revision")
public class ForumPostRevision {

    @Id
    @SequenceGenerator(name = "forum_post_revision_seq", sequenceName = "forum_post_revision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_post_revision_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id", nullable = false, updatable = false)
    private ForumPost post;

    @Column(name = "revision", nullable = false, updatable = false)
    private int revision;

    @Column(name = "markdown", length = ForumPost.MARKDOWN_LENGTH, nullable = false, updatable = false)
    private String markdown;

    /** When this text was written: the post's creation or its previous edit. */
    @Column(name = "written_at", nullable = false, updatable = false)
    private LocalDateTime writtenAt;

    @Column(name = "editor", length = 100, nullable = false, updatable = false)
    private String editor;

    protected ForumPostRevision() {
    }

    public ForumPostRevision(ForumPost post, int revision, String markdown, LocalDateTime writtenAt, String editor) {
        this.post = Objects.requireNonNull(post);
        this.revision = revision;
        this.markdown = Objects.requireNonNull(markdown);
        this.writtenAt = Objects.requireNonNull(writtenAt);
        this.editor = Objects.requireNonNull(editor);
    }

    public Long getId() { return id; }
    public ForumPost getPost() { return post; }
    public int getRevision() { return revision; }
    public String getMarkdown() { return markdown; }
    public LocalDateTime getWrittenAt() { return writtenAt; }
    public String getEditor() { return editor; }
}
