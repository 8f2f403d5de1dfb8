package bg.integra.news;

import bg.integra.content.Content;
import bg.integra.content.ContentText;
import bg.integra.content.ContentType;
import bg.integra.media.StoredFile;
import jakarta.persistence.*;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import java.time.LocalDate;
import java.util.Objects;

/** A news article, press release, press-conference report or media publication (see {@link ArticleKind}). */
@Entity
@Table(name = "article")
@DiscriminatorValue("NEWS")
public class Article extends Content {

    public static final int NEWSPAPER_LENGTH = 200;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = ArticleKind.LENGTH, nullable = false)
    private ArticleKind kind = ArticleKind.NEWS;

    /** For a media publication: the newspaper or site that published it. */
    @Size(max = NEWSPAPER_LENGTH)
    @Column(name = "newspaper", length = NEWSPAPER_LENGTH)
    private String newspaper;

    @Column(name = "issue_date")
    private LocalDate issueDate;

    /** For a media publication: the scan of the printed page (an image or a PDF). */
    @ManyToOne
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "attachment_id")
    private StoredFile attachment;

    protected Article() {
    }

    public Article(ArticleKind kind, ContentText bulgarian) {
        super(bulgarian);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    @Override
    public ContentType contentType() {
        return ContentType.NEWS;
    }

    public ArticleKind getKind() { return kind; }
    public void setKind(ArticleKind kind) { this.kind = kind; touch(); }
    public String getNewspaper() { return newspaper; }
    public void setNewspaper(String newspaper) { this.newspaper = bg.integra.common.Text.blankToNull(newspaper); touch(); }
    public LocalDate getIssueDate() { return issueDate; }
    public void setIssueDate(LocalDate issueDate) { this.issueDate = issueDate; touch(); }
    public StoredFile getAttachment() { return attachment; }
    public void setAttachment(StoredFile attachment) { this.attachment = attachment; touch(); }
}
