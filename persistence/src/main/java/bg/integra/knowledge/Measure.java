package bg.integra.knowledge;

import bg.integra.audit.AuditState;
import bg.integra.audit.AuditedType;
import bg.integra.common.FieldProblem;
import bg.integra.common.Languages;
import bg.integra.common.Region;
import bg.integra.organisation.Organisation;
import jakarta.persistence.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A regional measure: a change that members propose for a region's planning and strategy documents (a regional
 * development strategy, a municipal plan for integration), drawn from concrete cases and good practices, as the
 * Haskovo practicum did in 2015. It is addressed to an institution and followed from proposal through discussion to
 * adoption into a named plan, or rejection, each step with its date.
 */
@Entity
@Table(name = "knowledge_measure")
public class Measure extends KnowledgeItem<MeasureText> {

    @Id
    @SequenceGenerator(name = "knowledge_measure_seq", sequenceName = "knowledge_measure_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "knowledge_measure_seq")
    private Long id;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "region", length = Region.LENGTH, nullable = false)
    private Region region;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "measure_status", length = MeasureStatus.LENGTH, nullable = false)
    private MeasureStatus measureStatus = MeasureStatus.PROPOSED;

    @NotNull
    @Column(name = "proposed_on", nullable = false)
    private LocalDate proposedOn;

    @Column(name = "discussed_on")
    private LocalDate discussedOn;

    /** When it was adopted or rejected. */
    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @ElementCollection
    @CollectionTable(name = "knowledge_measure_text", joinColumns = @JoinColumn(name = "measure_id"))
    @MapKeyColumn(name = "lang", length = Languages.CODE_LENGTH)
    @BatchFetch(BatchFetchType.IN)
    private Map<String, @Valid MeasureText> texts = new HashMap<>();

    @ManyToMany
    @JoinTable(name = "knowledge_measure_case", joinColumns = @JoinColumn(name = "measure_id"),
            inverseJoinColumns = @JoinColumn(name = "case_id"))
    @OrderBy("id ASC")
    @BatchFetch(BatchFetchType.IN)
    private List<CaseStudy> cases = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "knowledge_measure_practice", joinColumns = @JoinColumn(name = "measure_id"),
            inverseJoinColumns = @JoinColumn(name = "practice_id"))
    @OrderBy("id ASC")
    @BatchFetch(BatchFetchType.IN)
    private List<Practice> practices = new ArrayList<>();

    protected Measure() {
    }

    public Measure(Organisation organisation, Region region, LocalDate proposedOn, MeasureText bulgarian) {
        super(organisation);
        this.region = Objects.requireNonNull(region, "region");
        this.proposedOn = Objects.requireNonNull(proposedOn, "proposedOn");
        texts.put(Languages.DEFAULT, Objects.requireNonNull(bulgarian, "bulgarian"));
        refreshFolded();
    }

    /** Each step has its date, in order; an adopted measure names the plan it went into. */
    @AssertTrue(message = "{integra.measure.status}")
    public boolean isDatedForItsStatus() {
        boolean dated = switch (measureStatus) {
            case PROPOSED -> true;
            case DISCUSSED -> discussedOn != null;
            case ADOPTED, REJECTED -> decidedOn != null;
        };
        boolean ordered = (discussedOn == null || !discussedOn.isBefore(proposedOn))
                && (decidedOn == null || !decidedOn.isBefore(discussedOn == null ? proposedOn : discussedOn));
        boolean planned = measureStatus != MeasureStatus.ADOPTED
                || (texts.get(Languages.DEFAULT) != null && texts.get(Languages.DEFAULT).getPlan() != null);
        return dated && ordered && planned;
    }

    /** A measure needs what it proposes and to whom, and at least one case or practice it comes from. */
    @Override
    public Map<String, FieldProblem> problems(LocalDate today) {
        Map<String, FieldProblem> problems = new java.util.LinkedHashMap<>();
        MeasureText bg = texts.get(Languages.DEFAULT);
        if (bg == null || bg.getDescription() == null) problems.put("description", FieldProblem.required());
        if (bg == null || bg.getAddressee() == null) problems.put("addressee", FieldProblem.required());
        if (cases.isEmpty() && practices.isEmpty()) problems.put("sources", FieldProblem.required());
        return problems;
    }

    /**
     * Where it has got and when each step was taken, as its writer states it (a correction may take it back a step);
     * the dates are checked together by {@link #isDatedForItsStatus}.
     */
    public void setProgress(MeasureStatus status, LocalDate proposedOn, LocalDate discussedOn, LocalDate decidedOn) {
        this.measureStatus = Objects.requireNonNull(status, "status");
        this.proposedOn = Objects.requireNonNull(proposedOn, "proposedOn");
        this.discussedOn = discussedOn;
        this.decidedOn = decidedOn;
    }

    public void discussed(LocalDate on) {
        measureStatus = MeasureStatus.DISCUSSED;
        discussedOn = Objects.requireNonNull(on, "on");
    }

    /** Adopted on that day into the plan that the texts name ({@link MeasureText#getPlan()}). */
    public void adopted(LocalDate on) {
        measureStatus = MeasureStatus.ADOPTED;
        decidedOn = Objects.requireNonNull(on, "on");
    }

    public void rejected(LocalDate on) {
        measureStatus = MeasureStatus.REJECTED;
        decidedOn = Objects.requireNonNull(on, "on");
    }

    /** The cases and practices it comes from; those of other organisations may be among them. */
    public void basedOn(Collection<CaseStudy> cases, Collection<Practice> practices) {
        this.cases.clear();
        this.cases.addAll(cases);
        this.practices.clear();
        this.practices.addAll(practices);
    }

    /** The cases it comes from that the public may read. */
    public List<CaseStudy> getPublishedCases() {
        return cases.stream().filter(KnowledgeItem::isPublished).toList();
    }

    /** The practices it comes from that the public may read. */
    public List<Practice> getPublishedPractices() {
        return practices.stream().filter(KnowledgeItem::isPublished).toList();
    }

    @Override
    public AuditedType auditedType() { return AuditedType.MEASURE; }

    @Override
    public AuditState auditState() {
        return itemAuditState().put("region", region).put("measureStatus", measureStatus)
                .put("proposedOn", proposedOn).put("discussedOn", discussedOn).put("decidedOn", decidedOn)
                .perLanguage("title", texts, KnowledgeText::getTitle)
                .put("cases", cases.stream().map(c -> String.valueOf(c.getId())).collect(Collectors.joining(",")))
                .put("practices", practices.stream().map(p -> String.valueOf(p.getId())).collect(Collectors.joining(",")));
    }

    @Override
    public Long getId() { return id; }
    public Region getRegion() { return region; }
    public void setRegion(Region region) { this.region = region; }
    public MeasureStatus getMeasureStatus() { return measureStatus; }
    public LocalDate getProposedOn() { return proposedOn; }
    public LocalDate getDiscussedOn() { return discussedOn; }
    public LocalDate getDecidedOn() { return decidedOn; }
    @Override
    public Map<String, MeasureText> getTexts() { return texts; }
    public List<CaseStudy> getCases() { return cases; }
    public List<Practice> getPractices() { return practices; }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Measure other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Measure.class.hashCode();
    }
}
