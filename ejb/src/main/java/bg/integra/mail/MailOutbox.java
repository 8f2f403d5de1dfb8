package bg.integra.mail;

import bg.integra.account.Roles;
import bg.integra.common.Page;
import bg.integra.common.PageRequest;
import bg.integra.content.Content;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * The one mail outbox of the application: registrations today, the forum, training and surveys later. A feature
 * composes its mail and {@linkplain #enqueue enqueues} it in the transaction that stores what the mail reports,
 * so the mail exists exactly when that does, even across a kill -9; {@link MailSender} sends it after the commit,
 * and {@link MailRetryJob} again while the mail server is down. The other methods are the sender's and the
 * timer's steps, each in a short transaction of its own, so that no transaction waits on the mail server.
 */
@Stateless
@PermitAll
@DeclareRoles({Roles.ADMIN, Roles.COORDINATOR})
public class MailOutbox {

    /** How long a sender holds a mail it claimed: far longer than the SMTP timeouts of {@code MailSettings}. */
    static final Duration CLAIM = Duration.ofMinutes(2);
    static final Duration KEEP_SENT = Duration.ofDays(30);
    static final Duration KEEP_UNSENT = Duration.ofDays(90);
    private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<MailEnqueued> enqueued;

    private final MailRetry retry = MailRetry.fromEnvironment();

    /**
     * Stores a composed mail in the caller's transaction, which must exist: a mail without the record it reports
     * on is what this outbox prevents. Once that transaction commits the mail is sent at once; answers its id.
     *
     * @param kind what the mail is about, e.g. {@code REGISTRATION_CONFIRMED}
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public long enqueue(@NotNull String to, @NotNull String subject, @NotNull String body, @NotNull String kind) {
        OutboxMail mail = new OutboxMail(to, subject, body, kind, now());
        em.persist(mail);
        em.flush(); // the id, and a bad row fails here, in the caller's transaction
        enqueued.fire(new MailEnqueued(mail.getId()));
        return mail.getId();
    }

    /**
     * Takes a pending mail for {@link #CLAIM} unless another sender holds it: one row updated means it is ours. Answers
     * the mail to send, or null when it is sent, given up on, claimed elsewhere or gone (erased, rolled back).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public OutboxMail claim(long id) {
        LocalDateTime now = now();
        int claimed = em.createNamedQuery(OutboxMail.CLAIM).setParameter("id", id)
                .setParameter("until", now.plus(CLAIM)).setParameter("now", now).executeUpdate();
        return claimed == 1 ? em.find(OutboxMail.class, id) : null;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void sent(long id) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        if (mail != null) mail.sent(now()); // null: erased while it was being sent
    }

    /** A failed attempt: the next one after the backoff, or none once the mail is too old to send. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(long id, String error) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        if (mail == null) return;
        LocalDateTime now = now();
        boolean giveUp = retry.givesUp(mail.getCreatedAt(), now);
        mail.failed(error, now.plus(retry.delayAfter(mail.getAttempts() + 1)), giveUp);
        if (giveUp) {
            LOG.warning(() -> "E-mail " + id + " (" + mail.getKind() + ") given up on after " + mail.getAttempts()
                    + " attempts since " + mail.getCreatedAt() + ": " + error);
        }
    }

    /** The ids of pending mails whose next attempt is due and that nobody holds, the longest waiting first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> due(int max) {
        return em.createNamedQuery(OutboxMail.FIND_DUE, Long.class).setParameter("now", now())
                .setMaxResults(max).getResultList();
    }

    /**
     * Deletes sent mails after {@link #KEEP_SENT} and the others after {@link #KEEP_UNSENT}: they hold addresses.
     * A pending mail that old was never attempted (no SMTP server configured). Answers how many went.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int purge(@NotNull LocalDateTime now) {
        return em.createNamedQuery(OutboxMail.PURGE_SENT).setParameter("before", now.minus(KEEP_SENT)).executeUpdate()
                + em.createNamedQuery(OutboxMail.PURGE_UNSENT).setParameter("before", now.minus(KEEP_UNSENT)).executeUpdate();
    }

    /** Deletes every mail to the address, sent or not, in the caller's transaction (an erasure of personal data). */
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int forget(@NotNull String address) {
        return em.createNamedQuery(OutboxMail.DELETE_TO)
                .setParameter("recipient", address.strip().toLowerCase(Locale.ROOT)).executeUpdate();
    }

    /**
     * The mails in the given statuses (none given: those not sent, pending and failed), newest first, paged in the
     * database, for the back-office's read-only list.
     */
    @RolesAllowed(Roles.ADMIN)
    public Page<OutboxMail> list(Set<MailStatus> statuses, @NotNull PageRequest request) {
        Set<MailStatus> wanted = statuses == null || statuses.isEmpty() ? EnumSet.of(MailStatus.PENDING, MailStatus.FAILED) : statuses;
        long total = em.createNamedQuery(OutboxMail.COUNT_BY_STATUS, Long.class).setParameter("statuses", wanted).getSingleResult();
        List<OutboxMail> items = em.createNamedQuery(OutboxMail.FIND_BY_STATUS, OutboxMail.class).setParameter("statuses", wanted)
                .setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        return new Page<>(items, request.page(), request.size(), total);
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(Content.ZONE);
    }
}
