package bg.integra.project;

import bg.integra.audit.AuditState;
import bg.integra.audit.Audited;
import bg.integra.audit.AuditedType;
import bg.integra.common.Languages;
import bg.integra.common.Text;
import bg.integra.common.Translations;
import jakarta.persistence.*;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A measurable promise of a project's grant: "4 seminars", "750 printed handbooks". The target is what the
 * contract says; achieved is what the project can prove: either entered by staff ({@link IndicatorSource#ENTERED})
 * or counted from the platform's records ({@link IndicatorSource#COUNTED}) with a {@link IndicatorMeasure}, in
 * which case the stored achieved value is unused and the figure of the current count is shown
 * ({@link #showCount}). Indicators carry their own version because staff edit them one at a time while others
 * edit the project.
 */
@Entity
@Table(name = "indicator")
public class Indicator implements Audited {

    public static final int NAME_LENGTH = 300;
    public static final int MAX_VALUE = 100_000_000;

    @Id
    @SequenceGenerator(name = "indicator_seq", sequenceName = "indicator_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_seq")
    private Long id;

    @Version
    private long version;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @ElementCollection
    @CollectionTable(name = "indicator_name", joinColumns = @JoinColumn(name = "indicator_id"))
    @MapKeyColumn(name = "lang", length = Languages.CODE_LENGTH)
    @Column(name = "name", length = NAME_LENGTH, nullable = false)
    // No @BatchFetch(IN) here: on indicators that ProjectService.get join-fetches, EclipseLink 4.0 fails the batch
    // read of their names (EclipseLink-6094 "query-batch-parameter"), so the first view of a project not yet in
    // the shared cache answered 500. A project has a handful of indicators; one small query each is fine.
    private Map<String, @NotNull @Size(min = 1, max = NAME_LENGTH) String> names = new HashMap<>();

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "unit", length = IndicatorUnit.LENGTH, nullable = false)
    private IndicatorUnit unit;

    @Min(0)
    @Max(MAX_VALUE)
    @Column(name = "target_value", nullable = false)
    private int target;

    @Min(0)
    @Max(MAX_VALUE)
    @Column(name = "achieved_value", nullable = false)
    private int achieved;

    @Column(name = "position", nullable = false)
    private int position;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "source", length = IndicatorSource.LENGTH, nullable = false)
    private IndicatorSource source = IndicatorSource.ENTERED;

    @Enumerated(EnumType.STRING)
    @Column(name = "measure", length = IndicatorMeasure.LENGTH)
    private IndicatorMeasure measure;

    /** The event kind, target group code or material kind that narrows the measure; null for none. */
    @Size(max = IndicatorMeasure.PARAMETER_LENGTH)
    @Column(name = "measure_parameter", length = IndicatorMeasure.PARAMETER_LENGTH)
    private String measureParameter;

    /** The current count of a counted indicator, set when it is read; never stored. */
    @Transient
    private Integer counted;

    protected Indicator() {
    }

    Indicator(Project project, String nameBg, IndicatorUnit unit, int target, int achieved, int position) {
        this.project = Objects.requireNonNull(project, "project");
        setName(Languages.DEFAULT, Objects.requireNonNull(nameBg, "nameBg"));
        this.unit = Objects.requireNonNull(unit, "unit");
        this.target = target;
        this.achieved = achieved;
        this.position = position;
    }

    @AssertTrue(message = "{integra.name.bgRequired}")
    public boolean isNamedInBulgarian() { return Translations.hasDefault(names); }

    /** The name in the given language or its fallback ({@link Translations#text}). */
    public String name(String lang) { return Translations.text(names, lang); }

    /** The language {@link #name(String)} gives the name in. */
    public String nameLanguage(String lang) { return Translations.languageOf(names, lang); }

    /** A blank name removes the language. */
    public void setName(String lang, String name) { Translations.put(names, lang, name); }

    /** Every name at once, as a form edits them: a language left out is removed. */
    public void setNames(Map<String, String> names) { Translations.replace(this.names, names); }

    /** A counted indicator needs a measure (and the parameter its measure requires); an entered one has none. */
    @AssertTrue(message = "{integra.indicator.measure}")
    public boolean isMeasureConsistent() {
        if (source == IndicatorSource.ENTERED) return measure == null && measureParameter == null;
        if (measure == null) return false;
        if (measureParameter == null) return !measure.isParameterRequired();
        return switch (measure.parameter()) {
            case NONE -> false;
            case EVENT_KIND -> isConstant(EventKind.class, measureParameter);
            case PUBLICITY_KIND -> isConstant(PublicityKind.class, measureParameter);
            case TARGET_GROUP -> true; // a row of target_group: the foreign key of the service's check decides
        };
    }

    private static <E extends Enum<E>> boolean isConstant(Class<E> type, String name) {
        for (E e : type.getEnumConstants()) if (e.name().equals(name)) return true;
        return false;
    }

    /** Makes the indicator entered by hand; its achieved value is what staff enter. */
    public void enter(int achieved) {
        this.source = IndicatorSource.ENTERED;
        this.measure = null;
        this.measureParameter = null;
        this.achieved = achieved;
        this.counted = null;
    }

    /** Makes the indicator counted with the measure; the stored achieved value is reset, as it is never shown. */
    public void count(IndicatorMeasure measure, String parameter) {
        this.source = IndicatorSource.COUNTED;
        this.measure = Objects.requireNonNull(measure, "measure");
        this.measureParameter = measure.takesParameter() ? Text.blankToNull(parameter) : null;
        this.achieved = 0;
    }

    /** Gives a counted indicator the figure counted for it just now. */
    public void showCount(int value) {
        if (source != IndicatorSource.COUNTED) throw new IllegalStateException("Only a counted indicator shows a count");
        this.counted = value;
    }

    public boolean isCounted() { return source == IndicatorSource.COUNTED; }

    /** Achieved as a whole percentage of the target, capped at 100 for drawing; 100 when the target is 0. */
    public int percentAchieved() {
        if (target <= 0) return 100;
        return (int) Math.min(100, Math.round(getAchieved() * 100.0 / target));
    }

    @Override
    public AuditedType auditedType() { return AuditedType.INDICATOR; }

    @Override
    public Long auditedProjectId() { return project == null ? null : project.getId(); }

    @Override
    public AuditState auditState() {
        return AuditState.of().perLanguage("name", names, name -> name).put("unit", unit).put("target", target).put("achieved", achieved).put("position", position)
                .put("source", source).put("measure", measure).put("measureParameter", measureParameter);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Project getProject() { return project; }
    public Map<String, String> getNames() { return names; }
    public IndicatorUnit getUnit() { return unit; }
    public void setUnit(IndicatorUnit unit) { this.unit = unit; }
    public int getTarget() { return target; }
    public void setTarget(int target) { this.target = target; }
    /** The entered value, or for a counted indicator the count shown to it (0 before it was counted). */
    public int getAchieved() { return source == IndicatorSource.COUNTED ? (counted == null ? 0 : counted) : achieved; }
    public void setAchieved(int achieved) {
        if (source == IndicatorSource.COUNTED) throw new IllegalStateException("A counted indicator's value is not entered");
        this.achieved = achieved;
    }
    public IndicatorSource getSource() { return source; }
    public IndicatorMeasure getMeasure() { return measure; }
    public String getMeasureParameter() { return measureParameter; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Indicator other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Indicator.class.hashCode();
    }
}
