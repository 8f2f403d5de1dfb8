package bg.integra.training;

import bg.integra.audit.AuditState;
import bg.integra.audit.Audited;
import bg.integra.audit.AuditedType;
import jakarta.persistence.*;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The certificate of a completed course: one per enrolment, with a public verification code. It keeps what it
 * certified when it was issued (the learner's name, the course's hours), so that renaming the account or changing
 * the course does not rewrite it; deleting the account removes the name and keeps the certificate verifiable as
 * issued to a deleted account. A trainer may revoke it with a reason; it is never deleted.
 */
@Entity
@Table(name = "certificate")
@Cacheable(false)
@NamedQuery(name = Certificate.FIND_BY_CODE, query = "SELECT c FROM Certificate c JOIN FETCH c.enrolment e"
        + " JOIN FETCH e.course WHERE c.code = :code")
@NamedQuery(name = Certificate.FIND_BY_ENROLMENT, query = "SELECT c FROM Certificate c WHERE c.enrolment.id = :enrolment")
@NamedQuery(name = Certificate.FORGET_NAMES, query = "UPDATE Certificate c SET c.learnerName = NULL"
        + " WHERE c.enrolment IN (SELECT e FROM Enrolment e WHERE e.account.id = :account)")
public class Certificate implements Audited {

    public static final String FIND_BY_CODE = "Certificate.findByCode";
    public static final String FIND_BY_ENROLMENT = "Certificate.findByEnrolment";
    public static final String FORGET_NAMES = "Certificate.forgetNames";
    /** {@code XXXX-XXXX-XXXX}: twelve characters of {@link #ALPHABET}, 60 bits. */
    public static final int CODE_LENGTH = 14;
    /** Letters and digits that cannot be mistaken for each other when read aloud or typed (no 0/O, 1/I/L, U/V). */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";
    public static final int REASON_LENGTH = 500;

    @Id
    @SequenceGenerator(name = "certificate_seq", sequenceName = "certificate_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "code", length = CODE_LENGTH, nullable = false, unique = true, updatable = false)
    private String code;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrolment_id", nullable = false, unique = true, updatable = false)
    private Enrolment enrolment;

    @Column(name = "learner_name", length = 60)
    private String learnerName;

    @Column(name = "hours", nullable = false, updatable = false)
    private int hours;

    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;

    @Column(name = "revoked_on")
    private LocalDate revokedOn;

    @Column(name = "revoked_reason", length = REASON_LENGTH)
    private String revokedReason;

    @Column(name = "revoked_by", length = 100)
    private String revokedBy;

    protected Certificate() {
    }

    public Certificate(String code, Enrolment enrolment, String learnerName, LocalDate issuedOn) {
        this.code = Objects.requireNonNull(code, "code");
        this.enrolment = Objects.requireNonNull(enrolment, "enrolment");
        this.learnerName = learnerName;
        this.hours = enrolment.getCourse().getHours();
        this.issuedOn = Objects.requireNonNull(issuedOn, "issuedOn");
    }

    /** Revokes it for good; a second revocation changes nothing and answers false. */
    public boolean revoke(LocalDate on, String reason, String by) {
        if (revokedOn != null) return false;
        revokedOn = Objects.requireNonNull(on, "on");
        revokedReason = Objects.requireNonNull(reason, "reason");
        revokedBy = by;
        return true;
    }

    public boolean isRevoked() { return revokedOn != null; }

    /** Whether the account it was issued to has been deleted (its name is no longer kept). */
    public boolean isIssuedToDeletedAccount() { return learnerName == null; }

    public Course getCourse() { return enrolment.getCourse(); }

    @Override
    public AuditedType auditedType() { return AuditedType.CERTIFICATE; }

    @Override
    public Long auditedProjectId() { return enrolment.getCourse().auditedProjectId(); }

    @Override
    public AuditState auditState() {
        return AuditState.of().put("code", code).put("course", enrolment.getCourse().getId())
                .personal("learnerName", learnerName).put("hours", hours).put("issuedOn", issuedOn)
                .put("revokedOn", revokedOn).put("revokedReason", revokedReason);
    }

    @Override
    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getCode() { return code; }
    public Enrolment getEnrolment() { return enrolment; }
    public String getLearnerName() { return learnerName; }
    public int getHours() { return hours; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public LocalDate getRevokedOn() { return revokedOn; }
    public String getRevokedReason() { return revokedReason; }
    public String getRevokedBy() { return revokedBy; }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Certificate c && id != null && id.equals(c.id);
    }

    @Override
    public int hashCode() {
        return Certificate.class.hashCode();
    }
}
