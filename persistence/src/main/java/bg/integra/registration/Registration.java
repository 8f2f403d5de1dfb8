package bg.integra.registration;

import bg.integra.common.Languages;
import bg.integra.event.Event;
import jakarta.persistence.*;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A person's registration for an event: who they are, which target group they belong to, how to reach them,
 * when they consented to the processing of their data (and to which version of the stated purpose), and their
 * place: confirmed while the event has room, else on the waitlist in order of arrival. The cancel token is a
 * random secret sent only to the registrant; whoever holds it may cancel.
 */
@Entity
@Table(name = "registration")
@Cacheable(false) // counted and locked per event: always read from the database
@NamedQuery(name = Registration.FIND_BY_TOKEN,
        query = "SELECT r FROM Registration r WHERE r.cancelToken = :token")
@NamedQuery(name = Registration.COUNT_BY_EVENT,
        query = "SELECT COUNT(r) FROM Registration r WHERE r.event.id = :event")
@NamedQuery(name = Registration.COUNT_BY_STATUS,
        query = "SELECT r.status, COUNT(r) FROM Registration r WHERE r.event.id = :event GROUP BY r.status")
@NamedQuery(name = Registration.COUNT_ACTIVE_BY_EMAIL,
        query = "SELECT COUNT(r) FROM Registration r WHERE r.event.id = :event AND r.email = :email"
                + " AND r.status <> bg.integra.registration.RegistrationStatus.CANCELLED")
@NamedQuery(name = Registration.FIND_WAITLIST,
        query = "SELECT r FROM Registration r WHERE r.event.id = :event"
                + " AND r.status = bg.integra.registration.RegistrationStatus.WAITLISTED ORDER BY r.createdAt, r.id")
@NamedNativeQuery(name = Registration.COUNT_PARTICIPANTS_BY_PROJECT,
        query = "SELECT COUNT(DISTINCT LOWER(r.email)) FROM registration r JOIN content c ON c.id = r.event_id"
                + " WHERE c.project_id = ? AND r.attended_at IS NOT NULL AND r.status <> 'CANCELLED'")
@NamedNativeQuery(name = Registration.COUNT_PARTICIPANTS_BY_TARGET_GROUP,
        query = "SELECT r.target_group_code, COUNT(DISTINCT LOWER(r.email)) FROM registration r JOIN content c ON c.id = r.event_id"
                + " WHERE c.project_id = ? AND r.attended_at IS NOT NULL AND r.status <> 'CANCELLED'"
                + " GROUP BY r.target_group_code")
@NamedQuery(name = Registration.COUNT_BY_EVENT_OF_PROJECT,
        query = "SELECT r.event.id,"
                + " SUM(CASE WHEN r.status = bg.integra.registration.RegistrationStatus.CONFIRMED THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN r.attendedAt IS NOT NULL AND r.status <> bg.integra.registration.RegistrationStatus.CANCELLED THEN 1 ELSE 0 END)"
                + " FROM Registration r WHERE r.event.project.id = :project GROUP BY r.event.id")
public class Registration {

    /** Per event of a project: (event id, confirmed registrations, people present); the final report's counts. */
    public static final String COUNT_BY_EVENT_OF_PROJECT = "Registration.countByEventOfProject";

    public static final String FIND_BY_TOKEN = "Registration.findByToken";
    public static final String COUNT_BY_EVENT = "Registration.countByEvent";
    public static final String COUNT_BY_STATUS = "Registration.countByStatus";
    public static final String COUNT_ACTIVE_BY_EMAIL = "Registration.countActiveByEmail";
    public static final String FIND_WAITLIST = "Registration.findWaitlist";
    /** Distinct people (e-mail, lower-cased) present at the project's events; SQL for the lower-cased DISTINCT. */
    public static final String COUNT_PARTICIPANTS_BY_PROJECT = "Registration.countParticipantsByProject";
    /** The same per target group code. */
    public static final String COUNT_PARTICIPANTS_BY_TARGET_GROUP = "Registration.countParticipantsByTargetGroup";

    public static final int NAME_LENGTH = 200;
    public static final int ORGANISATION_LENGTH = 200;
    public static final int ROLE_LENGTH = 200;
    /** RFC 5321's limit on a forward path. */
    public static final int EMAIL_LENGTH = 254;
    public static final int PHONE_LENGTH = 40;
    public static final int CONSENT_VERSION_LENGTH = 20;
    public static final int TOKEN_LENGTH = 64;
    public static final int MARKED_BY_LENGTH = 100;
    /** One @, no spaces, a dot in the domain: strict enough to catch typing slips, loose enough for real addresses. */
    public static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    public static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()/.-]{5,40}");

    @Id
    @SequenceGenerator(name = "registration_seq", sequenceName = "registration_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_seq")
    private Long id;

    @Version
    private long version;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id", nullable = false, updatable = false)
    private Event event;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "full_name", length = NAME_LENGTH, nullable = false)
    private String name;

    @Size(max = ORGANISATION_LENGTH)
    @Column(name = "organisation", length = ORGANISATION_LENGTH)
    private String organisation;

    @Size(max = ROLE_LENGTH)
    @Column(name = "role_title", length = ROLE_LENGTH)
    private String role;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "target_group_code", nullable = false)
    private TargetGroup targetGroup;

    @NotBlank
    @Size(max = EMAIL_LENGTH)
    @Column(name = "email", length = EMAIL_LENGTH, nullable = false)
    private String email;

    /** The e-mail while active, null once cancelled; unique per event in the database. */
    @Column(name = "active_email", length = EMAIL_LENGTH)
    private String activeEmail;

    @Size(max = PHONE_LENGTH)
    @Column(name = "phone", length = PHONE_LENGTH)
    private String phone;

    /** The language the registrant wrote in and is written to. */
    @NotNull
    @Column(name = "lang", length = Languages.CODE_LENGTH, nullable = false)
    private String language;

    @NotNull
    @Column(name = "consent_at", nullable = false)
    private LocalDateTime consentAt;

    @NotNull
    @Size(max = CONSENT_VERSION_LENGTH)
    @Column(name = "consent_version", length = CONSENT_VERSION_LENGTH, nullable = false)
    private String consentVersion;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = RegistrationStatus.LENGTH, nullable = false)
    private RegistrationStatus status;

    /** When the registration arrived; orders the waitlist. */
    @NotNull
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @NotNull
    @Column(name = "status_changed_at", nullable = false)
    private LocalDateTime statusChangedAt;

    @NotNull
    @Column(name = "cancel_token", length = TOKEN_LENGTH, nullable = false, updatable = false)
    private String cancelToken;

    /** When the person was marked present at the event; null while not marked. */
    @Column(name = "attended_at")
    private LocalDateTime attendedAt;

    /** The username of whoever marked (or unmarked) the attendance last. */
    @Size(max = MARKED_BY_LENGTH)
    @Column(name = "attendance_marked_by", length = MARKED_BY_LENGTH)
    private String attendanceMarkedBy;

    protected Registration() {
    }

    /**
     * A new registration, confirmed or waitlisted as the caller decided from the event's room. The caller has
     * checked and normalised the person's details ({@link Registrant}).
     */
    public Registration(Event event, Registrant registrant, TargetGroup targetGroup, String consentVersion,
                        RegistrationStatus status, String cancelToken, LocalDateTime now) {
        this.event = Objects.requireNonNull(event, "event");
        this.name = Objects.requireNonNull(registrant.name(), "name");
        this.organisation = registrant.organisation();
        this.role = registrant.role();
        this.targetGroup = Objects.requireNonNull(targetGroup, "targetGroup");
        this.email = Objects.requireNonNull(registrant.email(), "email");
        this.phone = registrant.phone();
        this.language = Objects.requireNonNull(registrant.language(), "language");
        this.consentAt = Objects.requireNonNull(now, "now");
        this.consentVersion = Objects.requireNonNull(consentVersion, "consentVersion");
        if (status == null || !status.isActive()) throw new IllegalArgumentException("A new registration is confirmed or waitlisted");
        this.status = status;
        this.activeEmail = email;
        this.cancelToken = Objects.requireNonNull(cancelToken, "cancelToken");
        this.createdAt = now;
        this.statusChangedAt = now;
    }

    /** Cancels; the e-mail may register again afterwards. */
    public void cancel(LocalDateTime now) {
        if (status == RegistrationStatus.CANCELLED) return;
        status = RegistrationStatus.CANCELLED;
        activeEmail = null;
        statusChangedAt = now;
    }

    /** Moves a waitlisted registration to a confirmed place. */
    public void promote(LocalDateTime now) {
        if (status != RegistrationStatus.WAITLISTED) throw new IllegalStateException("Only a waitlisted registration is promoted");
        status = RegistrationStatus.CONFIRMED;
        statusChangedAt = now;
    }

    /** Marks the person present (or not); only a confirmed place can be attended. */
    public void markAttendance(boolean present, String markedBy, LocalDateTime now) {
        if (present && status != RegistrationStatus.CONFIRMED) {
            throw new IllegalStateException("Only a confirmed registration can be marked present");
        }
        attendedAt = present ? (attendedAt == null ? now : attendedAt) : null;
        attendanceMarkedBy = Objects.requireNonNull(markedBy, "markedBy");
    }

    public boolean isAttended() { return attendedAt != null; }
    public LocalDateTime getAttendedAt() { return attendedAt; }
    public String getAttendanceMarkedBy() { return attendanceMarkedBy; }
    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Event getEvent() { return event; }
    public String getName() { return name; }
    public String getOrganisation() { return organisation; }
    public String getRole() { return role; }
    public TargetGroup getTargetGroup() { return targetGroup; }
    public String getEmail() { return email; }
    public String getPhone() { return phone; }
    public String getLanguage() { return language; }
    public LocalDateTime getConsentAt() { return consentAt; }
    public String getConsentVersion() { return consentVersion; }
    public RegistrationStatus getStatus() { return status; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getStatusChangedAt() { return statusChangedAt; }
    public String getCancelToken() { return cancelToken; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Registration r && id != null && id.equals(r.id);
    }

    @Override
    public int hashCode() {
        return Registration.class.hashCode();
    }

    @Override
    public String toString() {
        return "Registration[" + id + ", " + status + "]";
    }
}
