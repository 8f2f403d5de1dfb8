package bg.integra.knowledge;

import bg.integra.audit.AuditState;
import bg.integra.audit.AuditedType;
import bg.integra.common.Address;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * An initiative that a member of the network announces to the others: an upcoming one (a campaign, a course, a
 * day of open doors that others may join or send people to) or a project it has completed, so that the network
 * knows who did what, where and with whom. An upcoming initiative is announced before it starts; a completed project
 * is reported once it has ended.
 */
@Entity
@Table(name = "knowledge_initiative")
public class Initiative extends KnowledgeItem<InitiativeText> {

    public static final int CONTACT_LENGTH = 300;
    public static final int LINK_LENGTH = 300;
    public static final int TOWN_LENGTH = Address.CITY_LENGTH;

    @Id
    @SequenceGenerator(name = "knowledge_initiative_seq", sequenceName = "knowledge_initiative_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "knowledge_initiative_seq")
    private Long id;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = InitiativeKind.LENGTH, nullable = false)
    private InitiativeKind kind;

    @Valid
    @Embedded
    private Period period = new Period();

    /** The oblast where it takes place; none for a national or online one. */
    @Enumerated(EnumType.STRING)
    @Column(name = "region", length = Region.LENGTH)
    private Region region;

    @Size(max = TOWN_LENGTH)
    @Column(name = "town", length = TOWN_LENGTH)
    private String town;

    @Size(max = LINK_LENGTH)
    @Pattern(regexp = "https?://\\S+", message = "{integra.website.invalid}")
    @Column(name = "link", length = LINK_LENGTH)
    private String link;

    /** Whom to ask: an office, its telephone or address (public, as a practice's contact). */
    @Size(max = CONTACT_LENGTH)
    @Column(name = "contact", length = CONTACT_LENGTH)
    private String contact;

    @ElementCollection
    @CollectionTable(name = "knowledge_initiative_text", joinColumns = @JoinColumn(name = "initiative_id"))
    @MapKeyColumn(name = "lang", length = Languages.CODE_LENGTH)
    @BatchFetch(BatchFetchType.IN)
    private Map<String, @Valid InitiativeText> texts = new HashMap<>();

    protected Initiative() {
    }

    public Initiative(Organisation organisation, InitiativeKind kind, Period period, InitiativeText bulgarian) {
        super(organisation);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.period = Objects.requireNonNull(period, "period");
        texts.put(Languages.DEFAULT, Objects.requireNonNull(bulgarian, "bulgarian"));
        refreshFolded();
    }

    /**
     * A title in Bulgarian; an upcoming initiative's start, not in the past (an announcement of what has already
     * begun is news, not an invitation); a completed project's end, not in the future.
     */
    @Override
    public Map<String, FieldProblem> problems(LocalDate today) {
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        InitiativeText bg = texts.get(Languages.DEFAULT);
        if (bg == null || bg.getTitle() == null || bg.getTitle().isBlank()) problems.put("title", FieldProblem.required());
        LocalDate start = getPeriod().getStart();
        LocalDate end = getPeriod().getEnd();
        if (kind == InitiativeKind.UPCOMING) {
            if (start == null) problems.put("start", FieldProblem.required());
            else if (start.isBefore(today)) problems.put("start", FieldProblem.tooEarly(today));
        } else {
            if (end == null) problems.put("end", FieldProblem.required());
            else if (end.isAfter(today)) problems.put("end", FieldProblem.tooRecent(today));
        }
        return problems;
    }

    @Override
    protected Stream<String> ownTexts() {
        return Stream.of(town);
    }

    @Override
    public AuditedType auditedType() { return AuditedType.INITIATIVE; }

    @Override
    public AuditState auditState() {
        return itemAuditState().put("kind", kind).put("start", getPeriod().getStart())
                .put("end", getPeriod().getEnd()).put("region", region).put("town", town)
                .perLanguage("title", texts, KnowledgeText::getTitle).put("link", link).put("contact", contact);
    }

    @Override
    public Long getId() { return id; }
    public InitiativeKind getKind() { return kind; }
    /** An upcoming initiative becomes a completed project once it is over. */
    public void setKind(InitiativeKind kind) { this.kind = Objects.requireNonNull(kind, "kind"); }
    public Period getPeriod() {
        if (period == null) period = new Period(); // EclipseLink leaves an all-null embeddable null
        return period;
    }
    public void setPeriod(Period period) { this.period = Objects.requireNonNull(period, "period"); }
    public Region getRegion() { return region; }
    public void setRegion(Region region) { this.region = region; }
    public String getTown() { return town; }
    public void setTown(String town) {
        this.town = Text.blankToNull(town);
        refreshFolded();
    }
    public String getLink() { return link; }
    public void setLink(String link) { this.link = Text.blankToNull(link); }
    public String getContact() { return contact; }
    public void setContact(String contact) { this.contact = Text.blankToNull(contact); }
    @Override
    public Map<String, InitiativeText> getTexts() { return texts; }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Initiative other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Initiative.class.hashCode();
    }
}
