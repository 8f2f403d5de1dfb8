package bg.integra.account;

import bg.integra.organisation.Organisation;
import jakarta.persistence.*;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;

/**
 * A person who signs in to the back-office. Administrators run the platform; coordinators belong to one
 * organisation and act for it. Only a PBKDF2 hash of the password is kept. Repeated failed sign-ins lock the
 * account for a while, which slows down anyone guessing passwords.
 */
@Entity
@Table(name = "account")
@ExcludeDefaultListeners // sign-ins change accounts often, and nothing public is rendered from them

@NamedQuery(name = Account.FIND_BY_USERNAME, query = "SELECT a FROM Account a LEFT JOIN FETCH a.organisation WHERE a.username = :username")
@NamedQuery(name = Account.FIND_ALL, query = "SELECT a FROM Account a LEFT JOIN FETCH a.organisation ORDER BY a.username")
@NamedQuery(name = Account.COUNT_BY_ROLE, query = "SELECT COUNT(a) FROM Account a WHERE a.role = :role")
@NamedQuery(name = Account.COUNT_BY_ORGANISATION, query = "SELECT COUNT(a) FROM Account a WHERE a.organisation = :organisation")
public class Account {

    public static final String FIND_BY_USERNAME = "Account.findByUsername";
    public static final String FIND_ALL = "Account.findAll";
    public static final String COUNT_BY_ROLE = "Account.countByRole";
    public static final String COUNT_BY_ORGANISATION = "Account.countByOrganisation";
    public static final int USERNAME_LENGTH = 60;
    public static final int DISPLAY_NAME_LENGTH = 200;
    public static final int HASH_LENGTH = 500;

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Version
    private long version;

    @NotBlank
    @Size(max = USERNAME_LENGTH)
    @Pattern(regexp = "[a-z0-9._@-]+", message = "{integra.username.invalid}")
    @Column(name = "username", length = USERNAME_LENGTH, nullable = false, unique = true)
    private String username;

    @NotBlank
    @Size(max = DISPLAY_NAME_LENGTH)
    @Column(name = "display_name", length = DISPLAY_NAME_LENGTH, nullable = false)
    private String displayName;

    @Column(name = "password_hash", length = HASH_LENGTH, nullable = false)
    private String passwordHash;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = Role.LENGTH, nullable = false)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    protected Account() {
    }

    public Account(String username, String displayName, Role role, Organisation organisation, String passwordHash) {
        this.username = normaliseUsername(Objects.requireNonNull(username, "username"));
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.role = Objects.requireNonNull(role, "role");
        this.organisation = organisation;
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    }

    public static String normaliseUsername(String username) {
        return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }

    @AssertTrue(message = "{integra.account.coordinatorNeedsOrganisation}")
    public boolean isOrganisationSetForCoordinator() {
        return (role != Role.COORDINATOR && role != Role.REGISTRAR && role != Role.MEMBER) || organisation != null;
    }

    public boolean isLocked(LocalDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failed sign-in; the threshold-th consecutive failure locks the account for the given minutes. */
    public void recordFailedLogin(LocalDateTime now, int threshold, int lockMinutes) {
        failedLogins++;
        if (failedLogins >= threshold) {
            lockedUntil = now.plusMinutes(lockMinutes);
            failedLogins = 0;
        }
    }

    public void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getPasswordHash() { return passwordHash; }
    public void setPasswordHash(String passwordHash) { this.passwordHash = Objects.requireNonNull(passwordHash); }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public Organisation getOrganisation() { return organisation; }
    public void setOrganisation(Organisation organisation) { this.organisation = organisation; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public int getFailedLogins() { return failedLogins; }
    public LocalDateTime getLockedUntil() { return lockedUntil; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Account other && username != null && username.equals(other.username);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(username);
    }
}
