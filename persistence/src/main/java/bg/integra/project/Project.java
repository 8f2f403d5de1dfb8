package bg.integra.project;

import bg.integra.audit.AuditState;
import bg.integra.audit.Audited;
import bg.integra.audit.AuditedType;
import bg.integra.common.Folding;
import bg.integra.common.Languages;
import bg.integra.common.Period;
import bg.integra.common.Region;
import bg.integra.common.Text;
import bg.integra.common.Translated;
import bg.integra.common.Translations;
import bg.integra.organisation.Organisation;
import jakarta.persistence.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An EU-funded project: a grant contract under which a beneficiary organisation runs seminars, prints handbooks
 * and publishes its results for a fixed period. The project is the unit the Contracting Authority audits, so it
 * carries the contract number, the fund and scheme, and the indicators whose targets the grant promised.
 */
@Entity
@Table(name = "project")
@NamedQuery(name = Project.FIND_BY_CONTRACT, query = "SELECT p FROM Project p WHERE p.contractNumber.value = :number")
@NamedQuery(name = Project.COUNT_BY_BENEFICIARY, query = "SELECT COUNT(p) FROM Project p WHERE p.beneficiary = :organisation")
public class Project implements Audited, Translated<ProjectText> {

    public static final String FIND_BY_CONTRACT = "Project.findByContractNumber";
    public static final String COUNT_BY_BENEFICIARY = "Project.countByBeneficiary";
    public static final int SCHEME_LENGTH = 40;
    public static final int SEARCH_TEXT_LENGTH = 10000;

    @Id
    @SequenceGenerator(name = "project_seq", sequenceName = "project_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_seq")
    private Long id;

    @Version
    private long version;

    @NotNull
    @Embedded
    private ContractNumber contractNumber;

    /** Title and summary per language code; Bulgarian is required. */
    @ElementCollection
    @CollectionTable(name = "project_text", joinColumns = @JoinColumn(name = "project_id"))
    @MapKeyColumn(name = "lang", length = Languages.CODE_LENGTH)
    @BatchFetch(BatchFetchType.IN)
    private Map<String, @Valid ProjectText> texts = new HashMap<>();

    @NotBlank
    @Size(max = SCHEME_LENGTH)
    @Column(name = "funding_scheme", length = SCHEME_LENGTH, nullable = false)
    private String fundingScheme;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "fund", length = Fund.LENGTH, nullable = false)
    private Fund fund;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    // no @BatchFetch: queries join-fetch the beneficiary too, and with both a project read on PostgreSQL during
    // the first concurrent renders came without its beneficiary (a 500 on the home page, 2026-12-07)
    @JoinColumn(name = "beneficiary_id", nullable = false)
    private Organisation beneficiary;

    @Valid
    @Embedded
    private Period period = new Period();

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "region", length = Region.LENGTH, nullable = false)
    private Region region;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = ProjectStatus.LENGTH, nullable = false)
    private ProjectStatus status = ProjectStatus.PLANNED;

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position ASC, id ASC")
    @BatchFetch(BatchFetchType.IN)
    private List<Indicator> indicators = new ArrayList<>();

    /** Every title, summary and the contract number, in {@link Text#searchable} form, for the text query. */
    @Column(name = "search_text", length = SEARCH_TEXT_LENGTH, nullable = false)
    private String searchText = "";

    /** The same words in {@link Folding#fold} form, for the site search to find projects in the database. */
    @Column(name = "folded_text", length = SEARCH_TEXT_LENGTH, nullable = false)
    private String foldedText = "";

    protected Project() {
    }

    public Project(ContractNumber contractNumber, ProjectText bulgarian, Fund fund, Organisation beneficiary,
                   Region region) {
        this.contractNumber = Objects.requireNonNull(contractNumber, "contractNumber");
        this.fundingScheme = contractNumber.scheme();
        this.texts.put(Languages.DEFAULT, Objects.requireNonNull(bulgarian, "bulgarian text"));
        this.fund = Objects.requireNonNull(fund, "fund");
        this.beneficiary = Objects.requireNonNull(beneficiary, "beneficiary");
        this.region = Objects.requireNonNull(region, "region");
        refreshSearchText();
    }

    @AssertTrue(message = "{integra.title.bgRequired}")
    public boolean isTitledInBulgarian() { return Translations.hasDefault(texts); }

    /** Sets or, with a blank title, removes the text in one language. Bulgarian cannot be removed. */
    public void setText(String lang, String title, String summary) {
        Translations.set(texts, lang, Text.blankToNull(title) == null ? null : new ProjectText(title, summary));
        refreshSearchText();
    }

    /** Every text at once, as a form edits them: a language left out is removed; Bulgarian is required. */
    public void setTexts(Map<String, ProjectText> texts) {
        Translations.setAll(this.texts, texts);
        refreshSearchText();
    }

    public Indicator addIndicator(String nameBg, IndicatorUnit unit, int target, int achieved) {
        Indicator indicator = new Indicator(this, nameBg, unit, target, achieved, indicators.size());
        indicators.add(indicator);
        return indicator;
    }

    public void removeIndicator(Indicator indicator) {
        indicators.remove(indicator);
    }

    private void refreshSearchText() {
        StringBuilder sb = new StringBuilder(Text.searchable(contractNumber == null ? "" : contractNumber.value()));
        texts.keySet().stream().sorted().map(texts::get).forEach(t -> {
            sb.append(' ').append(Text.searchable(t.getTitle()));
            if (t.getSummary() != null) sb.append(' ').append(Text.searchable(t.getSummary()));
        });
        String s = sb.toString();
        searchText = s.length() > SEARCH_TEXT_LENGTH ? s.substring(0, SEARCH_TEXT_LENGTH) : s;
        String f = folded(contractNumber == null ? null : contractNumber.value(), texts);
        foldedText = f.length() > SEARCH_TEXT_LENGTH ? f.substring(0, SEARCH_TEXT_LENGTH) : f;
    }

    /** The contract number, then every title and summary in language order, folded; also used by the migration. */
    public static String folded(String contractNumber, Map<String, ProjectText> texts) {
        StringBuilder sb = new StringBuilder(Folding.fold(contractNumber));
        texts.keySet().stream().sorted().map(texts::get).forEach(t -> {
            sb.append(' ').append(Folding.fold(t.getTitle()));
            if (t.getSummary() != null) sb.append(' ').append(Folding.fold(t.getSummary()));
        });
        return sb.toString().strip();
    }

    @Override
    public AuditedType auditedType() { return AuditedType.PROJECT; }

    @Override
    public Long auditedProjectId() { return id; }

    @Override
    public AuditState auditState() {
        AuditState s = AuditState.of()
                .put("contractNumber", contractNumber == null ? null : contractNumber.value())
                .put("fundingScheme", fundingScheme)
                .put("fund", fund)
                .put("beneficiary", beneficiary == null ? null : beneficiary.getId())
                .put("period.start", getPeriod().getStart())
                .put("period.end", getPeriod().getEnd())
                .put("region", region)
                .put("status", status);
        texts.keySet().stream().sorted().forEach(lang -> s
                .put("title." + lang, texts.get(lang).getTitle())
                .put("summary." + lang, texts.get(lang).getSummary()));
        return s;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public ContractNumber getContractNumber() { return contractNumber; }
    public void setContractNumber(ContractNumber contractNumber) {
        this.contractNumber = Objects.requireNonNull(contractNumber, "contractNumber");
        refreshSearchText();
    }
    @Override
    public Map<String, ProjectText> getTexts() { return Collections.unmodifiableMap(texts); }
    public String getFundingScheme() { return fundingScheme; }
    public void setFundingScheme(String fundingScheme) { this.fundingScheme = Text.blankToNull(fundingScheme); }
    public Fund getFund() { return fund; }
    public void setFund(Fund fund) { this.fund = fund; }
    public Organisation getBeneficiary() { return beneficiary; }
    public void setBeneficiary(Organisation beneficiary) { this.beneficiary = beneficiary; }
    public Period getPeriod() {
        if (period == null) period = new Period(); // EclipseLink leaves an all-null embeddable null
        return period;
    }
    public void setPeriod(Period period) { this.period = period; }
    public Region getRegion() { return region; }
    public void setRegion(Region region) { this.region = region; }
    public ProjectStatus getStatus() { return status; }
    public void setStatus(ProjectStatus status) { this.status = status; }
    public List<Indicator> getIndicators() { return Collections.unmodifiableList(indicators); }
    public String getSearchText() { return searchText; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Project other && contractNumber != null && contractNumber.equals(other.contractNumber);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(contractNumber);
    }

    @Override
    public String toString() {
        return "Project[" + id + ", " + contractNumber + "]";
    }
}
