package bg.integra.testsupport;

import bg.integra.mail.MailStatus;
import bg.integra.mail.OutboxMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Mails of the outbox stored directly, without the immediate attempt, and the outbox as the database holds it.
 * A seeded mail's next attempt is a day away, so that the retry timer leaves it alone.
 */
@ApplicationScoped
@Transactional
public class MailSeeds {

    @PersistenceContext(unitName = "integra")
    private EntityManager em;

    /** A mail in the given status, stored at {@code createdAt} and (when SENT) sent at {@code sentAt}. */
    public long mail(String to, String status, LocalDateTime createdAt, LocalDateTime sentAt) {
        OutboxMail mail = new OutboxMail(to, "Тема", "Текст", "REGISTRATION_CONFIRMED", createdAt);
        em.persist(mail);
        em.flush();
        // JPQL, not SQL: a null sent_at is bound with its column's type (PostgreSQL refuses an untyped one)
        em.createQuery("UPDATE OutboxMail m SET m.status = :status, m.sentAt = :sentAt, m.nextAttemptAt = :next WHERE m.id = :id")
                .setParameter("status", MailStatus.valueOf(status)).setParameter("sentAt", sentAt)
                .setParameter("next", LocalDateTime.now().plusDays(1)).setParameter("id", mail.getId()).executeUpdate();
        return mail.getId();
    }

    /** Kind, status, attempts and last error of each mail to the address, oldest first, read with SQL. */
    @SuppressWarnings("unchecked")
    public List<Object[]> mails(String to) {
        return em.createNativeQuery("SELECT kind, status, attempts, last_error, id FROM outbox_mail WHERE recipient = ?"
                + " ORDER BY id").setParameter(1, to.toLowerCase(java.util.Locale.ROOT)).getResultList();
    }

    public boolean exists(long id) {
        return em.find(OutboxMail.class, id) != null;
    }
}
