package bg.integra.mail;

import jakarta.persistence.*;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;

/**
 * One e-mail waiting to be sent, or sent: its recipient and composed text, stored in the same transaction as the
 * record it reports on, so that a mail exists exactly when that record does, whatever happens to the server or the
 * mail server afterwards. A sender first claims it for a while ({@link #CLAIM}: one row updated means it is ours),
 * so that the immediate attempt after the commit, the retry timer and a second server never send it twice in
 * normal operation; a failure counts an attempt and sets the next one.
 */
@Entity
@Table(name = "outbox_mail")
@Cacheable(false) // claimed with bulk updates by several threads: always read from the database
@ExcludeDefaultListeners // no page or answer is rendered from the outbox, so no cache needs to hear of its writes
@NamedQuery(name = OutboxMail.CLAIM, query = "UPDATE OutboxMail m SET m.claimedUntil = :until, m.version = m.version + 1"
        + " WHERE m.id = :id AND m.status = bg.integra.mail.MailStatus.PENDING"
        + " AND (m.claimedUntil IS NULL OR m.claimedUntil < :now)")
@NamedQuery(name = OutboxMail.FIND_DUE, query = "SELECT m.id FROM OutboxMail m WHERE m.status = bg.integra.mail.MailStatus.PENDING"
        + " AND m.nextAttemptAt <= :now AND (m.claimedUntil IS NULL OR m.claimedUntil < :now) ORDER BY m.nextAttemptAt, m.id")
@NamedQuery(name = OutboxMail.PURGE_SENT, query = "DELETE FROM OutboxMail m WHERE m.status = bg.integra.mail.MailStatus.SENT"
        + " AND m.sentAt < :before")
@NamedQuery(name = OutboxMail.PURGE_UNSENT, query = "DELETE FROM OutboxMail m WHERE m.status <> bg.integra.mail.MailStatus.SENT"
        + " AND m.createdAt < :before")
@NamedQuery(name = OutboxMail.DELETE_TO, query = "DELETE FROM OutboxMail m WHERE m.recipient = :recipient")
@NamedQuery(name = OutboxMail.COUNT_BY_STATUS, query = "SELECT COUNT(m) FROM OutboxMail m WHERE m.status IN :statuses")
@NamedQuery(name = OutboxMail.FIND_BY_STATUS, query = "SELECT m FROM OutboxMail m WHERE m.status IN :statuses"
        + " ORDER BY m.createdAt DESC, m.id DESC")
public class OutboxMail {

    public static final String CLAIM = "OutboxMail.claim";
    public static final String FIND_DUE = "OutboxMail.findDue";
    public static final String PURGE_SENT = "OutboxMail.purgeSent";
    public static final String PURGE_UNSENT = "OutboxMail.purgeUnsent";
    public static final String DELETE_TO = "OutboxMail.deleteTo";
    public static final String COUNT_BY_STATUS = "OutboxMail.countByStatus";
    public static final String FIND_BY_STATUS = "OutboxMail.findByStatus";
    public static final int RECIPIENT_LENGTH = 254;
    public static final int SUBJECT_LENGTH = 500;
    public static final int BODY_LENGTH = 20_000;
    public static final int KIND_LENGTH = 40;
    public static final int ERROR_LENGTH = 500;

    @Id
    @SequenceGenerator(name = "outbox_mail_seq", sequenceName = "outbox_mail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_mail_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "recipient", length = RECIPIENT_LENGTH, nullable = false, updatable = false)
    private String recipient;

    @Column(name = "subject", length = SUBJECT_LENGTH, nullable = false, updatable = false)
    private String subject;

    @Column(name = "body", length = BODY_LENGTH, nullable = false, updatable = false)
    private String body;

    /** What the mail is about, e.g. {@code REGISTRATION_CONFIRMED}: for the back-office and the log, not for sending. */
    @Column(name = "kind", length = KIND_LENGTH, nullable = false, updatable = false)
    private String kind;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private LocalDateTime nextAttemptAt;

    @Column(name = "claimed_until")
    private LocalDateTime claimedUntil;

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private String lastError;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = MailStatus.LENGTH, nullable = false)
    private MailStatus status;

    protected OutboxMail() {
    }

    /** A mail to send as soon as possible. Texts longer than their columns are refused, never cut silently. */
    public OutboxMail(String recipient, String subject, String body, String kind, LocalDateTime now) {
        // lower case, as registrations keep addresses: an erasure finds a person's mails by the address
        this.recipient = bounded(Objects.requireNonNull(recipient, "recipient").strip().toLowerCase(Locale.ROOT),
                RECIPIENT_LENGTH, "recipient");
        this.subject = bounded(subject, SUBJECT_LENGTH, "subject");
        this.body = bounded(body, BODY_LENGTH, "body");
        this.kind = bounded(kind, KIND_LENGTH, "kind");
        this.createdAt = Objects.requireNonNull(now, "now");
        this.nextAttemptAt = now;
        this.status = MailStatus.PENDING;
    }

    private static String bounded(String value, int max, String name) {
        Objects.requireNonNull(value, name);
        if (value.length() > max) throw new IllegalArgumentException(name + " longer than " + max + " characters");
        return value;
    }

    /** Accepted by the mail server. */
    public void sent(LocalDateTime now) {
        status = MailStatus.SENT;
        sentAt = Objects.requireNonNull(now, "now");
        claimedUntil = null;
        lastError = null;
    }

    /** One more failed attempt: the next one at {@code next}, or none when {@code giveUp}. */
    public void failed(String error, LocalDateTime next, boolean giveUp) {
        attempts++;
        lastError = error == null ? null : error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
        nextAttemptAt = Objects.requireNonNull(next, "next");
        claimedUntil = null;
        if (giveUp) status = MailStatus.FAILED;
    }

    public Long getId() { return id; }

    public String getRecipient() { return recipient; }

    public String getSubject() { return subject; }

    public String getBody() { return body; }

    public String getKind() { return kind; }

    public LocalDateTime getCreatedAt() { return createdAt; }

    public int getAttempts() { return attempts; }

    public LocalDateTime getNextAttemptAt() { return nextAttemptAt; }

    public LocalDateTime getClaimedUntil() { return claimedUntil; }

    public LocalDateTime getSentAt() { return sentAt; }

    public String getLastError() { return lastError; }

    public MailStatus getStatus() { return status; }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof OutboxMail other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return OutboxMail.class.hashCode();
    }
}
