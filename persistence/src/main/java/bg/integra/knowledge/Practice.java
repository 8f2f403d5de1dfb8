package bg.integra.knowledge;

import bg.integra.audit.AuditState;
import bg.integra.audit.AuditedType;
import bg.integra.common.FieldProblem;
import bg.integra.common.Languages;
import bg.integra.common.Period;
import bg.integra.common.Region;
import bg.integra.common.Text;
import bg.integra.organisation.Organisation;
import jakarta.persistence.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A good practice: something a member of the network did for the integration of immigrants that worked and that
 * others could repeat, described with the European Website on Integration's practice template (where and by whom,
 * when, for whom, in which area, with what money, its objectives, activities, results, evaluation and
 * transferability, a contact and links). A practice is published only once it has run for a year: before that,
 * nobody can say that it works.
 */
@Entity
@Table(name = "knowledge_practice")
public class Practice extends KnowledgeItem<PracticeText> {

    public static final int CONTACT_LENGTH = 300;
    public static final int LINK_LENGTH = 300;
    /** How long a practice must have run before it is published. */
    public static final int MINIMUM_AGE_YEARS = 1;

    @Id
    @SequenceGenerator(name = "knowledge_practice_seq", sequenceName = "knowledge_practice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "knowledge_practice_seq")
    private Long id;

    /** ISO 3166 code of the country; the network's practices are Bulgarian, a few come from abroad. */
    @NotNull
    @Pattern(regexp = "[A-Z]{2}", message = "{integra.country.invalid}")
    @Column(name = "country", length = 2, nullable = false)
    private String country = "BG";

    /** The oblast, for a Bulgarian practice that is not national. */
    @Enumerated(EnumType.STRING)
    @Column(name = "region", length = Region.LENGTH)
    private Region region;

    @Valid
    @Embedded
    private Period period = new Period();

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "audience", length = TargetAudience.LENGTH, nullable = false)
    private TargetAudience audience;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "area", length = IntegrationArea.LENGTH, nullable = false)
    private IntegrationArea area;

    /** Whom to ask: an office, its telephone or address (a practice's contact is public by its nature). */
    @Size(max = CONTACT_LENGTH)
    @Column(name = "contact", length = CONTACT_LENGTH)
    private String contact;

    @ElementCollection
    @CollectionTable(name = "knowledge_practice_text", joinColumns = @JoinColumn(name = "practice_id"))
    @MapKeyColumn(name = "lang", length = Languages.CODE_LENGTH)
    @BatchFetch(BatchFetchType.IN)
    private Map<String, @Valid PracticeText> texts = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "knowledge_practice_link", joinColumns = @JoinColumn(name = "practice_id"))
    @OrderColumn(name = "position")
    @Column(name = "url", length = LINK_LENGTH, nullable = false)
    @BatchFetch(BatchFetchType.IN)
    private List<@Size(max = LINK_LENGTH) @Pattern(regexp = "https?://\\S+", message = "{integra.website.invalid}") String> links = new ArrayList<>();

    protected Practice() {
    }

    public Practice(Organisation organisation, TargetAudience audience, IntegrationArea area, PracticeText bulgarian) {
        super(organisation);
        this.audience = Objects.requireNonNull(audience, "audience");
        this.area = Objects.requireNonNull(area, "area");
        texts.put(Languages.DEFAULT, Objects.requireNonNull(bulgarian, "bulgarian"));
        refreshFolded();
    }

    /** The start, required; and at least {@link #MINIMUM_AGE_YEARS} before {@code today}. */
    @Override
    public Map<String, FieldProblem> problems(LocalDate today) {
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        LocalDate latest = today.minusYears(MINIMUM_AGE_YEARS);
        if (period.getStart() == null) {
            problems.put("start", FieldProblem.required());
        } else if (period.getStart().isAfter(latest)) {
            problems.put("start", FieldProblem.tooRecent(latest));
        }
        return problems;
    }

    @Override
    public AuditedType auditedType() { return AuditedType.PRACTICE; }

    @Override
    public AuditState auditState() {
        return itemAuditState().put("country", country).put("region", region)
                .put("start", period.getStart()).put("end", period.getEnd()).put("audience", audience).put("area", area)
                .perLanguage("title", texts, KnowledgeText::getTitle).put("contact", contact).put("links", String.join(" ", links));
    }

    @Override
    public Long getId() { return id; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public Region getRegion() { return region; }
    public void setRegion(Region region) { this.region = region; }
    public Period getPeriod() {
        if (period == null) period = new Period();
        return period;
    }
    public void setPeriod(Period period) { this.period = Objects.requireNonNull(period, "period"); }
    public TargetAudience getAudience() { return audience; }
    public void setAudience(TargetAudience audience) { this.audience = audience; }
    public IntegrationArea getArea() { return area; }
    public void setArea(IntegrationArea area) { this.area = area; }
    public String getContact() { return contact; }
    public void setContact(String contact) { this.contact = Text.blankToNull(contact); }
    @Override
    public Map<String, PracticeText> getTexts() { return texts; }
    public List<String> getLinks() { return links; }
    public void setLinks(List<String> links) {
        this.links.clear();
        links.stream().map(Text::blankToNull).filter(Objects::nonNull).forEach(this.links::add);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Practice other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Practice.class.hashCode();
    }
}
