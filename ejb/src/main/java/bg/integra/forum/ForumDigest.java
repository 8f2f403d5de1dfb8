package bg.integra.forum;

import bg.integra.common.MailSettings;
import bg.integra.mail.MailOutbox;
import bg.integra.portalaccount.AccountMails;
import bg.integra.portalaccount.PortalAccount;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The weekly digest: to each account that takes it and follows categories, the visible topics started in them since
 * its last digest (at most a week back), one mail, in its language, with the one-click link that stops it. An
 * account is marked as sent in the transaction that enqueues its mail, so a run that is interrupted and run again
 * sends nobody twice. Accounts are taken {@value #BATCH} at a time, each batch in a transaction of its own.
 */
@Stateless
@PermitAll
public class ForumDigest {

    static final int BATCH = 50;
    static final int MAX_TOPICS = 30;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private MailOutbox outbox;

    private final MailSettings mail = MailSettings.fromEnvironment();

    /**
     * The ids of accounts that may be due a digest at {@code now}: with an address, following a category, not sent
     * one for six days. Whether it takes the digest is {@link #send}'s check: EclipseLink writes a boolean parameter
     * as 1, which H2 2 does not compare with a BOOLEAN column.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> due(@NotNull LocalDateTime now, long afterId) {
        return em.createQuery("SELECT a.id FROM PortalAccount a WHERE a.email IS NOT NULL"
                        + " AND a.status = bg.integra.portalaccount.AccountStatus.ACTIVE AND a.id > :after"
                        + " AND (a.lastDigestAt IS NULL OR a.lastDigestAt < :since)"
                        + " AND EXISTS (SELECT f FROM ForumFollow f WHERE f.accountId = a.id) ORDER BY a.id", Long.class)
                .setParameter("after", afterId).setParameter("since", now.minusDays(6))
                .setMaxResults(BATCH).getResultList();
    }

    /** One account's digest; answers whether a mail was enqueued (none when nothing is new). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean send(long accountId, @NotNull LocalDateTime now) {
        PortalAccount account = em.find(PortalAccount.class, accountId);
        if (account == null || !account.mayMail() || !account.isDigest()) return false;
        LocalDateTime since = account.getLastDigestAt() == null || account.getLastDigestAt().isBefore(now.minusDays(7))
                ? now.minusDays(7) : account.getLastDigestAt();
        List<ForumTopic> topics = em.createQuery("SELECT t FROM ForumTopic t JOIN FETCH t.category WHERE t.status ="
                        + " bg.integra.forum.PostStatus.VISIBLE AND t.createdAt > :since AND t.createdAt <= :now AND t.category.id IN"
                        + " (SELECT f.categoryId FROM ForumFollow f WHERE f.accountId = :account) ORDER BY t.createdAt DESC, t.id DESC",
                        ForumTopic.class)
                .setParameter("since", since).setParameter("now", now).setParameter("account", accountId)
                .setMaxResults(MAX_TOPICS).getResultList();
        account.digestSent(now);
        if (topics.isEmpty()) return false;
        StringBuilder list = new StringBuilder();
        for (ForumTopic t : topics) {
            list.append("- ").append(t.getTitle()).append(" (").append(t.getCategory().name(account.getLanguage())).append(")\n  ")
                    .append(mail.publicUrl()).append("/forum/t/").append(t.path()).append("?lang=").append(account.getLanguage()).append('\n');
        }
        AccountMails.Text text = AccountMails.compose("digest", account.getLanguage(), AccountMails.optOutLink(mail, account),
                account.getDisplayName(), list.toString().strip(), mail.publicUrl() + "/forum?lang=" + account.getLanguage());
        outbox.enqueue(account.getEmail(), text.subject(), text.body(), "FORUM_DIGEST");
        return true;
    }
}
