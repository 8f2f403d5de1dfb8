package bg.integra.training;

import jakarta.persistence.*;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A private key of the server's, as a JWK (JSON), for one purpose: {@value #CREDENTIALS} signs the certificates'
 * credentials. It is made on first use and kept in the database, never in the repository or the configuration;
 * its public half is published under its {@code kid}.
 */
@Entity
@Table(name = "signing_key")
@Cacheable(false)
@NamedQuery(name = SigningKey.FIND_BY_PURPOSE, query = "SELECT k FROM SigningKey k WHERE k.purpose = :purpose")
public class SigningKey {

    public static final String FIND_BY_PURPOSE = "SigningKey.findByPurpose";
    public static final String CREDENTIALS = "credentials";

    @Id
    @Column(name = "kid", length = 64)
    private String kid;

    @Column(name = "purpose", length = 20, nullable = false, unique = true, updatable = false)
    private String purpose;

    @Column(name = "jwk", length = 4000, nullable = false, updatable = false)
    private String jwk;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    protected SigningKey() {
    }

    public SigningKey(String kid, String purpose, String jwk, LocalDateTime createdAt) {
        this.kid = Objects.requireNonNull(kid, "kid");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.jwk = Objects.requireNonNull(jwk, "jwk");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public String getKid() { return kid; }
    public String getPurpose() { return purpose; }
    public String getJwk() { return jwk; }
    public LocalDateTime getCreatedAt() { return createdAt; }
}
