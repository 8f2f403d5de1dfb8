package bg.integra.apitoken;

import bg.integra.audit.AuditState;
import bg.integra.audit.Audited;
import bg.integra.audit.AuditedType;
import bg.integra.organisation.Organisation;
import jakarta.persistence.*;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A named credential that lets a program of a member organisation use the API for that organisation: "the
 * website's sync", "the CRM". It is scoped to reading or writing, made and revoked in the back-office by the
 * organisation's staff, and shown in full only once: the database keeps the SHA-256 of its secret
 * ({@link TokenSecret}) and the public lookup part that finds it. When it was last used is kept to the minute,
 * so that a forgotten token can be told from one in use.
 */
@Entity
@Table(name = "api_token")
@ExcludeDefaultListeners // last use changes often and no cached page or answer shows a token
@NamedQuery(name = ApiToken.FIND_BY_LOOKUP, query = "SELECT t FROM ApiToken t JOIN FETCH t.organisation WHERE t.lookup = :lookup")
@NamedQuery(name = ApiToken.FIND_BY_ORGANISATION,
        query = "SELECT t FROM ApiToken t WHERE t.organisation.id = :organisation ORDER BY t.createdAt DESC, t.id DESC")
@NamedQuery(name = ApiToken.MARK_USED, query = "UPDATE ApiToken t SET t.lastUsedAt = :now WHERE t.id = :id"
        + " AND (t.lastUsedAt IS NULL OR t.lastUsedAt < :since)")
public class ApiToken implements Audited {

    public static final String FIND_BY_LOOKUP = "ApiToken.findByLookup";
    public static final String FIND_BY_ORGANISATION = "ApiToken.findByOrganisation";
    public static final String MARK_USED = "ApiToken.markUsed";
    public static final int NAME_LENGTH = 80;
    public static final int CREATED_BY_LENGTH = 100;
    /** Last use is written at most this often per token: not a write on every request. */
    public static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    @Id
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    private Long id;

    @Version
    private long version;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "name", length = NAME_LENGTH, nullable = false)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "scope", length = ApiScope.LENGTH, nullable = false, updatable = false)
    private ApiScope scope;

    @Column(name = "lookup", length = TokenSecret.LOOKUP_LENGTH, nullable = false, unique = true, updatable = false)
    private String lookup;

    @Column(name = "secret_hash", length = TokenSecret.HASH_LENGTH, nullable = false, updatable = false)
    private String secretHash;

    @Column(name = "created_by", length = CREATED_BY_LENGTH, nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "last_used_at")
    private LocalDateTime lastUsedAt;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    protected ApiToken() {
    }

    public ApiToken(Organisation organisation, String name, ApiScope scope, TokenSecret secret, String createdBy,
                    LocalDateTime createdAt) {
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        this.name = Objects.requireNonNull(name, "name").strip();
        this.scope = Objects.requireNonNull(scope, "scope");
        this.lookup = secret.lookup();
        this.secretHash = secret.hash();
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Whether this presented secret is this token's, compared in constant time. */
    public boolean isSecret(TokenSecret presented) {
        return lookup.equals(presented.lookup()) && presented.matches(secretHash);
    }

    public boolean isRevoked() { return revokedAt != null; }

    public boolean mayWrite() { return scope == ApiScope.WRITE; }

    /** Revoked from now on; revoking twice keeps the first moment. */
    public void revoke(LocalDateTime now) {
        if (revokedAt == null) revokedAt = Objects.requireNonNull(now, "now");
    }

    /**
     * Who wrote a record through this token, for the audit trail and a record's verification: the token's name
     * and its organisation's address in the directory, e.g. {@code api:website sync@centre-sofia}.
     */
    public String actor() {
        String actor = "api:" + name + "@" + Objects.requireNonNullElse(organisation.getSlug(), "organisation-" + organisation.getId());
        return actor.length() <= CREATED_BY_LENGTH ? actor : actor.substring(0, CREATED_BY_LENGTH);
    }

    @Override
    public AuditedType auditedType() { return AuditedType.API_TOKEN; }

    @Override
    public Long auditedProjectId() { return null; }

    @Override
    public AuditState auditState() {
        return AuditState.of().put("organisation", organisation == null ? null : organisation.getId()).put("name", name)
                .put("scope", scope).put("lookup", lookup).put("revokedAt", revokedAt);
    }

    @Override
    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Organisation getOrganisation() { return organisation; }
    public String getName() { return name; }
    public ApiScope getScope() { return scope; }
    public String getLookup() { return lookup; }
    /** The public part as the back-office shows it. */
    public String getShown() { return TokenSecret.shown(lookup); }
    public String getCreatedBy() { return createdBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getLastUsedAt() { return lastUsedAt; }
    public LocalDateTime getRevokedAt() { return revokedAt; }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ApiToken other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return ApiToken.class.hashCode();
    }
}
