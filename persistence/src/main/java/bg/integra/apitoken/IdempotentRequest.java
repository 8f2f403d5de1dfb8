package bg.integra.apitoken;

import jakarta.persistence.*;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What a token's POST with an {@code Idempotency-Key} did: the hash of the request it came with, the status it
 * was answered with and the record it made. A program that sends the same key again (its connection broke before
 * the answer came) gets the same answer and no second record; the same key with another request is refused. Kept
 * for {@link #KEPT_FOR}; append-only, so neither versioned nor cached.
 */
@Entity
@Table(name = "api_idempotent_request")
@Cacheable(false)
@ExcludeDefaultListeners // no cached page or answer shows it
@NamedQuery(name = IdempotentRequest.FIND, query = "SELECT r FROM IdempotentRequest r"
        + " WHERE r.tokenId = :token AND r.key = :key AND r.createdAt >= :since")
@NamedQuery(name = IdempotentRequest.DELETE_EXPIRED, query = "DELETE FROM IdempotentRequest r WHERE r.createdAt < :since")
public class IdempotentRequest {

    public static final String FIND = "IdempotentRequest.find";
    public static final String DELETE_EXPIRED = "IdempotentRequest.deleteExpired";
    public static final Duration KEPT_FOR = Duration.ofHours(24);
    public static final int KEY_LENGTH = 200;
    public static final int HASH_LENGTH = 64;
    public static final int RESOURCE_LENGTH = 20;

    @Id
    @SequenceGenerator(name = "api_idempotent_request_seq", sequenceName = "api_idempotent_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_idempotent_request_seq")
    private Long id;

    @Column(name = "token_id", nullable = false, updatable = false)
    private long tokenId;

    @Column(name = "idempotency_key", length = KEY_LENGTH, nullable = false, updatable = false)
    private String key;

    @Column(name = "request_hash", length = HASH_LENGTH, nullable = false, updatable = false)
    private String requestHash;

    @Column(name = "response_status", nullable = false, updatable = false)
    private int responseStatus;

    @Column(name = "resource_type", length = RESOURCE_LENGTH, nullable = false, updatable = false)
    private String resourceType;

    @Column(name = "resource_id", nullable = false, updatable = false)
    private long resourceId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    protected IdempotentRequest() {
    }

    public IdempotentRequest(long tokenId, String key, String requestHash, int responseStatus, String resourceType,
                             long resourceId, LocalDateTime createdAt) {
        this.tokenId = tokenId;
        this.key = Objects.requireNonNull(key, "key");
        this.requestHash = Objects.requireNonNull(requestHash, "requestHash");
        this.responseStatus = responseStatus;
        this.resourceType = Objects.requireNonNull(resourceType, "resourceType");
        this.resourceId = resourceId;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Whether a repeated request is the one this key was first sent with. */
    public boolean isSameRequest(String hash) {
        return requestHash.equals(hash);
    }

    public Long getId() { return id; }
    public long getTokenId() { return tokenId; }
    public String getKey() { return key; }
    public int getResponseStatus() { return responseStatus; }
    public String getResourceType() { return resourceType; }
    public long getResourceId() { return resourceId; }
    public LocalDateTime getCreatedAt() { return createdAt; }
}
