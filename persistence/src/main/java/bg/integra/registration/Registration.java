package bg.integra.registration;

import bg.integra.audit.AuditState;
import bg.integra.audit.Audited;
import bg.integra.audit.AuditedType;
import bg.integra.common.Languages;
import bg.integra.event.Event;
import bg.integra.project.TargetGroup;
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
 * <p>
 * On request, or once the retention period has passed, a registration is erased: the person's details are
 * replaced by placeholders while the target group, status, attendance and dates stay, so that the counts a
 * project reports do not change.
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
        query = "SELECT COUNT(DISTINCT COALESCE(CAST(r.participant_ref AS VARCHAR(20)), LOWER(r.email))) FROM registration r JOIN content c ON c.id = r.event_id"
                + " WHERE c.project_id = ? AND c.status = 'PUBLISHED' AND r.attended_at IS NOT NULL AND r.status <> 'CANCELLED'")
@NamedNativeQuery(name = Registration.COUNT_PARTICIPANTS_BY_TARGET_GROUP,
        query = "SELECT r.target_group_code, COUNT(DISTINCT COALESCE(CAST(r.participant_ref AS VARCHAR(20)), LOWER(r.email))) FROM registration r JOIN content c ON c.id = r.event_id"
                + " WHERE c.project_id = ? AND c.status = 'PUBLISHED' AND r.attended_at IS NOT NULL AND r.status <> 'CANCELLED'"
                + " GROUP BY r.target_group_code")
@NamedQuery(name = Registration.COUNT_BY_EVENT_OF_PROJECT,
        query = "SELECT r.event.id,"
                + " SUM(CASE WHEN r.status = bg.integra.registration.RegistrationStatus.CONFIRMED THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN r.attendedAt IS NOT NULL AND r.status <> bg.integra.registration.RegistrationStatus.CANCELLED THEN 1 ELSE 0 END)"
                + " FROM Registration r WHERE r.event.project.id = :project GROUP BY r.event.id")
// both sides from the database: a cached entity's time may be finer than the stored one
@NamedQuery(name = Registration.WAITLIST_POSITION,
        query = "SELECT COUNT(r) FROM Registration r, Registration me WHERE me.id = :id AND r.event = me.event"
                + " AND me.status = bg.integra.registration.RegistrationStatus.WAITLISTED"
                + " AND r.status = bg.integra.registration.RegistrationStatus.WAITLISTED"
                + " AND (r.createdAt < me.createdAt OR (r.createdAt = me.createdAt AND r.id <= me.id))")
@NamedQuery(name = Registration.FIND_BY_EVENT,
        query = "SELECT r FROM Registration r JOIN FETCH r.targetGroup WHERE r.event.id = :event ORDER BY r.name, r.id")
@NamedQuery(name = Registration.COUNT_ATTENDANCE,
        query = "SELECT r.event.id, r.status, COUNT(r), COUNT(r.attendedAt) FROM Registration r"
                + " WHERE r.event.id IN :events GROUP BY r.event.id, r.status")
// before an erasure: the person's registrations not yet linked share one reference (see participantRef); native,
// as a JPQL bulk update would raise the version of rows the erasing transaction holds and then refuse its own change
@NamedNativeQuery(name = Registration.LINK_PERSON,
        query = "UPDATE registration SET participant_ref = ?"
                + " WHERE email IN (?, ?) AND participant_ref IS NULL AND erased_at IS NULL")
@NamedQuery(name = Registration.FIND_BY_EMAIL,
        query = "SELECT r FROM Registration r JOIN FETCH r.event JOIN FETCH r.targetGroup WHERE r.email = :email"
                + " ORDER BY r.createdAt, r.id")
@NamedQuery(name = Registration.FIND_EXPIRED,
        query = "SELECT r FROM Registration r WHERE r.erasedAt IS NULL AND r.event.id IN (SELECT e.id FROM Event e"
                + " WHERE e.endsAt < :cutoff OR (e.endsAt IS NULL AND e.startsAt < :cutoff)) ORDER BY r.id")
public class Registration implements Audited {

    /** Per event of a project: (event id, confirmed registrations, people present); the final report's counts. */
    public static final String COUNT_BY_EVENT_OF_PROJECT = "Registration.countByEventOfProject";

    public static final String FIND_BY_TOKEN = "Registration.findByToken";
    public static final String COUNT_BY_EVENT = "Registration.countByEvent";
    public static final String COUNT_BY_STATUS = "Registration.countByStatus";
    public static final String COUNT_ACTIVE_BY_EMAIL = "Registration.countActiveByEmail";
    public static final String FIND_WAITLIST = "Registration.findWaitlist";
    public static final String WAITLIST_POSITION = "Registration.waitlistPosition";
    /** An event's registrations by name, their target groups loaded: the attendance page and sheet. */
    public static final String FIND_BY_EVENT = "Registration.findByEvent";
    /** Per event and status: how many, and how many were marked present. */
    public static final String COUNT_ATTENDANCE = "Registration.countAttendance";
    public static final String FIND_BY_EMAIL = "Registration.findByEmail";
    public static final String LINK_PERSON = "Registration.linkPerson";
    public static final String FIND_EXPIRED = "Registration.findExpired";
    /** The domain of the placeholder e-mails of erased registrations; .invalid never delivers (RFC 2606). */
    public static final String ERASED_DOMAIN = "erased.invalid";
    /**
     * Distinct people (e-mail, lower-cased) present at the project's published events, the events the indicators count
     * as held; SQL for the lower-cased DISTINCT.
     */
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
    @Column(name = "cancel_token", length = TOKEN_LENGTH, nullable = false)
    private String cancelToken;

    /** When the person was marked present at the event; null while not marked. */
    @Column(name = "attended_at")
    private LocalDateTime attendedAt;

    /** The username of whoever marked (or unmarked) the attendance last. */
    @Size(max = MARKED_BY_LENGTH)
    @Column(name = "attendance_marked_by", length = MARKED_BY_LENGTH)
    private String attendanceMarkedBy;

    /** When the person's details were erased; null while they are kept. */
    @Column(name = "erased_at")
    private LocalDateTime erasedAt;

    /**
     * Who the person was, once their e-mail may be gone: null while every registration of the person still has
     * its e-mail (a count of distinct participants goes by the e-mail); set on all of the person's registrations,
     * to the id of the first one erased, when one of them is erased, so that the count stays the same.
     */
    @Column(name = "participant_ref")
    private Long participantRef;

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

    /**
     * Erases the person's details: placeholders that pass the column rules in place of the name and e-mail, no
     * organisation, role or phone, no active e-mail (the address may register again) and a fresh cancel token
     * that nobody was sent. Target group, language, status, attendance, consent and dates stay. Erasing twice
     * changes nothing.
     *
     * @return whether anything was erased
     */
    public boolean erase(String unusedToken, LocalDateTime now) {
        if (erasedAt != null) return false;
        String placeholder = "erased-" + Objects.requireNonNull(id, "an unsaved registration has nothing to erase");
        name = placeholder;
        organisation = null;
        role = null;
        email = placeholder + "@" + ERASED_DOMAIN;
        activeEmail = null;
        phone = null;
        cancelToken = Objects.requireNonNull(unusedToken, "unusedToken");
        erasedAt = Objects.requireNonNull(now, "now");
        return true;
    }

    public boolean isErased() { return erasedAt != null; }
    public Long getParticipantRef() { return participantRef; }
    public LocalDateTime getErasedAt() { return erasedAt; }

    @Override
    public AuditedType auditedType() { return AuditedType.REGISTRATION; }

    @Override
    public Long auditedProjectId() { return event == null || event.getProject() == null ? null : event.getProject().getId(); }

    @Override
    public AuditState auditState() {
        return AuditState.of()
                .put("event", event == null ? null : event.getId())
                .personal("name", name)
                .personal("organisation", organisation)
                .personal("role", role)
                .put("targetGroup", targetGroup == null ? null : targetGroup.getCode())
                .personal("email", email)
                .personal("phone", phone)
                .put("language", language)
                .put("consentAt", consentAt)
                .put("consentVersion", consentVersion)
                .put("status", status)
                .put("attendedAt", attendedAt)
                .put("attendanceMarkedBy", attendanceMarkedBy)
                .put("erasedAt", erasedAt);
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
