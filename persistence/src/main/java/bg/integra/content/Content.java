package bg.integra.content;

import bg.integra.audit.AuditState;
import bg.integra.audit.Audited;
import bg.integra.audit.AuditedType;
import bg.integra.common.Languages;
import bg.integra.common.Slugs;
import bg.integra.common.Translated;
import bg.integra.common.Translations;
import bg.integra.media.StoredFile;
import bg.integra.project.Project;
import jakarta.persistence.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Something the portal publishes: a news article, an event, a resource of the library or a page of information
 * for immigrants. Every kind has a readable address ({@link #getSlug()}), texts per language with a visible
 * fallback, a life of draft → published → unpublished, and may belong to a project, whose page lists it.
 * Only published content is ever shown to the public.
 */
@Entity
@Table(name = "content")
@Inheritance(strategy = InheritanceType.JOINED)
@DiscriminatorColumn(name = "type", length = ContentType.LENGTH)
@NamedQuery(name = Content.FIND_BY_SLUG,
        query = "SELECT c FROM Content c WHERE c.type = :type AND c.slug = :slug")
@NamedQuery(name = Content.COUNT_BY_SLUG,
        query = "SELECT COUNT(c) FROM Content c WHERE c.type = :type AND c.slug = :slug AND c.id <> :id")
@NamedQuery(name = Content.FIND_PUBLISHED_BY_PROJECT,
        query = "SELECT c FROM Content c WHERE c.project = :project AND c.status = bg.integra.content.PublicationStatus.PUBLISHED ORDER BY c.publishedAt DESC, c.id DESC")
public abstract class Content implements Audited, Translated<ContentText> {

    /** Times of content and events are local to Bulgaria, where every reader of a date expects them. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Sofia");
    public static final String FIND_BY_SLUG = "Content.findBySlug";
    public static final String COUNT_BY_SLUG = "Content.countBySlug";
    public static final String FIND_PUBLISHED_BY_PROJECT = "Content.findPublishedByProject";

    @Id
    @SequenceGenerator(name = "content_seq", sequenceName = "content_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "content_seq")
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", length = ContentType.LENGTH, nullable = false, insertable = false, updatable = false)
    private ContentType type;

    @NotNull
    @Size(max = Slugs.LENGTH)
    @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{integra.slug.invalid}")
    @Column(name = "slug", length = Slugs.LENGTH, nullable = false)
    private String slug;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = PublicationStatus.LENGTH, nullable = false)
    private PublicationStatus status = PublicationStatus.DRAFT;

    /** When the content was first published (or the date an editor gave it); orders the lists. */
    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt = LocalDateTime.now(ZONE);

    @ManyToOne(fetch = FetchType.LAZY)
    // no @BatchFetch: the event queries join-fetch the project, and mixing both lost a project's beneficiary on
    // PostgreSQL (see Project.beneficiary); a cold list reads each item's project once
    @JoinColumn(name = "project_id")
    private Project project;

    /** The project before {@link #setProject}: moving an item changes the page of the project it left too. */
    @Transient
    private Project previousProject;

    @ElementCollection
    @BatchFetch(BatchFetchType.IN) // a list's items read their texts in one statement
    @CollectionTable(name = "content_text", joinColumns = @JoinColumn(name = "content_id"))
    @MapKeyColumn(name = "lang", length = Languages.CODE_LENGTH)
    private Map<String, @Valid ContentText> texts = new HashMap<>();

    @OneToMany(mappedBy = "content", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchFetch(BatchFetchType.IN)
    @OrderBy("position ASC, id ASC")
    private List<GalleryImage> gallery = new ArrayList<>();

    protected Content() {
    }

    protected Content(ContentText bulgarian) {
        this.texts.put(Languages.DEFAULT, Objects.requireNonNull(bulgarian, "bulgarian text"));
        this.slug = Slugs.of(bulgarian.getTitle());
    }

    public abstract ContentType contentType();

    @AssertTrue(message = "{integra.title.bgRequired}")
    public boolean isTitledInBulgarian() { return Translations.hasDefault(texts); }

    /** The languages this content is written in, in the portal's order. */
    public List<String> getLanguages() {
        return Languages.PORTAL.stream().filter(texts::containsKey).toList();
    }

    /** Sets or, with a blank title, removes the text in one language. Bulgarian cannot be removed. */
    public void setText(String lang, ContentText text) {
        Translations.set(texts, lang, text);
        touch();
    }

    public boolean isPublished() {
        return status == PublicationStatus.PUBLISHED;
    }

    public void publish(LocalDateTime now) {
        status = PublicationStatus.PUBLISHED;
        if (publishedAt == null) publishedAt = now;
        touch();
    }

    public void unpublish() {
        if (status == PublicationStatus.PUBLISHED) status = PublicationStatus.UNPUBLISHED;
        touch();
    }

    public GalleryImage addImage(StoredFile file, ImageText bulgarian) {
        GalleryImage image = new GalleryImage(this, file, bulgarian, gallery.size());
        gallery.add(image);
        touch();
        return image;
    }

    /** Moves a picture to the front of the gallery, which makes it the cover. */
    public void makeCover(GalleryImage image) {
        if (gallery.remove(image)) gallery.add(0, image);
        for (int i = 0; i < gallery.size(); i++) gallery.get(i).setPosition(i);
        touch();
    }

    public void removeImage(GalleryImage image) {
        gallery.remove(image);
        for (int i = 0; i < gallery.size(); i++) gallery.get(i).setPosition(i);
        touch();
    }

    protected void touch() {
        updatedAt = LocalDateTime.now(ZONE);
    }

    @Override
    public AuditedType auditedType() { return AuditedType.valueOf(contentType().name()); }

    @Override
    public Long auditedProjectId() { return project == null ? null : project.getId(); }

    /** The fields every kind has; a kind adds its own by overriding and extending this. */
    @Override
    public AuditState auditState() {
        AuditState s = AuditState.of()
                .put("slug", slug)
                .put("status", status)
                .put("publishedAt", publishedAt)
                .put("project", project == null ? null : project.getId());
        texts.keySet().stream().sorted().forEach(lang -> s
                .put("title." + lang, texts.get(lang).getTitle())
                .put("summary." + lang, texts.get(lang).getSummary())
                .put("body." + lang, texts.get(lang).getBody()));
        s.put("gallery", gallery.stream().map(g -> String.valueOf(g.getFile().getId())).reduce((a, b) -> a + " " + b).orElse(null));
        for (GalleryImage g : gallery) {
            g.getTexts().keySet().stream().sorted().forEach(lang -> s
                    .put("gallery." + g.getFile().getId() + ".alt." + lang, g.getTexts().get(lang).getAlt())
                    .put("gallery." + g.getFile().getId() + ".caption." + lang, g.getTexts().get(lang).getCaption()));
        }
        return s;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public ContentType getType() { return type == null ? contentType() : type; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; touch(); }
    public PublicationStatus getStatus() { return status; }
    public LocalDateTime getPublishedAt() { return publishedAt; }
    public void setPublishedAt(LocalDateTime publishedAt) { this.publishedAt = publishedAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public Project getProject() { return project; }
    public void setProject(Project project) {
        if (previousProject == null) previousProject = this.project;
        this.project = project;
        touch();
    }
    /** The project this item belonged to before it was moved in this change, or null. */
    public Project getPreviousProject() { return previousProject; }
    /** The cover picture: the first of the gallery, with its alt text per language; null when there is none. */
    public GalleryImage getCover() { return gallery.isEmpty() ? null : gallery.get(0); }
    @Override
    public Map<String, ContentText> getTexts() { return Collections.unmodifiableMap(texts); }
    public List<GalleryImage> getGallery() { return Collections.unmodifiableList(gallery); }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && id != null && id.equals(((Content) o).id);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + id + ", " + slug + "]";
    }
}
