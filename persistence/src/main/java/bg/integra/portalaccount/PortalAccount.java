package bg.integra.portalaccount;

import bg.integra.audit.AuditState;
import bg.integra.audit.Audited;
import bg.integra.audit.AuditedType;
import bg.integra.common.Languages;
import jakarta.persistence.*;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;

/**
 * A visitor's account on the portal, for the forum (and later training and surveys). Only a hash of the password
 * and of the one-time token mailed for confirmation or a reset is kept. The handle is the name others mention
 * ({@code @handle}); the display name is what pages show. Moderators may silence an account (it reads but does not
 * write) or suspend it (it cannot sign in) until a moment. A deletion on request keeps the row without anything
 * personal, so that the account's posts still have an author ("deleted user").
 */
@Entity
@Table(name = "portal_account")
@NamedQuery(name = PortalAccount.FIND_BY_EMAIL, query = "SELECT a FROM PortalAccount a WHERE a.email = :email")
@NamedQuery(name = PortalAccount.FIND_BY_HANDLE, query = "SELECT a FROM PortalAccount a WHERE a.handle = :handle")
@NamedQuery(name = PortalAccount.FIND_BY_HANDLES, query = "SELECT a FROM PortalAccount a WHERE a.handle IN :handles"
        + " AND a.status = bg.integra.portalaccount.AccountStatus.ACTIVE")
@NamedQuery(name = PortalAccount.FIND_BY_TOKEN, query = "SELECT a FROM PortalAccount a WHERE a.tokenHash = :hash")
@NamedQuery(name = PortalAccount.FIND_BY_STAFF, query = "SELECT a FROM PortalAccount a WHERE a.staffAccountId = :staff")
@NamedQuery(name = PortalAccount.FIND_BY_MAIL_KEY, query = "SELECT a FROM PortalAccount a WHERE a.mailKey = :key")
public class PortalAccount implements Audited {

    public static final String FIND_BY_EMAIL = "PortalAccount.findByEmail";
    public static final String FIND_BY_HANDLE = "PortalAccount.findByHandle";
    public static final String FIND_BY_HANDLES = "PortalAccount.findByHandles";
    public static final String FIND_BY_TOKEN = "PortalAccount.findByToken";
    public static final String FIND_BY_STAFF = "PortalAccount.findByStaff";
    public static final String FIND_BY_MAIL_KEY = "PortalAccount.findByMailKey";
    public static final int EMAIL_LENGTH = 254;
    public static final int HANDLE_LENGTH = 30;
    public static final int DISPLAY_NAME_LENGTH = 60;
    public static final int NOTE_LENGTH = 500;
    /** A handle: letters, digits and {@code _ . -}, as a mention finds it in a post. */
    public static final String HANDLE_PATTERN = "[a-z0-9_.-]{2,30}";
    public static final int MAX_TRUST_LEVEL = 4;

    @Id
    @SequenceGenerator(name = "portal_account_seq", sequenceName = "portal_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_account_seq")
    private Long id;

    @Version
    private long version;

    /** Lower case; none for an account linked to staff, or deleted. */
    @Size(max = EMAIL_LENGTH)
    @Column(name = "email", length = EMAIL_LENGTH, unique = true)
    private String email;

    @NotBlank
    @Pattern(regexp = HANDLE_PATTERN)
    @Column(name = "handle", length = HANDLE_LENGTH, nullable = false, unique = true)
    private String handle;

    @NotBlank
    @Size(max = DISPLAY_NAME_LENGTH)
    @Column(name = "display_name", length = DISPLAY_NAME_LENGTH, nullable = false)
    private String displayName;

    @NotBlank
    @Column(name = "language", length = Languages.CODE_LENGTH, nullable = false)
    private String language;

    @Column(name = "password_hash", length = 500)
    private String passwordHash;

    /** The back-office account this one belongs to; such an account signs in with the back-office's password. */
    @Column(name = "staff_account_id", unique = true, updatable = false)
    private Long staffAccountId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = AccountStatus.LENGTH, nullable = false)
    private AccountStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "confirmed_at")
    private LocalDateTime confirmedAt;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    /** SHA-256 of the one-time token in the last confirmation or reset mail, hex. */
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "token_purpose", length = TokenPurpose.LENGTH)
    private TokenPurpose tokenPurpose;

    @Column(name = "token_expires_at")
    private LocalDateTime tokenExpiresAt;

    @Column(name = "trust_level", nullable = false)
    private int trustLevel;

    /** Posts a moderator approved or that went out without being held: past the first ones, nothing is held. */
    @Column(name = "approved_posts", nullable = false)
    private int approvedPosts;

    @Column(name = "silenced_until")
    private LocalDateTime silencedUntil;

    @Column(name = "suspended_until")
    private LocalDateTime suspendedUntil;

    /** The moderator's reason for the last silence or suspension. */
    @Size(max = NOTE_LENGTH)
    @Column(name = "moderation_note", length = NOTE_LENGTH)
    private String moderationNote;

    /** The key of the one-click links in every mail (stop the digest, stop mails of a kind). */
    @Column(name = "mail_key", length = 43, nullable = false, unique = true, updatable = false)
    private String mailKey;

    @Column(name = "digest", nullable = false)
    private boolean digest = true;

    /** Mails of replies, mentions and watched topics (the site's own notifications are kept either way). */
    @Column(name = "mail_notices", nullable = false)
    private boolean mailNotices = true;

    @Column(name = "last_digest_at")
    private LocalDateTime lastDigestAt;

    protected PortalAccount() {
    }

    /** A visitor's new account, waiting for its address to be confirmed. */
    public static PortalAccount signUp(String email, String handle, String displayName, String language,
                                       String passwordHash, String mailKey, LocalDateTime now) {
        PortalAccount account = new PortalAccount(handle, displayName, language, mailKey, now);
        account.email = normaliseEmail(Objects.requireNonNull(email, "email"));
        account.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        account.status = AccountStatus.UNCONFIRMED;
        return account;
    }

    /** A staff member's account for posting, active at once: the back-office account is known. */
    public static PortalAccount ofStaff(long staffAccountId, String handle, String displayName, String language,
                                        String mailKey, LocalDateTime now) {
        PortalAccount account = new PortalAccount(handle, displayName, language, mailKey, now);
        account.staffAccountId = staffAccountId;
        account.status = AccountStatus.ACTIVE;
        account.confirmedAt = now;
        account.trustLevel = 2; // staff are known people: nothing of theirs is held or limited as a newcomer's
        return account;
    }

    private PortalAccount(String handle, String displayName, String language, String mailKey, LocalDateTime now) {
        this.handle = normaliseHandle(Objects.requireNonNull(handle, "handle"));
        this.displayName = Objects.requireNonNull(displayName, "displayName").strip();
        this.language = Languages.portalOrDefault(language);
        this.mailKey = Objects.requireNonNull(mailKey, "mailKey");
        this.createdAt = now;
    }

    public static String normaliseEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public static String normaliseHandle(String handle) {
        return handle == null ? null : handle.strip().toLowerCase(Locale.ROOT);
    }

    // ----- the one-time token

    public void issueToken(TokenPurpose purpose, String hash, LocalDateTime expiresAt) {
        this.tokenPurpose = Objects.requireNonNull(purpose);
        this.tokenHash = Objects.requireNonNull(hash);
        this.tokenExpiresAt = Objects.requireNonNull(expiresAt);
    }

    public boolean tokenValid(TokenPurpose purpose, LocalDateTime now) {
        return tokenHash != null && tokenPurpose == purpose && now.isBefore(tokenExpiresAt);
    }

    private void spendToken() {
        tokenHash = null;
        tokenPurpose = null;
        tokenExpiresAt = null;
    }

    public void confirm(LocalDateTime now) {
        spendToken();
        if (status == AccountStatus.UNCONFIRMED) {
            status = AccountStatus.ACTIVE;
            confirmedAt = now;
        }
    }

    /** A new password from a reset mail: it also proves the address, and lifts a lock. */
    public void resetPassword(String hash, LocalDateTime now) {
        spendToken();
        passwordHash = Objects.requireNonNull(hash);
        failedSignIns = 0;
        lockedUntil = null;
        confirm(now);
    }

    // ----- signing in

    public boolean isLocked(LocalDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public void recordFailedSignIn(LocalDateTime now, int threshold, int lockMinutes) {
        failedSignIns++;
        if (failedSignIns >= threshold) {
            lockedUntil = now.plusMinutes(lockMinutes);
            failedSignIns = 0;
        }
    }

    public void recordSuccessfulSignIn() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    // ----- moderation

    public boolean isSilenced(LocalDateTime now) {
        return silencedUntil != null && now.isBefore(silencedUntil);
    }

    public boolean isSuspended(LocalDateTime now) {
        return suspendedUntil != null && now.isBefore(suspendedUntil);
    }

    /** Silenced until then (null lifts it), with the moderator's reason. */
    public void silence(LocalDateTime until, String reason) {
        this.silencedUntil = until;
        this.moderationNote = reason;
    }

    public void suspend(LocalDateTime until, String reason) {
        this.suspendedUntil = until;
        this.moderationNote = reason;
    }

    public void countApprovedPost() {
        approvedPosts++;
    }

    public void setTrustLevel(int level) {
        if (level < 0 || level > MAX_TRUST_LEVEL) throw new IllegalArgumentException("trust level " + level);
        this.trustLevel = level;
    }

    // ----- mail

    public void setDigest(boolean digest) {
        this.digest = digest;
    }

    public void setMailNotices(boolean mailNotices) {
        this.mailNotices = mailNotices;
    }

    /** Whether mail may be sent to this account at all: a confirmed address that has not opted out. */
    public boolean mayMail() {
        return email != null && status == AccountStatus.ACTIVE;
    }

    public void digestSent(LocalDateTime at) {
        this.lastDigestAt = at;
    }

    // ----- the visitor's own settings

    public void setDisplayName(String displayName) {
        this.displayName = Objects.requireNonNull(displayName).strip();
    }

    public void setLanguage(String language) {
        this.language = Languages.portalOrDefault(language);
    }

    /** Deletion on request: nothing personal stays; the handle becomes a placeholder that names no one. */
    public void anonymise() {
        email = null;
        passwordHash = null;
        handle = "deleted-" + id;
        displayName = "-";
        status = AccountStatus.DELETED;
        spendToken();
        moderationNote = null;
        digest = false;
        mailNotices = false;
        lockedUntil = null;
        failedSignIns = 0;
    }

    public boolean isDeleted() {
        return status == AccountStatus.DELETED;
    }

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }

    public boolean isStaff() {
        return staffAccountId != null;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getEmail() { return email; }
    public String getHandle() { return handle; }
    public String getDisplayName() { return displayName; }
    public String getLanguage() { return language; }
    public String getPasswordHash() { return passwordHash; }
    public Long getStaffAccountId() { return staffAccountId; }
    public AccountStatus getStatus() { return status; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getConfirmedAt() { return confirmedAt; }
    public LocalDateTime getTokenExpiresAt() { return tokenExpiresAt; }
    public int getTrustLevel() { return trustLevel; }
    public int getApprovedPosts() { return approvedPosts; }
    public LocalDateTime getSilencedUntil() { return silencedUntil; }
    public LocalDateTime getSuspendedUntil() { return suspendedUntil; }
    public String getModerationNote() { return moderationNote; }
    public String getMailKey() { return mailKey; }
    public boolean isDigest() { return digest; }
    public boolean isMailNotices() { return mailNotices; }
    public LocalDateTime getLastDigestAt() { return lastDigestAt; }

    @Override
    public AuditedType auditedType() { return AuditedType.PORTAL_ACCOUNT; }

    @Override
    public Long auditedProjectId() { return null; }

    @Override
    public AuditState auditState() {
        return AuditState.of()
                .personal("email", email)
                .personal("displayName", displayName)
                .put("handle", handle)
                .put("status", status)
                .put("trustLevel", trustLevel)
                .put("silencedUntil", silencedUntil)
                .put("suspendedUntil", suspendedUntil)
                .put("moderationNote", moderationNote);
    }
}
