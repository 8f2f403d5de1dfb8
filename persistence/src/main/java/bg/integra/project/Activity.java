package bg.integra.project;

import bg.integra.audit.AuditState;
import bg.integra.audit.Audited;
import bg.integra.audit.AuditedType;
import bg.integra.common.Languages;
import bg.integra.common.Period;
import bg.integra.common.Translations;
import jakarta.persistence.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A planned part of a project's grant, as the contract numbers it: "Activity 2: seminars with institutions".
 * Events carry activities out ({@code Event.activity}); the report and the project page group events by them.
 * The title is per language like an indicator's name: Bulgarian required, the others fall back visibly.
 */
@Entity
@Table(name = "activity")
@NamedQuery(name = Activity.FIND_BY_PROJECT,
        query = "SELECT a FROM Activity a WHERE a.project.id = :project ORDER BY a.number, a.id")
@NamedQuery(name = Activity.MAX_NUMBER,
        query = "SELECT MAX(a.number) FROM Activity a WHERE a.project.id = :project")
@NamedQuery(name = Activity.COUNT_NUMBER,
        query = "SELECT COUNT(a) FROM Activity a WHERE a.project.id = :project AND a.number = :number AND a.id <> :id")
public class Activity implements Audited {

    public static final String FIND_BY_PROJECT = "Activity.findByProject";
    public static final String MAX_NUMBER = "Activity.maxNumber";
    /** Other activities of the project with the number: the unique rule, checked before the database's. */
    public static final String COUNT_NUMBER = "Activity.countNumber";
    public static final int TITLE_LENGTH = 300;
    public static final int MAX_NUMBER_VALUE = 999;

    @Id
    @SequenceGenerator(name = "activity_seq", sequenceName = "activity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activity_seq")
    private Long id;

    @Version
    private long version;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @Min(1)
    @Max(MAX_NUMBER_VALUE)
    @Column(name = "ordinal", nullable = false)
    private int number;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "activity_title", joinColumns = @JoinColumn(name = "activity_id"))
    @MapKeyColumn(name = "lang", length = Languages.CODE_LENGTH)
    @Column(name = "title", length = TITLE_LENGTH, nullable = false)
    private Map<String, @NotNull @Size(min = 1, max = TITLE_LENGTH) String> titles = new HashMap<>();

    @Valid
    @NotNull
    @Embedded
    private Period period = new Period();

    protected Activity() {
    }

    public Activity(Project project, int number, String titleBg) {
        this.project = Objects.requireNonNull(project, "project");
        this.number = number;
        setTitle(Languages.DEFAULT, Objects.requireNonNull(titleBg, "titleBg"));
    }

    @AssertTrue(message = "{integra.name.bgRequired}")
    public boolean isTitledInBulgarian() { return Translations.hasDefault(titles); }

    /** The title in the given language or its fallback ({@link Translations#text}). */
    public String title(String lang) { return Translations.text(titles, lang); }

    /** The language {@link #title(String)} gives the title in. */
    public String titleLanguage(String lang) { return Translations.languageOf(titles, lang); }

    /** A blank title removes the translation. */
    public void setTitle(String lang, String title) { Translations.put(titles, lang, title); }

    /** Every title at once, as a form edits them: a language left out is removed. */
    public void setTitles(Map<String, String> titles) { Translations.replace(this.titles, titles); }

    @Override
    public AuditedType auditedType() { return AuditedType.ACTIVITY; }

    @Override
    public Long auditedProjectId() { return project == null ? null : project.getId(); }

    @Override
    public AuditState auditState() {
        return AuditState.of().put("number", number).perLanguage("title", titles, title -> title).put("start", period.getStart()).put("end", period.getEnd());
    }

    @Override
    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Project getProject() { return project; }
    public int getNumber() { return number; }
    public void setNumber(int number) { this.number = number; }
    public Map<String, String> getTitles() { return Collections.unmodifiableMap(titles); }
    public Period getPeriod() { return period; }
    public void setPeriod(Period period) { this.period = period == null ? new Period() : period; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Activity a && id != null && id.equals(a.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "Activity[" + id + " " + number + "]";
    }
}
