package bg.integra.training;

import bg.integra.audit.AuditState;
import bg.integra.audit.Audited;
import bg.integra.audit.AuditedType;
import bg.integra.common.Languages;
import bg.integra.common.Translated;
import bg.integra.common.Translations;
import bg.integra.media.StoredFile;
import bg.integra.resource.Resource;
import jakarta.persistence.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One step of a course: a text per language (sanitised HTML), and optionally a media file uploaded through the one
 * upload path and a handbook of the resources library to download beside it. A learner who opens it has viewed it.
 */
@Entity
@Table(name = "lesson")
public class Lesson implements Audited, Positions.Placed, Translated<LessonText> {

    @Id
    @SequenceGenerator(name = "lesson_seq", sequenceName = "lesson_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lesson_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id", nullable = false)
    private CourseModule module;

    @Column(name = "position", nullable = false)
    private int position;

    @ElementCollection
    @CollectionTable(name = "lesson_text", joinColumns = @JoinColumn(name = "lesson_id"))
    @MapKeyColumn(name = "lang", length = Languages.CODE_LENGTH)
    @BatchFetch(BatchFetchType.IN)
    private Map<String, @Valid LessonText> texts = new HashMap<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "media_id")
    @BatchFetch(BatchFetchType.IN)
    private StoredFile media;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "handbook_id")
    @BatchFetch(BatchFetchType.IN)
    private Resource handbook;

    protected Lesson() {
    }

    Lesson(CourseModule module, int position, Map<String, LessonText> texts) {
        this.module = Objects.requireNonNull(module, "module");
        this.position = position;
        Translations.setAll(this.texts, texts);
    }

    @AssertTrue(message = "{integra.title.bgRequired}")
    public boolean isTitledInBulgarian() { return Translations.hasDefault(texts); }

    public void setTexts(Map<String, LessonText> texts) { Translations.setAll(this.texts, texts); }

    public void setMedia(StoredFile media) { this.media = media; }

    public void setHandbook(Resource handbook) { this.handbook = handbook; }

    @Override
    public void placeAt(int position) { this.position = position; }

    public String title(String lang) { return text(lang).getTitle(); }

    public Course getCourse() { return module.getCourse(); }

    @Override
    public AuditedType auditedType() { return AuditedType.LESSON; }

    @Override
    public Long auditedProjectId() { return module.auditedProjectId(); }

    @Override
    public AuditState auditState() {
        AuditState state = AuditState.of().put("module", module.getId()).put("position", position)
                .put("media", media == null ? null : media.getId()).put("handbook", handbook == null ? null : handbook.getId());
        new TreeMap<>(texts).forEach((lang, t) -> state.put("title." + lang, t.getTitle()).put("body." + lang, t.getBody()));
        return state;
    }

    @Override
    public Long getId() { return id; }
    public long getVersion() { return version; }
    public CourseModule getModule() { return module; }
    public int getPosition() { return position; }
    @Override
    public Map<String, LessonText> getTexts() { return Collections.unmodifiableMap(texts); }
    public StoredFile getMedia() { return media; }
    public Resource getHandbook() { return handbook; }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Lesson other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Lesson.class.hashCode();
    }
}
