package bg.integra.knowledge;

import bg.integra.audit.AuditState;
import bg.integra.audit.Audited;
import bg.integra.common.FieldProblem;
import bg.integra.common.Folding;
import bg.integra.common.Text;
import bg.integra.common.Translated;
import bg.integra.common.Translations;
import bg.integra.organisation.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What every item of the knowledge base shares: the member organisation that wrote it, where it is on its way to
 * the portal ({@link KnowledgeStatus}), when it was submitted and published, and its texts in folded form for the
 * word filter. Submitting and publishing check the item's own rules first ({@link #problems}). Its texts are one
 * {@link KnowledgeText} per language, Bulgarian required; each kind maps them to its own table, and this class reads
 * and writes them, keeping the folded text up to date.
 *
 * @param <T> one language's texts of this kind of item
 */
@MappedSuperclass
public abstract class KnowledgeItem<T extends KnowledgeText> implements Audited, Translated<T> {

    public static final int FOLDED_LENGTH = 20000;
    public static final int COMMENT_LENGTH = 2000;
    /** The knowledge base's days are Sofia's. */
    public static final java.time.ZoneId ZONE = java.time.ZoneId.of("Europe/Sofia");

    @Version
    private long version;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    @BatchFetch(BatchFetchType.IN) // a page's organisations in one statement; never join-fetched
    private Organisation organisation;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = KnowledgeStatus.LENGTH, nullable = false)
    private KnowledgeStatus status = KnowledgeStatus.DRAFT;

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    /** Why an editor sent it back to its writer; kept until it is published. */
    @Size(max = COMMENT_LENGTH)
    @Column(name = "review_comment", length = COMMENT_LENGTH)
    private String reviewComment;

    /** Every text of every language in {@link Folding#fold} form, kept by the entity, matched by the word filter. */
    @Column(name = "folded_text", length = FOLDED_LENGTH, nullable = false)
    private String foldedText = "";

    protected KnowledgeItem() {
    }

    protected KnowledgeItem(Organisation organisation) {
        this.organisation = Objects.requireNonNull(organisation, "organisation");
    }

    /** What stops this item from being submitted or published on {@code today}, by field; empty when nothing. */
    public abstract Map<String, FieldProblem> problems(LocalDate today);

    @AssertTrue(message = "{integra.title.bgRequired}")
    public boolean isTitledInBulgarian() { return Translations.hasDefault(getTexts()); }

    /** Sets or, with null, removes the texts in one language; Bulgarian cannot be removed. */
    public void setText(String lang, T text) {
        Translations.set(getTexts(), lang, text);
        refreshFolded();
    }

    /** Every language's texts at once, as a form edits them: a language left out is removed; Bulgarian is required. */
    public void setTexts(Map<String, T> texts) {
        Translations.setAll(getTexts(), texts);
        refreshFolded();
    }

    /** The texts of the item that are not per language (an initiative's town), found and shown with the others. */
    protected Stream<String> ownTexts() {
        return Stream.empty();
    }

    /** The texts the word filter finds the item by, in any language. */
    private Stream<String> searchableTexts() {
        Map<String, T> texts = getTexts();
        return Stream.concat(ownTexts(), texts.keySet().stream().sorted().flatMap(lang -> texts.get(lang).all()));
    }

    /**
     * What the site search shows and weighs of the item, per language: the title, the text it quotes (a practice's
     * objectives, a case's situation, a measure's description) and every other text of that language.
     */
    public Map<String, Headline> headlines() {
        Map<String, Headline> headlines = new HashMap<>();
        getTexts().forEach((lang, t) -> headlines.put(lang, new Headline(t.getTitle(), t.quoted(),
                Stream.concat(t.all(), ownTexts()).filter(Objects::nonNull).collect(Collectors.joining(" ")))));
        return headlines;
    }

    /** One language's title, quoted text and the rest, for the site search. */
    public record Headline(String title, String summary, String body) {
    }

    /** Sent for review; the caller has checked {@link #problems} first. */
    public void submit(LocalDate today) {
        if (status == KnowledgeStatus.PUBLISHED) throw new IllegalStateException("Already published");
        status = KnowledgeStatus.SUBMITTED;
        submittedOn = Objects.requireNonNull(today, "today");
    }

    /** Shown on the portal from now on; the caller has checked {@link #problems} first. */
    public void publish(LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (submittedOn == null) submittedOn = today;
        status = KnowledgeStatus.PUBLISHED;
        publishedOn = today;
        reviewComment = null;
    }

    /** Back to the writer: no longer shown. */
    public void withdraw() {
        status = KnowledgeStatus.DRAFT;
    }

    /** Back to the writer with the reviewer's reason; only a submitted item is reviewed. */
    public void sendBack(String comment) {
        if (status != KnowledgeStatus.SUBMITTED) throw new IllegalStateException("Not submitted: " + status);
        reviewComment = Objects.requireNonNull(Text.blankToNull(comment), "comment");
        status = KnowledgeStatus.DRAFT;
    }

    public boolean isPublished() { return status == KnowledgeStatus.PUBLISHED; }

    protected void refreshFolded() {
        String folded = searchableTexts().filter(Objects::nonNull).map(Folding::fold)
                .filter(s -> !s.isEmpty()).collect(Collectors.joining(" "));
        foldedText = folded.length() > FOLDED_LENGTH ? folded.substring(0, FOLDED_LENGTH) : folded;
    }

    @Override
    public Long auditedProjectId() { return null; }

    /** What every item's audit state starts with: its organisation, status and review comment. */
    protected AuditState itemAuditState() {
        return AuditState.of().put("organisation", getOrganisation() == null ? null : getOrganisation().getId())
                .put("status", getStatus()).put("reviewComment", getReviewComment());
    }

    public long getVersion() { return version; }
    public Organisation getOrganisation() { return organisation; }
    public KnowledgeStatus getStatus() { return status; }
    public LocalDate getSubmittedOn() { return submittedOn; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public String getFoldedText() { return foldedText; }
    public String getReviewComment() { return reviewComment; }
}
