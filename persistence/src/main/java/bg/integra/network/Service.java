package bg.integra.network;

import bg.integra.audit.AuditState;
import bg.integra.audit.Audited;
import bg.integra.audit.AuditedType;
import bg.integra.common.Languages;
import bg.integra.common.Text;
import bg.integra.common.Translated;
import bg.integra.common.Translations;
import bg.integra.organisation.Organisation;
import jakarta.persistence.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What an organisation of the network offers (HSDS {@code service}): legal advice, Bulgarian courses, job help and
 * so on, for whom, in which languages, whether it is free, and at which of its locations.
 */
@Entity
@Table(name = "network_service")
public class Service implements Audited, Translated<ServiceText> {

    public static final int URL_LENGTH = 300;
    public static final int EMAIL_LENGTH = 200;
    public static final int PHONE_LENGTH = 40;

    @Id
    @SequenceGenerator(name = "network_service_seq", sequenceName = "network_service_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "network_service_seq")
    private Long id;

    @Version
    private long version;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    @BatchFetch(BatchFetchType.IN) // a page's organisations in one statement; never join-fetched (see DirectoryService)
    private Organisation organisation;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = ServiceKind.LENGTH, nullable = false)
    private ServiceKind kind;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = ServiceStatus.LENGTH, nullable = false)
    private ServiceStatus status = ServiceStatus.ACTIVE;

    @ElementCollection
    @CollectionTable(name = "network_service_text", joinColumns = @JoinColumn(name = "service_id"))
    @MapKeyColumn(name = "lang", length = Languages.CODE_LENGTH)
    @BatchFetch(BatchFetchType.IN)
    private Map<String, @Valid ServiceText> texts = new HashMap<>();

    @Column(name = "free_of_charge", nullable = false)
    private boolean free = true;

    @Size(max = URL_LENGTH)
    @Pattern(regexp = "(https?://\\S+)?", message = "{integra.website.invalid}")
    @Column(name = "url", length = URL_LENGTH)
    private String url;

    @Email
    @Size(max = EMAIL_LENGTH)
    @Column(name = "email", length = EMAIL_LENGTH)
    private String email;

    @Size(max = PHONE_LENGTH)
    @Pattern(regexp = "[+0-9 ()/-]*", message = "{integra.phone.invalid}")
    @Column(name = "phone", length = PHONE_LENGTH)
    private String phone;

    /** ISO 639 codes of the languages the service is given in (with interpretation or without). */
    @ElementCollection
    @CollectionTable(name = "network_service_language", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "code", length = Languages.CODE_LENGTH, nullable = false)
    @BatchFetch(BatchFetchType.IN)
    private Set<@Pattern(regexp = "[a-z]{2,3}", message = "{integra.language.invalid}") String> languages = new TreeSet<>();

    @OneToMany(mappedBy = "service", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id ASC")
    @BatchFetch(BatchFetchType.IN)
    private List<ServiceAtLocation> atLocations = new ArrayList<>();

    @Valid
    @Embedded
    private Verification verification = new Verification();

    protected Service() {
    }

    public Service(Organisation organisation, ServiceKind kind, ServiceText bulgarian) {
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        this.kind = Objects.requireNonNull(kind, "kind");
        texts.put(Languages.DEFAULT, Objects.requireNonNull(bulgarian, "bulgarian"));
    }

    @AssertTrue(message = "{integra.name.bgRequired}")
    public boolean isNamedInBulgarian() { return Translations.hasDefault(texts); }

    @AssertTrue(message = "{integra.service.otherOrganisation}")
    public boolean isOfferedAtOwnLocations() {
        return atLocations.stream().allMatch(a -> a.getLocation().getOrganisation().equals(organisation));
    }

    public void setText(String lang, ServiceText text) { Translations.set(texts, lang, text); }

    public void setTexts(Map<String, ServiceText> texts) { Translations.setAll(this.texts, texts); }

    /** The locations it is offered at; the links to others are removed, those kept keep their identity. */
    public void offerAt(Collection<Location> locations) {
        atLocations.removeIf(a -> !locations.contains(a.getLocation()));
        for (Location location : locations) {
            if (atLocations.stream().noneMatch(a -> a.getLocation().equals(location))) {
                atLocations.add(new ServiceAtLocation(this, location));
            }
        }
    }

    public List<Location> getLocations() {
        return atLocations.stream().map(ServiceAtLocation::getLocation).toList();
    }

    @Override
    public AuditedType auditedType() { return AuditedType.SERVICE; }

    @Override
    public Long auditedProjectId() { return null; }

    @Override
    public AuditState auditState() {
        return AuditState.of().put("organisation", organisation == null ? null : organisation.getId())
                .put("kind", kind).put("status", status).perLanguage("name", texts, ServiceText::getName)
                .put("free", free).put("url", url).put("email", email).put("phone", phone)
                .put("languages", String.join(",", languages))
                .put("locations", atLocations.stream().map(a -> String.valueOf(a.getLocation().getId()))
                        .collect(Collectors.joining(",")))
                .put("verifiedOn", getVerification().getOn()).put("verifiedBy", getVerification().getBy());
    }

    @Override
    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Organisation getOrganisation() { return organisation; }
    public ServiceKind getKind() { return kind; }
    public void setKind(ServiceKind kind) { this.kind = kind; }
    public ServiceStatus getStatus() { return status; }
    public void setStatus(ServiceStatus status) { this.status = status; }
    @Override
    public Map<String, ServiceText> getTexts() { return texts; }
    public boolean isFree() { return free; }
    public void setFree(boolean free) { this.free = free; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = Text.blankToNull(url); }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = Text.blankToNull(email); }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = Text.blankToNull(phone); }
    public Set<String> getLanguages() { return languages; }
    public void setLanguages(Set<String> codes) {
        languages.clear();
        languages.addAll(codes);
    }
    public List<ServiceAtLocation> getAtLocations() { return atLocations; }
    public Verification getVerification() {
        if (verification == null) verification = new Verification();
        return verification;
    }
    public void setVerification(Verification verification) { this.verification = verification; }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Service other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Service.class.hashCode();
    }
}
