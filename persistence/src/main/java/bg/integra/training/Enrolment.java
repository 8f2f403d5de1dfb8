package bg.integra.training;

import bg.integra.audit.AuditState;
import bg.integra.audit.Audited;
import bg.integra.audit.AuditedType;
import bg.integra.portalaccount.PortalAccount;
import jakarta.persistence.*;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A learner's place in a course: a portal account enrolled once per course, since when, and when it completed the
 * course (set once, by the completion rule, and never moved). Its row is what the lesson views of one learner are
 * serialised on.
 */
@Entity
@Table(name = "enrolment")
@Cacheable(false)
@NamedQuery(name = Enrolment.FIND, query = "SELECT e FROM Enrolment e WHERE e.course.id = :course AND e.account.id = :account")
public class Enrolment implements Audited {

    public static final String FIND = "Enrolment.find";

    @Id
    @SequenceGenerator(name = "enrolment_seq", sequenceName = "enrolment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enrolment_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false)
    private Course course;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private PortalAccount account;

    @Column(name = "enrolled_at", nullable = false)
    private LocalDateTime enrolledAt;

    @Column(name = "completed_at")
    private LocalDateTime completedAt;

    protected Enrolment() {
    }

    public Enrolment(Course course, PortalAccount account, LocalDateTime enrolledAt) {
        this.course = Objects.requireNonNull(course, "course");
        this.account = Objects.requireNonNull(account, "account");
        this.enrolledAt = Objects.requireNonNull(enrolledAt, "enrolledAt");
    }

    /** Records the completion the first time only; returns whether it was recorded now. */
    public boolean complete(LocalDateTime at) {
        if (completedAt != null) return false;
        completedAt = Objects.requireNonNull(at, "at");
        return true;
    }

    public boolean isCompleted() { return completedAt != null; }

    @Override
    public AuditedType auditedType() { return AuditedType.ENROLMENT; }

    @Override
    public Long auditedProjectId() { return course.auditedProjectId(); }

    @Override
    public AuditState auditState() {
        return AuditState.of().put("course", course.getId()).put("account", account.getId())
                .put("enrolledAt", enrolledAt).put("completedAt", completedAt);
    }

    @Override
    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Course getCourse() { return course; }
    public PortalAccount getAccount() { return account; }
    public LocalDateTime getEnrolledAt() { return enrolledAt; }
    public LocalDateTime getCompletedAt() { return completedAt; }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Enrolment other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Enrolment.class.hashCode();
    }
}
