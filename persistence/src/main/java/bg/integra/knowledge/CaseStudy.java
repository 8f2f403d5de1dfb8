package bg.integra.knowledge;

import bg.integra.audit.AuditState;
import bg.integra.audit.AuditedType;
import bg.integra.common.FieldProblem;
import bg.integra.common.Languages;
import bg.integra.common.Region;
import bg.integra.organisation.Organisation;
import jakarta.persistence.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A case from a member's casework, told without the person: the situation, the question it raised for the
 * institutions, what was done, how it ended and what others can learn from it ("Integration of immigrants – common
 * cases"). Nothing that identifies someone may be published: before a case is submitted or published, every text
 * in every language passes {@link PersonalDataCheck}. (Named {@code CaseStudy} because {@code CASE} is SQL's.)
 */
@Entity
@Table(name = "case_study")
public class CaseStudy extends KnowledgeItem<CaseText> {

    @Id
    @SequenceGenerator(name = "case_study_seq", sequenceName = "case_study_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_study_seq")
    private Long id;

    /** The oblast where it happened, when it says something. */
    @Enumerated(EnumType.STRING)
    @Column(name = "region", length = Region.LENGTH)
    private Region region;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "area", length = IntegrationArea.LENGTH, nullable = false)
    private IntegrationArea area;

    @ElementCollection
    @CollectionTable(name = "case_study_text", joinColumns = @JoinColumn(name = "case_id"))
    @MapKeyColumn(name = "lang", length = Languages.CODE_LENGTH)
    @BatchFetch(BatchFetchType.IN)
    private Map<String, @Valid CaseText> texts = new HashMap<>();

    protected CaseStudy() {
    }

    public CaseStudy(Organisation organisation, IntegrationArea area, CaseText bulgarian) {
        super(organisation);
        this.area = Objects.requireNonNull(area, "area");
        texts.put(Languages.DEFAULT, Objects.requireNonNull(bulgarian, "bulgarian"));
        refreshFolded();
    }

    /**
     * The first piece of personal data in each field that has one: the field is named {@code situation} for the
     * Bulgarian text, {@code situation.en} for another language's.
     */
    @Override
    public Map<String, FieldProblem> problems(LocalDate today) {
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        texts.keySet().stream().sorted((a, b) -> a.equals(Languages.DEFAULT) ? -1 : b.equals(Languages.DEFAULT) ? 1 : a.compareTo(b))
                .forEach(lang -> texts.get(lang).fields().forEach((field, text) ->
                        PersonalDataCheck.find(text).ifPresent(found -> problems.put(
                                lang.equals(Languages.DEFAULT) ? field : field + "." + lang,
                                FieldProblem.personalData(found.kind().key())))));
        return problems;
    }

    @Override
    public AuditedType auditedType() { return AuditedType.CASE_STUDY; }

    @Override
    public AuditState auditState() {
        return itemAuditState().put("region", region).put("area", area).perLanguage("title", texts, KnowledgeText::getTitle);
    }

    @Override
    public Long getId() { return id; }
    public Region getRegion() { return region; }
    public void setRegion(Region region) { this.region = region; }
    public IntegrationArea getArea() { return area; }
    public void setArea(IntegrationArea area) { this.area = area; }
    @Override
    public Map<String, CaseText> getTexts() { return texts; }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof CaseStudy other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return CaseStudy.class.hashCode();
    }
}
