package bg.integra.project;

import bg.integra.audit.AuditState;
import bg.integra.audit.Audited;
import bg.integra.audit.AuditedType;
import bg.integra.common.Languages;
import bg.integra.common.Text;
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
 * contract says; achieved is what the project can prove. Indicators carry their own version because staff edit
 * them one at a time while others edit the project.
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
    public boolean isNamedInBulgarian() {
        return names.get(Languages.DEFAULT) != null;
    }

    /** The name in the given language or, failing that, in English or Bulgarian ({@link Languages#fallbacks}). */
    public String name(String lang) {
        return names.get(nameLanguage(lang));
    }

    /** The language {@link #name(String)} gives the name in. */
    public String nameLanguage(String lang) {
        return Languages.firstPresent(names, lang);
    }

    public void setName(String lang, String name) {
        String value = Text.blankToNull(name);
        if (value == null) {
            names.remove(lang);
        } else {
            names.put(lang, value);
        }
    }

    /** Achieved as a whole percentage of the target, capped at 100 for drawing; 100 when the target is 0. */
    public int percentAchieved() {
        if (target <= 0) return 100;
        return (int) Math.min(100, Math.round(achieved * 100.0 / target));
    }

    @Override
    public AuditedType auditedType() { return AuditedType.INDICATOR; }

    @Override
    public Long auditedProjectId() { return project == null ? null : project.getId(); }

    @Override
    public AuditState auditState() {
        AuditState s = AuditState.of();
        names.keySet().stream().sorted().forEach(lang -> s.put("name." + lang, names.get(lang)));
        return s.put("unit", unit).put("target", target).put("achieved", achieved).put("position", position);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Project getProject() { return project; }
    public Map<String, String> getNames() { return names; }
    public IndicatorUnit getUnit() { return unit; }
    public void setUnit(IndicatorUnit unit) { this.unit = unit; }
    public int getTarget() { return target; }
    public void setTarget(int target) { this.target = target; }
    public int getAchieved() { return achieved; }
    public void setAchieved(int achieved) { this.achieved = achieved; }
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
