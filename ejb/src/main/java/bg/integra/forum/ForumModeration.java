package bg.integra.forum;

import bg.integra.content.Content;
import bg.integra.account.Roles;
import bg.integra.audit.AuditAction;
import bg.integra.audit.AuditState;
import bg.integra.audit.AuditTrail;
import bg.integra.common.ConflictException;
import bg.integra.common.FieldProblem;
import bg.integra.common.Filtered;
import bg.integra.common.InvalidInputException;
import bg.integra.common.NotFoundException;
import bg.integra.common.Page;
import bg.integra.common.PageRequest;
import bg.integra.common.Text;
import bg.integra.portalaccount.PortalAccount;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The moderators' decisions (roles MODERATOR and ADMIN): the queue of held and hidden posts, approving, hiding,
 * restoring, deleting and editing a post, pinning and closing a topic, silencing or suspending an account. Every
 * decision names its reason (required, except approving) and is in the audit trail with it. Locks follow the
 * writers' order: the author's account, the topic, its category.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.MODERATOR})
@RolesAllowed({Roles.ADMIN, Roles.MODERATOR})
public class ForumModeration {

    public static final int REASON_LENGTH = ForumPost.NOTE_LENGTH;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @EJB
    private ForumNotices notices;

    @Resource
    private SessionContext context;

    /** Held posts (waiting for approval) and hidden ones (flagged), the longest waiting first. */
    public Page<ForumPost> queue(@NotNull PageRequest request) {
        return Filtered.of(ForumPost.class, "p")
                .where("p.status IN (bg.integra.forum.PostStatus.HELD, bg.integra.forum.PostStatus.HIDDEN)")
                .fetch("JOIN FETCH p.author JOIN FETCH p.topic")
                .page(em, "p.createdAt, p.id", request);
    }

    public long queueSize() {
        return em.createQuery("SELECT COUNT(p) FROM ForumPost p WHERE p.status IN"
                + " (bg.integra.forum.PostStatus.HELD, bg.integra.forum.PostStatus.HIDDEN)", Long.class).getSingleResult();
    }

    /** A post as a moderator sees it, whatever its status. */
    public ForumPost post(long id) {
        ForumPost post = em.find(ForumPost.class, id);
        if (post == null) throw new NotFoundException("ForumPost", id);
        return post;
    }

    /** The open flags of a post and the earlier texts of it, for the moderator's decision. */
    public List<ForumFlag> flags(long postId) {
        return em.createQuery("SELECT f FROM ForumFlag f JOIN FETCH f.account WHERE f.post.id = :post ORDER BY f.createdAt",
                ForumFlag.class).setParameter("post", postId).getResultList();
    }

    public List<ForumPostRevision> revisions(long postId) {
        return em.createQuery("SELECT r FROM ForumPostRevision r WHERE r.post.id = :post ORDER BY r.revision DESC",
                ForumPostRevision.class).setParameter("post", postId).getResultList();
    }

    /** A held post goes out (its author's first posts count as approved), or a hidden one is shown again. */
    public void approve(long postId, String reason, long expectedVersion) {
        LocalDateTime now = LocalDateTime.now(Content.ZONE);
        ForumPost post = locked(postId, expectedVersion);
        PostStatus was = post.getStatus();
        if (was == PostStatus.VISIBLE) return;
        AuditState before = post.auditState();
        PostVisibility.show(post, Text.blankToNull(reason), now);
        resolveFlags(post, now);
        if (was == PostStatus.HELD) {
            post.getAuthor().countApprovedPost();
            notices.postApproved(post, now);
            notices.postShown(post, ForumMarkdown.render(post.getMarkdown(), true).mentions(), now);
        }
        audit.record(was == PostStatus.HELD ? AuditAction.APPROVE : AuditAction.RESTORE, post, before);
    }

    /** Hidden until a moderator shows it again (a first post hides its topic). */
    public void hide(long postId, String reason, long expectedVersion) {
        decide(postId, PostStatus.HIDDEN, AuditAction.HIDE, reason, expectedVersion);
    }

    /** Deleted for readers; kept for the trail and the author's export. */
    public void delete(long postId, String reason, long expectedVersion) {
        decide(postId, PostStatus.DELETED, AuditAction.DELETE, reason, expectedVersion);
    }

    /** A moderator's edit of a post (personal data, a broken link): the earlier text is kept as a revision. */
    public void edit(long postId, String markdown, String reason, long expectedVersion) {
        String why = required(reason);
        String text = markdown == null ? null : Text.withoutControlCharacters(markdown).strip();
        if (text == null || text.length() < ForumPost.MIN_LENGTH) throw new InvalidInputException(Map.of("text", FieldProblem.tooShort(ForumPost.MIN_LENGTH)));
        if (text.length() > ForumPost.MARKDOWN_LENGTH) throw new InvalidInputException(Map.of("text", FieldProblem.tooLong(ForumPost.MARKDOWN_LENGTH)));
        ForumPost post = locked(postId, expectedVersion);
        AuditState before = post.auditState();
        ForumWriting.revise(em, post, ForumMarkdown.render(text, post.getAuthor().getTrustLevel() >= 1).html(), text, moderator(), LocalDateTime.now(Content.ZONE));
        post.decide(post.getStatus(), why);
        audit.record(AuditAction.UPDATE, post, before);
    }

    public void pin(long topicId, boolean pinned, String reason) {
        String why = required(reason);
        ForumTopic topic = topic(topicId);
        AuditState before = topic.auditState();
        topic.pin(pinned, why);
        audit.record(AuditAction.UPDATE, topic, before);
    }

    public void close(long topicId, boolean closed, String reason) {
        String why = required(reason);
        ForumTopic topic = topic(topicId);
        AuditState before = topic.auditState();
        topic.close(closed, why);
        audit.record(AuditAction.UPDATE, topic, before);
    }

    /** The account may read but not write until {@code until} (null lifts it). */
    public void silence(long accountId, LocalDateTime until, String reason) {
        PortalAccount account = account(accountId);
        AuditState before = account.auditState();
        account.silence(until, required(reason));
        audit.record(AuditAction.SILENCE, account, before);
    }

    /** The account may not sign in until {@code until} (null lifts it). */
    public void suspend(long accountId, LocalDateTime until, String reason) {
        PortalAccount account = account(accountId);
        AuditState before = account.auditState();
        account.suspend(until, required(reason));
        audit.record(AuditAction.SUSPEND, account, before);
    }

    public PortalAccount account(long accountId) {
        PortalAccount account = em.find(PortalAccount.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null || account.isDeleted()) throw new NotFoundException("PortalAccount", accountId);
        return account;
    }

    private void decide(long postId, PostStatus status, AuditAction action, String reason, long expectedVersion) {
        String why = required(reason);
        ForumPost post = locked(postId, expectedVersion);
        if (post.getStatus() == status) return;
        AuditState before = post.auditState();
        PostVisibility.hide(post, status, why);
        resolveFlags(post, LocalDateTime.now(Content.ZONE));
        audit.record(action, post, before);
    }

    /** The post with its author's account, its topic and its category locked, in the writers' order. */
    private ForumPost locked(long postId, long expectedVersion) {
        ForumPost post = post(postId);
        em.lock(post.getAuthor(), LockModeType.PESSIMISTIC_WRITE);
        ForumTopic topic = em.find(ForumTopic.class, post.getTopic().getId(), LockModeType.PESSIMISTIC_WRITE);
        em.lock(topic.getCategory(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(topic.getCategory());
        em.lock(post, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(post);
        if (post.getVersion() != expectedVersion) throw ConflictException.stale("ForumPost", postId);
        return post;
    }

    private ForumTopic topic(long topicId) {
        ForumTopic topic = em.find(ForumTopic.class, topicId, LockModeType.PESSIMISTIC_WRITE);
        if (topic == null) throw new NotFoundException("ForumTopic", topicId);
        return topic;
    }

    private void resolveFlags(ForumPost post, LocalDateTime now) {
        em.createQuery("UPDATE ForumFlag f SET f.resolvedAt = :now WHERE f.post = :post AND f.resolvedAt IS NULL")
                .setParameter("now", now).setParameter("post", post).executeUpdate();
    }

    private String moderator() {
        return context.getCallerPrincipal().getName();
    }

    private static String required(String reason) {
        String why = Text.blankToNull(reason);
        if (why == null) throw new InvalidInputException(Map.of("reason", FieldProblem.required()));
        if (why.length() > REASON_LENGTH) throw new InvalidInputException(Map.of("reason", FieldProblem.tooLong(REASON_LENGTH)));
        return why.strip();
    }
}
