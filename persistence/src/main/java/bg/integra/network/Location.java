package bg.integra.network;

import bg.integra.audit.AuditState;
import bg.integra.audit.Audited;
import bg.integra.audit.AuditedType;
import bg.integra.common.Address;
import bg.integra.common.Languages;
import bg.integra.common.Region;
import bg.integra.common.Text;
import bg.integra.common.Translated;
import bg.integra.common.Translations;
import bg.integra.organisation.Organisation;
import jakarta.persistence.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A place where an organisation of the network receives people (HSDS {@code location}): its address, region and
 * position on the map, opening hours in Sofia's time, the languages spoken there, how to reach it and how
 * accessible it is. Services are offered at it through {@link ServiceAtLocation}.
 */
@Entity
@Table(name = "network_location")
public class Location implements Audited, Translated<LocationText> {

    /** The zone of every opening hour: the network is in Bulgaria. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Sofia");
    public static final int PHONE_LENGTH = 40;
    public static final int EMAIL_LENGTH = 200;

    @Id
    @SequenceGenerator(name = "network_location_seq", sequenceName = "network_location_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "network_location_seq")
    private Long id;

    @Version
    private long version;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    @BatchFetch(BatchFetchType.IN) // a page's organisations in one statement; never join-fetched (see DirectoryService)
    private Organisation organisation;

    @ElementCollection
    @CollectionTable(name = "network_location_text", joinColumns = @JoinColumn(name = "location_id"))
    @MapKeyColumn(name = "lang", length = Languages.CODE_LENGTH)
    @BatchFetch(BatchFetchType.IN)
    private Map<String, @Valid LocationText> texts = new HashMap<>();

    @Valid
    @Embedded
    private Address address = new Address();

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "region", length = Region.LENGTH, nullable = false)
    private Region region;

    @DecimalMin("-90") @DecimalMax("90")
    @Column(name = "latitude")
    private Double latitude;

    @DecimalMin("-180") @DecimalMax("180")
    @Column(name = "longitude")
    private Double longitude;

    @Size(max = PHONE_LENGTH)
    @Pattern(regexp = "[+0-9 ()/-]*", message = "{integra.phone.invalid}")
    @Column(name = "phone", length = PHONE_LENGTH)
    private String phone;

    @Email
    @Size(max = EMAIL_LENGTH)
    @Column(name = "email", length = EMAIL_LENGTH)
    private String email;

    /** ISO 639 codes of the languages spoken at the desk. */
    @ElementCollection
    @CollectionTable(name = "network_location_language", joinColumns = @JoinColumn(name = "location_id"))
    @Column(name = "code", length = Languages.CODE_LENGTH, nullable = false)
    @BatchFetch(BatchFetchType.IN)
    private Set<@Pattern(regexp = "[a-z]{2,3}", message = "{integra.language.invalid}") String> languages = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "network_opening_hours", joinColumns = @JoinColumn(name = "location_id"))
    @OrderBy("weekday ASC, opens ASC")
    @BatchFetch(BatchFetchType.IN)
    private List<@Valid OpeningHours> hours = new ArrayList<>();

    @Valid
    @Embedded
    private Verification verification = new Verification();

    protected Location() {
    }

    public Location(Organisation organisation, LocationText bulgarian, Region region) {
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        this.region = Objects.requireNonNull(region, "region");
        texts.put(Languages.DEFAULT, Objects.requireNonNull(bulgarian, "bulgarian"));
    }

    @AssertTrue(message = "{integra.name.bgRequired}")
    public boolean isNamedInBulgarian() { return Translations.hasDefault(texts); }

    @AssertTrue(message = "{integra.position.incomplete}")
    public boolean isPositionComplete() { return (latitude == null) == (longitude == null); }

    public void setText(String lang, LocationText text) { Translations.set(texts, lang, text); }

    public void setTexts(Map<String, LocationText> texts) { Translations.setAll(this.texts, texts); }

    /** Open at this moment, in Sofia's time. */
    public boolean isOpenAt(LocalDateTime sofia) {
        return hours.stream().anyMatch(h -> h.isOpenAt(sofia));
    }

    /** When "open now" next changes for this location after {@code sofia}: an opening or a closing; null if it has no hours. */
    public LocalDateTime nextChangeAfter(LocalDateTime sofia) {
        return hours.stream().map(h -> h.nextChangeAfter(sofia)).min(LocalDateTime::compareTo).orElse(null);
    }

    public boolean hasPosition() { return latitude != null && longitude != null; }

    /** Great-circle distance in kilometres to a point, or null when the location has no position. */
    public Double distanceTo(double lat, double lon) {
        return hasPosition() ? GeoPoint.kilometres(latitude, longitude, lat, lon) : null;
    }

    @Override
    public AuditedType auditedType() { return AuditedType.LOCATION; }

    @Override
    public Long auditedProjectId() { return null; }

    @Override
    public AuditState auditState() {
        return AuditState.of().put("organisation", organisation == null ? null : organisation.getId())
                .perLanguage("name", texts, LocationText::getName)
                .put("address", getAddress().toString()).put("region", region).put("latitude", latitude)
                .put("longitude", longitude).put("phone", phone).put("email", email)
                .put("languages", String.join(",", languages))
                .put("hours", hours.stream().map(h -> h.getWeekday() + " " + h.getOpensText() + "-" + h.getClosesText())
                        .collect(Collectors.joining(", ")))
                .put("verifiedOn", getVerification().getOn()).put("verifiedBy", getVerification().getBy());
    }

    @Override
    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Organisation getOrganisation() { return organisation; }
    @Override
    public Map<String, LocationText> getTexts() { return texts; }
    public Address getAddress() {
        if (address == null) address = new Address(); // EclipseLink leaves an all-null embeddable null
        return address;
    }
    public void setAddress(Address address) { this.address = address; }
    public Region getRegion() { return region; }
    public void setRegion(Region region) { this.region = region; }
    public Double getLatitude() { return latitude; }
    public Double getLongitude() { return longitude; }
    public void setPosition(Double latitude, Double longitude) {
        this.latitude = latitude;
        this.longitude = longitude;
    }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = Text.blankToNull(phone); }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = Text.blankToNull(email); }
    public Set<String> getLanguages() { return languages; }
    public void setLanguages(Set<String> codes) {
        languages.clear();
        languages.addAll(codes);
    }
    public List<OpeningHours> getHours() { return hours; }
    public void setHours(List<OpeningHours> hours) {
        this.hours.clear();
        this.hours.addAll(hours.stream().sorted().toList());
    }
    public Verification getVerification() {
        if (verification == null) verification = new Verification();
        return verification;
    }
    public void setVerification(Verification verification) { this.verification = verification; }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Location other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Location.class.hashCode();
    }
}
