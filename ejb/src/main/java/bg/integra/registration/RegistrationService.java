package bg.integra.registration;

import bg.integra.audit.AuditAction;
import bg.integra.audit.AuditState;
import bg.integra.audit.AuditTrail;
import bg.integra.common.ConflictException;
import bg.integra.common.FieldProblem;
import bg.integra.common.InvalidInputException;
import bg.integra.common.MailSettings;
import bg.integra.common.NotFoundException;
import bg.integra.content.Content;
import bg.integra.event.Event;
import bg.integra.mail.MailOutbox;
import bg.integra.project.TargetGroup;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.constraints.NotNull;

import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Registration for public events. Anyone may register for a published event that has not started, once per
 * e-mail address: with a confirmed place while the event has room, else on the waitlist in order of arrival.
 * Whoever holds a registration's cancel token may cancel it; a freed place goes to the earliest on the waitlist.
 * Its e-mails are stored in the mail outbox in the same transaction as the registration, and sent once it commits:
 * a mail server that is down delays a mail but loses neither it nor the registration.
 * <p>
 * Registrations of one event are serialised by a row lock on the event ({@code SELECT … FOR UPDATE}, the same
 * on H2 and PostgreSQL), so that counting the places and taking one cannot interleave; the database's
 * "one active registration per e-mail and event" constraint is the backstop for duplicates.
 * <p>
 * Registering is public by design; the API limits how often and how much a client may send.
 */
@Stateless
@PermitAll
public class RegistrationService {

    /** The version of the stated purpose of processing (bundle key {@code reg.consent.purpose}) people consent to. */
    public static final String CONSENT_VERSION = "2026-11";
    /** Tokens are 32 random bytes in URL-safe Base64: 43 characters. */
    static final int TOKEN_BYTES = 32;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final MailSettings MAIL_SETTINGS = MailSettings.fromEnvironment();
    private static final String DUPLICATE = "This e-mail address is already registered for this event, so there is nothing"
            + " more to do: your place is kept, and the e-mail we sent you has a link if you wish to cancel.";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MailOutbox outbox;

    @Inject
    private AuditTrail audit;

    public List<TargetGroup> targetGroups() {
        return em.createNamedQuery(TargetGroup.FIND_ALL, TargetGroup.class).getResultList();
    }

    /**
     * Registers a person for a published event that has not started.
     *
     * @throws NotFoundException     the event does not exist or is not published
     * @throws InvalidInputException a field is missing or wrong, the target group is unknown or consent not given
     * @throws ConflictException     the event has started, or the e-mail is already registered for it
     */
    public Registration register(long eventId, @NotNull Registrant registrant, Boolean consent, String consentVersion) {
        publishedEvent(eventId); // an unknown event is a 404 before any field is judged
        Registrant person = registrant.normalised();
        Map<String, FieldProblem> problems = new LinkedHashMap<>(person.problems());
        TargetGroup group = person.targetGroup() == null ? null : em.find(TargetGroup.class, person.targetGroup());
        if (person.targetGroup() != null && group == null) {
            problems.put("targetGroup", FieldProblem.notOneOf(targetGroups().stream().map(TargetGroup::getCode).toList()));
        }
        if (!Boolean.TRUE.equals(consent)) problems.put("consent", FieldProblem.consentRequired());
        if (consentVersion != null && !CONSENT_VERSION.equals(consentVersion.strip())) {
            problems.put("consentVersion", FieldProblem.consentVersion(CONSENT_VERSION));
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);

        lock(eventId);
        Event event = publishedEvent(eventId);
        LocalDateTime now = LocalDateTime.now(Content.ZONE);
        requireNotStarted(event, now, "Registration has closed: the event started at ");
        long active = em.createNamedQuery(Registration.COUNT_ACTIVE_BY_EMAIL, Long.class)
                .setParameter("event", eventId).setParameter("email", person.email()).getSingleResult();
        if (active > 0) throw new ConflictException("reg.duplicate", DUPLICATE);

        Occupancy occupancy = occupancy(eventId);
        RegistrationStatus status = occupancy.placesLeft() == null || occupancy.placesLeft() > 0
                ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
        Registration registration = new Registration(event, person, group, CONSENT_VERSION, status, newToken(), now);
        em.persist(registration);
        try {
            em.flush();
        } catch (PersistenceException e) { // the unique constraint: only if the lock was bypassed
            throw new ConflictException("reg.duplicate", DUPLICATE);
        }
        audit.created(registration);
        enqueue(mail(registration, status == RegistrationStatus.CONFIRMED
                ? RegistrationMail.Kind.CONFIRMED : RegistrationMail.Kind.WAITLISTED));
        return loaded(registration);
    }

    /**
     * Cancels the registration that the token belongs to and gives a freed place to the earliest on the waitlist.
     * Cancelling twice is harmless.
     *
     * @throws NotFoundException no registration has this token
     * @throws ConflictException the event has already started
     */
    public Registration cancel(@NotNull String token) {
        Registration registration = byToken(token);
        long eventId = registration.getEvent().getId();
        lock(eventId);
        em.refresh(registration); // it may have been promoted or cancelled while we waited for the lock
        if (registration.getStatus() == RegistrationStatus.CANCELLED) return loaded(registration);
        Event event = registration.getEvent();
        LocalDateTime now = LocalDateTime.now(Content.ZONE);
        requireNotStarted(event, now, "The event started at ");
        boolean freesPlace = registration.getStatus() == RegistrationStatus.CONFIRMED;
        AuditState before = registration.auditState();
        registration.cancel(now);
        em.flush();
        audit.record(AuditAction.CANCEL, registration, before);
        if (freesPlace) promoteFromWaitlist(event, now);
        return loaded(registration);
    }

    /** The registration a token belongs to, for the registrant who holds it. */
    public Registration registration(@NotNull String token) {
        return loaded(byToken(token));
    }

    /** Loads what the registrant's view shows before the entity leaves the transaction. */
    private static Registration loaded(Registration r) {
        r.getEvent().getTexts().size();
        r.getTargetGroup().getNames().size();
        return r;
    }

    /** The place of a registration on its event's waitlist (1 = next to be promoted); 0 when it is not waiting. */
    public int waitlistPosition(@NotNull Registration registration) {
        return em.createNamedQuery(Registration.WAITLIST_POSITION, Long.class)
                .setParameter("id", registration.getId()).getSingleResult().intValue();
    }

    public Occupancy occupancy(long eventId) {
        Event event = em.find(Event.class, eventId);
        if (event == null) throw new NotFoundException("Event", eventId);
        long confirmed = 0;
        long waitlisted = 0;
        for (Object[] row : em.createNamedQuery(Registration.COUNT_BY_STATUS, Object[].class)
                .setParameter("event", eventId).getResultList()) {
            if (row[0] == RegistrationStatus.CONFIRMED) confirmed = (Long) row[1];
            if (row[0] == RegistrationStatus.WAITLISTED) waitlisted = (Long) row[1];
        }
        return new Occupancy(event.getCapacity(), confirmed, waitlisted);
    }

    /** Fills every free place from the waitlist, earliest first (one place after a cancellation, more if capacity grew). */
    private void promoteFromWaitlist(Event event, LocalDateTime now) {
        Integer free = occupancy(event.getId()).placesLeft();
        var query = em.createNamedQuery(Registration.FIND_WAITLIST, Registration.class).setParameter("event", event.getId());
        if (free != null) {
            if (free == 0) return;
            query.setMaxResults(free);
        }
        for (Registration next : query.getResultList()) {
            AuditState before = next.auditState();
            next.promote(now);
            audit.record(AuditAction.PROMOTE, next, before);
            if (!next.isErased()) enqueue(mail(next, RegistrationMail.Kind.PROMOTED)); // an erased person has no address
        }
        em.flush();
    }

    /** Waits for, then holds until commit, the lock that serialises the registrations of one event. */
    private void lock(long eventId) {
        List<?> rows = em.createNativeQuery("SELECT id FROM event WHERE id = ? FOR UPDATE")
                .setParameter(1, eventId).getResultList();
        if (rows.isEmpty()) throw new NotFoundException("Event", eventId);
    }

    private Event publishedEvent(long eventId) {
        Event event = em.find(Event.class, eventId);
        if (event == null || !event.isPublished()) throw new NotFoundException("Event", eventId);
        return event;
    }

    private static void requireNotStarted(Event event, LocalDateTime now, String message) {
        if (!now.isBefore(event.getStartsAt())) {
            throw new ConflictException("reg.closed", message + event.getStartsAt().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                    + " (Bulgarian time)", event.getStartsAt());
        }
    }

    private Registration byToken(String token) {
        if (token == null || token.length() > Registration.TOKEN_LENGTH) throw new NotFoundException("Registration", "with this token");
        return em.createNamedQuery(Registration.FIND_BY_TOKEN, Registration.class).setParameter("token", token)
                .getResultStream().filter(r -> !r.isErased()).findFirst()
                .orElseThrow(() -> new NotFoundException("Registration", "with this token"));
    }

    /** A fresh random token: a registration's cancel token (also from an imported list), or an erased one's unusable token. */
    public static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private void enqueue(RegistrationMail mail) {
        RegistrationMails.Text text = RegistrationMails.compose(mail, MAIL_SETTINGS.publicUrl());
        outbox.enqueue(mail.to(), text.subject(), text.body(), RegistrationMails.kind(mail));
    }

    private static RegistrationMail mail(Registration r, RegistrationMail.Kind kind) {
        String lang = Registrant.mailLanguage(r.getLanguage());
        Event e = r.getEvent();
        return new RegistrationMail(kind, r.getEmail(), r.getName(), lang, e.text(lang).getTitle(), e.getStartsAt(),
                e.getVenue(), e.getCity(), r.getCancelToken());
    }
}
