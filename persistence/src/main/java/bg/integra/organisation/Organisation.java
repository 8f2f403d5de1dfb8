package bg.integra.organisation;

import bg.integra.common.Address;
import bg.integra.common.Folding;
import bg.integra.common.Languages;
import bg.integra.common.Region;
import bg.integra.common.Slugs;
import bg.integra.common.Text;
import bg.integra.common.Translations;
import jakarta.persistence.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A body in the integration network: an NGO, a trade union, a municipality, a state agency or an information
 * centre. Organisations are the beneficiaries of EU-funded projects and the employers of the staff who use the
 * back-office; a coordinator acts on behalf of exactly one organisation.
 */
@Entity
@Table(name = "organisation")
@NamedQuery(name = Organisation.FIND_ALL, query = "SELECT o FROM Organisation o ORDER BY o.id")
@NamedQuery(name = Organisation.COUNT_ALL, query = "SELECT COUNT(o) FROM Organisation o")
@NamedQuery(name = Organisation.FIND_MEMBER_BY_SLUG, query = "SELECT o FROM Organisation o WHERE o.slug = :slug")
public class Organisation {

    public static final String FIND_ALL = "Organisation.findAll";
    public static final String COUNT_ALL = "Organisation.countAll";
    public static final String FIND_MEMBER_BY_SLUG = "Organisation.findMemberBySlug";
    public static final int DESCRIPTION_LENGTH = 4000;
    public static final int FOLDED_LENGTH = 10000;
    public static final int NAME_LENGTH = 300;
    public static final int EMAIL_LENGTH = 200;
    public static final int PHONE_LENGTH = 40;
    public static final int WEBSITE_LENGTH = 300;

    @Id
    @SequenceGenerator(name = "organisation_seq", sequenceName = "organisation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
    private Long id;

    @Version
    private long version;

    /** Name per language code; Bulgarian is required. */
    @ElementCollection
    @CollectionTable(name = "organisation_name", joinColumns = @JoinColumn(name = "organisation_id"))
    @MapKeyColumn(name = "lang", length = Languages.CODE_LENGTH)
    @Column(name = "name", length = NAME_LENGTH, nullable = false)
    @BatchFetch(BatchFetchType.IN)
    private Map<String, @NotNull @Size(min = 1, max = NAME_LENGTH) String> names = new HashMap<>();

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = OrganisationKind.LENGTH, nullable = false)
    private OrganisationKind kind;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "region", length = Region.LENGTH, nullable = false)
    private Region region;

    @Valid
    @Embedded
    private Address address = new Address();

    @Email
    @Size(max = EMAIL_LENGTH)
    @Column(name = "email", length = EMAIL_LENGTH)
    private String email;

    @Size(max = PHONE_LENGTH)
    @Pattern(regexp = "[+0-9 ()/-]*", message = "{integra.phone.invalid}")
    @Column(name = "phone", length = PHONE_LENGTH)
    private String phone;

    @Size(max = WEBSITE_LENGTH)
    @Pattern(regexp = "(https?://\\S+)?", message = "{integra.website.invalid}")
    @Column(name = "website", length = WEBSITE_LENGTH)
    private String website;

    /** The address of its page in the network's directory ({@code /network/{slug}}); set only for a member. */
    @Size(max = Slugs.LENGTH)
    @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{integra.slug.invalid}")
    @Column(name = "slug", length = Slugs.LENGTH)
    private String slug;

    /** What the organisation does, per language code (HSDS {@code description}). */
    @ElementCollection
    @CollectionTable(name = "organisation_description", joinColumns = @JoinColumn(name = "organisation_id"))
    @MapKeyColumn(name = "lang", length = Languages.CODE_LENGTH)
    @Column(name = "description", length = DESCRIPTION_LENGTH, nullable = false)
    @BatchFetch(BatchFetchType.IN)
    private Map<String, @NotNull @Size(min = 1, max = DESCRIPTION_LENGTH) String> descriptions = new HashMap<>();

    /** The slug, every name and every description in {@link Folding#fold} form, for the site search. */
    @Column(name = "folded_text", length = FOLDED_LENGTH, nullable = false)
    private String foldedText = "";

    protected Organisation() {
    }

    public Organisation(String nameBg, OrganisationKind kind, Region region) {
        setName(Languages.DEFAULT, Objects.requireNonNull(nameBg, "nameBg"));
        this.kind = Objects.requireNonNull(kind, "kind");
        this.region = Objects.requireNonNull(region, "region");
    }

    @AssertTrue(message = "{integra.name.bgRequired}")
    public boolean isNamedInBulgarian() { return Translations.hasDefault(names); }

    /** The description in the given language or its fallback; null when there is none. */
    public String description(String lang) { return Translations.text(descriptions, lang); }

    public String descriptionLanguage(String lang) { return Translations.languageOf(descriptions, lang); }

    public void setDescription(String lang, String description) {
        Translations.put(descriptions, lang, description);
        refreshFolded();
    }

    public void setDescriptions(Map<String, String> descriptions) {
        Translations.replace(this.descriptions, descriptions);
        refreshFolded();
    }

    private void refreshFolded() {
        StringBuilder sb = new StringBuilder(Folding.fold(slug));
        names.keySet().stream().sorted().forEach(lang -> sb.append(' ').append(Folding.fold(names.get(lang))));
        descriptions.keySet().stream().sorted().forEach(lang -> sb.append(' ').append(Folding.fold(descriptions.get(lang))));
        String folded = sb.toString().strip();
        foldedText = folded.length() > FOLDED_LENGTH ? folded.substring(0, FOLDED_LENGTH) : folded;
    }

    /** The name in the given language or its fallback ({@link Translations#text}). */
    public String name(String lang) { return Translations.text(names, lang); }

    /** The language {@link #name(String)} gives the name in. */
    public String nameLanguage(String lang) { return Translations.languageOf(names, lang); }

    /** A blank name removes the language. */
    public void setName(String lang, String name) {
        Translations.put(names, lang, name);
        refreshFolded();
    }

    /** Every name at once, as a form edits them: a language left out is removed. */
    public void setNames(Map<String, String> names) {
        Translations.replace(this.names, names);
        refreshFolded();
    }

    /** A member of the network, listed in the directory. */
    public boolean isMember() { return slug != null; }
    /** Makes it a member of the network under this address, or (null) takes it out of the directory. */
    public void joinNetwork(String slug) {
        this.slug = Text.blankToNull(slug);
        refreshFolded();
    }
    public String getSlug() { return slug; }
    public Map<String, String> getDescriptions() { return descriptions; }
    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Map<String, String> getNames() { return names; }
    public OrganisationKind getKind() { return kind; }
    public void setKind(OrganisationKind kind) { this.kind = kind; }
    public Region getRegion() { return region; }
    public void setRegion(Region region) { this.region = region; }
    public Address getAddress() {
        if (address == null) address = new Address(); // EclipseLink leaves an all-null embeddable null
        return address;
    }
    public void setAddress(Address address) { this.address = address; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = Text.blankToNull(email); }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = Text.blankToNull(phone); }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = Text.blankToNull(website); }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Organisation other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Organisation.class.hashCode();
    }

    @Override
    public String toString() {
        return "Organisation[" + id + ", " + name(Languages.DEFAULT) + "]";
    }
}
