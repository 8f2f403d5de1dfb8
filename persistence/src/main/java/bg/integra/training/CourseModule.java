package bg.integra.training;

import bg.integra.audit.AuditState;
import bg.integra.audit.Audited;
import bg.integra.audit.AuditedType;
import bg.integra.common.Languages;
import bg.integra.common.Translations;
import jakarta.persistence.*;
import jakarta.validation.constraints.AssertTrue;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** A part of a course: a title per language and its lessons in order. It exists only inside its course. */
@Entity
@Table(name = "course_module")
public class CourseModule implements Audited, Positions.Placed {

    public static final int TITLE_LENGTH = 200;

    @Id
    @SequenceGenerator(name = "course_module_seq", sequenceName = "course_module_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_module_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false)
    private Course course;

    @Column(name = "position", nullable = false)
    private int position;

    @ElementCollection
    @CollectionTable(name = "course_module_title", joinColumns = @JoinColumn(name = "module_id"))
    @MapKeyColumn(name = "lang", length = Languages.CODE_LENGTH)
    @Column(name = "title", length = TITLE_LENGTH, nullable = false)
    @BatchFetch(BatchFetchType.IN)
    private Map<String, String> titles = new HashMap<>();

    @OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position ASC")
    @BatchFetch(BatchFetchType.IN)
    private List<Lesson> lessons = new ArrayList<>();

    protected CourseModule() {
    }

    CourseModule(Course course, int position, Map<String, String> titles) {
        this.course = Objects.requireNonNull(course, "course");
        this.position = position;
        setTitles(titles);
    }

    @AssertTrue(message = "{integra.title.bgRequired}")
    public boolean isTitledInBulgarian() { return Translations.hasDefault(titles); }

    public void setTitles(Map<String, String> titles) { Translations.replace(this.titles, titles); }

    /** A new lesson at the end of the module. */
    public Lesson addLesson(Map<String, LessonText> texts) {
        Lesson lesson = new Lesson(this, lessons.size() + 1, texts);
        lessons.add(lesson);
        return lesson;
    }

    public void removeLesson(Lesson lesson) { Positions.remove(lessons, lesson); }

    /** Moves a lesson one place up (-1) or down (+1) within the module. */
    public void moveLesson(Lesson lesson, int step) { Positions.move(lessons, lesson, step); }

    @Override
    public void placeAt(int position) { this.position = position; }

    public String title(String lang) { return Translations.text(titles, lang); }

    public String titleLanguage(String lang) { return Translations.languageOf(titles, lang); }

    @Override
    public AuditedType auditedType() { return AuditedType.COURSE_MODULE; }

    @Override
    public Long auditedProjectId() { return course.auditedProjectId(); }

    @Override
    public AuditState auditState() {
        AuditState state = AuditState.of().put("course", course.getId()).put("position", position);
        new TreeMap<>(titles).forEach((lang, title) -> state.put("title." + lang, title));
        return state;
    }

    @Override
    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Course getCourse() { return course; }
    public int getPosition() { return position; }
    public Map<String, String> getTitles() { return Collections.unmodifiableMap(titles); }
    public List<Lesson> getLessons() { return Collections.unmodifiableList(lessons); }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof CourseModule other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return CourseModule.class.hashCode();
    }
}
