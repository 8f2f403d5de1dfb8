package bg.integra.forum;

import bg.integra.audit.AuditState;
import bg.integra.audit.Audited;
import bg.integra.audit.AuditedType;
import bg.integra.common.Languages;
import bg.integra.common.Translated;
import bg.integra.common.Translations;
import jakarta.persistence.*;
import jakarta.validation.Valid;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A theme of the forum. A category limited to a language (Arabic speakers' questions, say) takes topics in that
 * language only; one without a language is open to all. Its counts are kept with each post, so that the forum's
 * front page reads one row per category.
 */
@Entity
@Table(name = "forum_category")
@NamedQuery(name = ForumCategory.FIND_ALL, query = "SELECT c FROM ForumCategory c ORDER BY c.position, c.id")
@NamedQuery(name = ForumCategory.FIND_BY_SLUG, query = "SELECT c FROM ForumCategory c WHERE c.slug = :slug")
public class ForumCategory implements Audited, Translated<CategoryText> {

    public static final String FIND_ALL = "ForumCategory.findAll";
    public static final String FIND_BY_SLUG = "ForumCategory.findBySlug";
    public static final int SLUG_LENGTH = 60;

    @Id
    @SequenceGenerator(name = "forum_category_seq", sequenceName = "forum_category_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_category_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "slug", length = SLUG_LENGTH, nullable = false, unique = true)
    private String slug;

    /** The one language of its topics, or none: open to all. */
    @Column(name = "language", length = Languages.CODE_LENGTH)
    private String language;

    @Column(name = "position", nullable = false)
    private int position;

    @ElementCollection
    @CollectionTable(name = "forum_category_text", joinColumns = @JoinColumn(name = "category_id"))
    @MapKeyColumn(name = "lang", length = Languages.CODE_LENGTH)
    @BatchFetch(BatchFetchType.IN)
    private Map<String, @Valid CategoryText> texts = new HashMap<>();

    @Column(name = "topic_count", nullable = false)
    private int topicCount;

    @Column(name = "post_count", nullable = false)
    private int postCount;

    @Column(name = "last_posted_at")
    private LocalDateTime lastPostedAt;

    protected ForumCategory() {
    }

    public ForumCategory(String slug, String language, int position, Map<String, CategoryText> texts) {
        this.slug = Objects.requireNonNull(slug, "slug");
        this.language = language;
        this.position = position;
        Translations.setAll(this.texts, texts);
    }

    /** An administrator's change of its address, language, place in the list and texts; the counts stay. */
    public void update(String slug, String language, int position, Map<String, CategoryText> texts) {
        this.slug = Objects.requireNonNull(slug, "slug");
        this.language = language;
        this.position = position;
        Translations.setAll(this.texts, texts);
    }

    public boolean accepts(String topicLanguage) {
        return language == null || language.equals(topicLanguage);
    }

    /** Visible posts were added or shown again (with their topic, when its first post was among them). */
    public void addPosts(int posts, boolean withTopic, LocalDateTime at) {
        postCount += posts;
        if (withTopic) topicCount++;
        if (lastPostedAt == null || at.isAfter(lastPostedAt)) lastPostedAt = at;
    }

    /** Visible posts were hidden or deleted (with their topic, when its first post was hidden). */
    public void removePosts(int posts, boolean withTopic) {
        postCount = Math.max(0, postCount - posts);
        if (withTopic) topicCount = Math.max(0, topicCount - 1);
    }

    public String name(String lang) {
        return text(lang).getName();
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getSlug() { return slug; }
    public String getLanguage() { return language; }
    public int getPosition() { return position; }
    @Override
    public Map<String, CategoryText> getTexts() { return Map.copyOf(texts); }
    public int getTopicCount() { return topicCount; }
    public int getPostCount() { return postCount; }
    public LocalDateTime getLastPostedAt() { return lastPostedAt; }

    @Override
    public AuditedType auditedType() { return AuditedType.FORUM_CATEGORY; }

    @Override
    public Long auditedProjectId() { return null; }

    @Override
    public AuditState auditState() {
        AuditState state = AuditState.of().put("slug", slug).put("language", language).put("position", position);
        new java.util.TreeMap<>(texts).forEach((lang, text) -> state.put("name." + lang, text.getName())
                .put("description." + lang, text.getDescription()));
        return state;
    }
}
