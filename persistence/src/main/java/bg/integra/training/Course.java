package bg.integra.training;

import bg.integra.audit.AuditState;
import bg.integra.audit.Audited;
import bg.integra.audit.AuditedType;
import bg.integra.common.Languages;
import bg.integra.common.Sha256;
import bg.integra.common.Text;
import bg.integra.common.Translated;
import bg.integra.common.Translations;
import bg.integra.organisation.Organisation;
import bg.integra.project.Project;
import jakarta.persistence.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A course of the online training: an organisation of the network teaches immigrants, or the staff of
 * institutions and NGOs, a topic in ordered {@link CourseModule}s of {@link Lesson}s. It is written in the languages
 * its texts have (Bulgarian always), lasts a stated number of hours, may belong to a project whose indicators its
 * completions will count, and is joined openly or with a key handed out by its trainer (only the key's SHA-256 is
 * kept). A draft is the trainers' own; a published course is in the portal's catalogue.
 */
@Entity
@Table(name = "course")
@NamedQuery(name = Course.FIND_BY_SLUG, query = "SELECT c FROM Course c WHERE c.slug = :slug")
public class Course implements Audited, Translated<CourseText> {

    public static final String FIND_BY_SLUG = "Course.findBySlug";
    public static final int SLUG_LENGTH = 80;
    public static final int MAX_HOURS = 1000;

    @Id
    @SequenceGenerator(name = "course_seq", sequenceName = "course_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "slug", length = SLUG_LENGTH, nullable = false, unique = true)
    private String slug;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "audience", length = CourseAudience.LENGTH, nullable = false)
    private CourseAudience audience;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "topic", length = CourseTopic.LENGTH, nullable = false)
    private CourseTopic topic;

    @Min(1)
    @Max(MAX_HOURS)
    @Column(name = "hours", nullable = false)
    private int hours;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = CourseStatus.LENGTH, nullable = false)
    private CourseStatus status = CourseStatus.DRAFT;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "enrolment", length = EnrolmentMode.LENGTH, nullable = false)
    private EnrolmentMode enrolment = EnrolmentMode.OPEN;

    /** SHA-256 (hex) of the enrolment key; set exactly when {@link #enrolment} is KEY. */
    @Column(name = "key_hash", length = 64)
    private String keyHash;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    @BatchFetch(BatchFetchType.IN)
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id")
    private Project project;

    @ElementCollection
    @CollectionTable(name = "course_text", joinColumns = @JoinColumn(name = "course_id"))
    @MapKeyColumn(name = "lang", length = Languages.CODE_LENGTH)
    @BatchFetch(BatchFetchType.IN)
    private Map<String, @Valid CourseText> texts = new HashMap<>();

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position ASC")
    @BatchFetch(BatchFetchType.IN)
    private List<CourseModule> modules = new ArrayList<>();

    protected Course() {
    }

    public Course(String slug, Organisation organisation, CourseAudience audience, CourseTopic topic, int hours,
                  Map<String, CourseText> texts) {
        this.slug = Objects.requireNonNull(slug, "slug");
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        describe(audience, topic, hours);
        Translations.setAll(this.texts, texts);
    }

    @AssertTrue(message = "{integra.title.bgRequired}")
    public boolean isTitledInBulgarian() { return Translations.hasDefault(texts); }

    @AssertTrue
    public boolean isKeyedWhenByKey() { return (enrolment == EnrolmentMode.KEY) == (keyHash != null); }

    public void describe(CourseAudience audience, CourseTopic topic, int hours) {
        this.audience = Objects.requireNonNull(audience, "audience");
        this.topic = Objects.requireNonNull(topic, "topic");
        this.hours = hours;
    }

    public void setSlug(String slug) { this.slug = Objects.requireNonNull(slug, "slug"); }

    public void setTexts(Map<String, CourseText> texts) { Translations.setAll(this.texts, texts); }

    public void setProject(Project project) { this.project = project; }

    /** An administrator's move of the course to another organisation's keeping. */
    public void moveTo(Organisation organisation) { this.organisation = Objects.requireNonNull(organisation, "organisation"); }

    /** Anyone may enrol. */
    public void openEnrolment() {
        enrolment = EnrolmentMode.OPEN;
        keyHash = null;
    }

    /** Only with this key; a blank key keeps the one set before. */
    public void enrolByKey(String key) {
        String value = Text.blankToNull(key);
        if (value == null && keyHash == null) throw new IllegalArgumentException("A course enrolled by key needs a key");
        enrolment = EnrolmentMode.KEY;
        if (value != null) keyHash = Sha256.hex(value.strip());
    }

    /** Whether this key opens the course: always for an open course, else the key whose hash is kept. */
    public boolean opensWith(String key) {
        if (enrolment == EnrolmentMode.OPEN) return true;
        String value = Text.blankToNull(key);
        return value != null && MessageDigest.isEqual(Sha256.hex(value.strip()).getBytes(StandardCharsets.US_ASCII),
                keyHash.getBytes(StandardCharsets.US_ASCII));
    }

    public void publish() { status = CourseStatus.PUBLISHED; }

    public void unpublish() { status = CourseStatus.DRAFT; }

    public boolean isPublished() { return status == CourseStatus.PUBLISHED; }

    /** A new module at the end. */
    public CourseModule addModule(Map<String, String> titles) {
        CourseModule module = new CourseModule(this, modules.size() + 1, titles);
        modules.add(module);
        return module;
    }

    public void removeModule(CourseModule module) {
        Positions.remove(modules, module);
    }

    /** Moves a module one place up (-1) or down (+1); nothing at either end. */
    public void moveModule(CourseModule module, int step) {
        Positions.move(modules, module, step);
    }

    /** Every lesson in the order a learner takes them: module by module, lesson by lesson. */
    public List<Lesson> lessonsInOrder() {
        return modules.stream().flatMap(m -> m.getLessons().stream()).toList();
    }

    /** The languages the course is written in: those its texts have, Bulgarian first. */
    public List<String> getLanguages() {
        return Languages.PORTAL.stream().filter(texts::containsKey).toList();
    }

    public String title(String lang) { return text(lang).getTitle(); }

    @Override
    public AuditedType auditedType() { return AuditedType.COURSE; }

    @Override
    public Long auditedProjectId() { return project == null ? null : project.getId(); }

    @Override
    public AuditState auditState() {
        AuditState state = AuditState.of().put("slug", slug).put("audience", audience).put("topic", topic)
                .put("hours", hours).put("status", status).put("enrolment", enrolment)
                .put("key", keyHash == null ? null : "set " + keyHash.substring(0, 8))
                .put("organisation", organisation == null ? null : organisation.getId())
                .put("project", project == null ? null : project.getId());
        new TreeMap<>(texts).forEach((lang, t) -> state.put("title." + lang, t.getTitle())
                .put("summary." + lang, t.getSummary()).put("certificate." + lang, t.getCertificateText()));
        return state;
    }

    @Override
    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getSlug() { return slug; }
    public CourseAudience getAudience() { return audience; }
    public CourseTopic getTopic() { return topic; }
    public int getHours() { return hours; }
    public CourseStatus getStatus() { return status; }
    public EnrolmentMode getEnrolment() { return enrolment; }
    public boolean isByKey() { return enrolment == EnrolmentMode.KEY; }
    public Organisation getOrganisation() { return organisation; }
    public Project getProject() { return project; }
    @Override
    public Map<String, CourseText> getTexts() { return Collections.unmodifiableMap(texts); }
    public List<CourseModule> getModules() { return Collections.unmodifiableList(modules); }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Course other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Course.class.hashCode();
    }
}
