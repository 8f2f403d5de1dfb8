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

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells people of a post once it is visible (a held post when it is approved): the topic's author and the author
 * of the post answered (REPLY), those mentioned (MENTION, at most {@value #MAX_MENTIONS} a post) and those who watch
 * the topic (WATCHED), each at most once per post, never the writer. Each gets a notification in the site and, if
 * their account takes mail, an e-mail through the outbox, in the transaction that made the post visible: a mail
 * goes out only for a post that is stored.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ForumNotices {

    static final int MAX_MENTIONS = 10;
    private static final int EXCERPT = 300;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private MailOutbox outbox;

    private final MailSettings mail = MailSettings.fromEnvironment();

    public void postShown(ForumPost post, Set<String> mentions, LocalDateTime now) {
        ForumTopic topic = post.getTopic();
        PortalAccount writer = post.getAuthor();
        Map<Long, Notice> notices = new LinkedHashMap<>();
        if (!mentions.isEmpty()) {
            em.createNamedQuery(PortalAccount.FIND_BY_HANDLES, PortalAccount.class)
                    .setParameter("handles", mentions.stream().limit(MAX_MENTIONS).toList())
                    .getResultList().forEach(a -> notices.putIfAbsent(a.getId(), new Notice(a, NotificationKind.MENTION)));
        }
        if (!post.isFirst()) notices.putIfAbsent(topic.getAuthor().getId(), new Notice(topic.getAuthor(), NotificationKind.REPLY));
        if (post.getReplyTo() != null) {
            em.createQuery("SELECT p.author FROM ForumPost p WHERE p.topic = :topic AND p.number = :number", PortalAccount.class)
                    .setParameter("topic", topic).setParameter("number", post.getReplyTo())
                    .getResultStream().findFirst()
                    .ifPresent(a -> notices.putIfAbsent(a.getId(), new Notice(a, NotificationKind.REPLY)));
        }
        List<PortalAccount> watchers = em.createQuery("SELECT a FROM PortalAccount a, ForumWatch w"
                        + " WHERE w.topicId = :topic AND w.accountId = a.id", PortalAccount.class)
                .setParameter("topic", topic.getId()).getResultList();
        watchers.forEach(a -> notices.putIfAbsent(a.getId(), new Notice(a, NotificationKind.WATCHED)));
        notices.remove(writer.getId());
        String excerpt = ForumMarkdown.excerpt(post.getMarkdown(), EXCERPT);
        for (Notice notice : notices.values()) {
            if (!notice.account().isActive()) continue;
            em.persist(new ForumNotification(notice.account(), notice.kind(), post, writer, now));
            if (notice.account().mayMail() && notice.account().isMailNotices()) {
                mail(notice.account(), notice.kind().name().toLowerCase(java.util.Locale.ROOT), post, writer, excerpt);
            }
        }
    }

    /** A held post was approved: its author hears so (in the site, and by mail if they take mail). */
    public void postApproved(ForumPost post, LocalDateTime now) {
        PortalAccount author = post.getAuthor();
        if (!author.isActive()) return;
        em.persist(new ForumNotification(author, NotificationKind.APPROVED, post, author, now));
        if (author.mayMail() && author.isMailNotices()) mail(author, "approved", post, author, "");
    }

    private void mail(PortalAccount to, String key, ForumPost post, PortalAccount writer, String excerpt) {
        ForumTopic topic = post.getTopic();
        String link = mail.publicUrl() + "/forum/t/" + topic.path() + "?post=" + post.getNumber() + "&lang="
                + to.getLanguage() + "#p" + post.getNumber();
        AccountMails.Text text = AccountMails.compose(key, to.getLanguage(), AccountMails.optOutLink(mail, to),
                to.getDisplayName(), writer.getDisplayName(), topic.getTitle(), excerpt, link);
        outbox.enqueue(to.getEmail(), text.subject(), text.body(), "FORUM_" + key.toUpperCase(java.util.Locale.ROOT));
    }

    private record Notice(PortalAccount account, NotificationKind kind) {
    }
}
