package bg.integra.forum;

import bg.integra.common.Filtered;
import bg.integra.common.NotFoundException;
import bg.integra.common.Page;
import bg.integra.common.PageRequest;
import bg.integra.common.ReadOnly;
import bg.integra.portalaccount.AccountStatus;
import bg.integra.portalaccount.PortalAccount;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.Optional;

/**
 * What the forum shows to everyone, on the portal and in the API: its categories, their visible topics, and a
 * topic's visible posts, each list paged in the database. Reads are read-only (the shared cache's objects): never
 * change what they return.
 */
@Stateless
@PermitAll
public class ForumService {

    @PersistenceContext
    private EntityManager em;

    public List<ForumCategory> categories() {
        return ReadOnly.query(em.createNamedQuery(ForumCategory.FIND_ALL, ForumCategory.class)).getResultList();
    }

    public Optional<ForumCategory> category(String slug) {
        if (slug == null) return Optional.empty();
        return ReadOnly.query(em.createNamedQuery(ForumCategory.FIND_BY_SLUG, ForumCategory.class))
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    /** Visible topics of a category (null: of all), pinned ones first in a category. */
    public Page<ForumTopic> topics(Long categoryId, @NotNull TopicOrder order, @NotNull PageRequest request) {
        return Filtered.of(ForumTopic.class, "t")
                .where("t.status = bg.integra.forum.PostStatus.VISIBLE")
                .where("t.category.id = :category", "category", categoryId)
                .fetch("JOIN FETCH t.author JOIN FETCH t.lastPoster JOIN FETCH t.category")
                .readOnly()
                .page(em, order.orderBy(categoryId != null), request);
    }

    /** A visible topic; another one is not found (a held or hidden topic is not there for readers). */
    public ForumTopic topic(long id) {
        ForumTopic topic = ReadOnly.find(em, ForumTopic.class, id);
        if (topic == null || !topic.isVisible()) throw new NotFoundException("ForumTopic", id);
        return topic;
    }

    /** A topic's visible posts in order, with their authors. */
    public Page<ForumPost> posts(long topicId, @NotNull PageRequest request) {
        topic(topicId);
        return Filtered.of(ForumPost.class, "p")
                .where("p.topic.id = :topic", "topic", topicId)
                .where("p.status = bg.integra.forum.PostStatus.VISIBLE")
                .fetch("JOIN FETCH p.author")
                .readOnly()
                .page(em, "p.number", request);
    }

    /**
     * A post of the account's own that it may still edit (shown or held for a moderator), with its topic; another
     * one, or one a moderator hid or deleted, is not found.
     */
    public ForumPost ownPost(long accountId, long postId) {
        ForumPost post = ReadOnly.find(em, ForumPost.class, postId);
        if (post == null || !post.getAuthor().getId().equals(accountId)
                || post.getStatus() != PostStatus.VISIBLE && post.getStatus() != PostStatus.HELD) {
            throw new NotFoundException("ForumPost", postId);
        }
        return post;
    }

    /** The page (from 0) of a topic on which its post {@code number} is shown, at {@code size} posts a page. */
    public int pageOf(long topicId, int number, int size) {
        long before = em.createQuery("SELECT COUNT(p) FROM ForumPost p WHERE p.topic.id = :topic"
                        + " AND p.status = bg.integra.forum.PostStatus.VISIBLE AND p.number < :number", Long.class)
                .setParameter("topic", topicId).setParameter("number", number).getSingleResult();
        return (int) (before / Math.max(1, size));
    }

    /**
     * A member's public page, by the handle others mention (in any case): a confirmed account that has not been
     * deleted. An unconfirmed or deleted one is not found, so that the page tells nobody that an address signed up.
     */
    public PortalAccount member(String handle) {
        String normalised = PortalAccount.normaliseHandle(handle);
        return ReadOnly.query(em.createNamedQuery(PortalAccount.FIND_BY_HANDLE, PortalAccount.class))
                .setParameter("handle", normalised).getResultStream()
                .filter(a -> a.getStatus() == AccountStatus.ACTIVE)
                .findFirst().orElseThrow(() -> new NotFoundException("PortalAccount", normalised));
    }

    /** A member's visible posts in visible topics, the newest first, each with its topic. */
    public Page<ForumPost> postsBy(long accountId, @NotNull PageRequest request) {
        return Filtered.of(ForumPost.class, "p")
                .where("p.author.id = :author", "author", accountId)
                .where("p.status = bg.integra.forum.PostStatus.VISIBLE")
                .where("p.topic.status = bg.integra.forum.PostStatus.VISIBLE")
                .fetch("JOIN FETCH p.topic")
                .readOnly()
                .page(em, "p.createdAt DESC, p.id DESC", request);
    }

    /** How many visible topics the member has started. */
    public long topicsStartedBy(long accountId) {
        return em.createQuery("SELECT COUNT(t) FROM ForumTopic t WHERE t.author.id = :author"
                        + " AND t.status = bg.integra.forum.PostStatus.VISIBLE", Long.class)
                .setParameter("author", accountId).getSingleResult();
    }

    /**
     * A visible topic with a solution, both its first post and the solution visible: what a member turns into a case
     * of the knowledge base. Another topic is not found.
     */
    public SolvedTopic solved(long topicId) {
        ForumTopic topic = topic(topicId);
        if (topic.getSolutionNumber() == null) throw new NotFoundException("SolvedTopic", topicId);
        List<ForumPost> posts = ReadOnly.query(em.createQuery("SELECT p FROM ForumPost p WHERE p.topic.id = :topic"
                        + " AND p.number IN :numbers AND p.status = bg.integra.forum.PostStatus.VISIBLE", ForumPost.class))
                .setParameter("topic", topicId).setParameter("numbers", List.of(1, topic.getSolutionNumber()))
                .getResultList();
        String question = null;
        String answer = null;
        for (ForumPost p : posts) {
            if (p.getNumber() == 1) question = p.getMarkdown();
            if (p.getNumber() == topic.getSolutionNumber()) answer = p.getMarkdown();
        }
        if (question == null || answer == null) throw new NotFoundException("SolvedTopic", topicId);
        return new SolvedTopic(topicId, topic.getTitle(), topic.getLanguage(), question, answer, "/forum/t/" + topic.path());
    }

    /** How many of the account's notifications are unread: the count beside its name on every forum page. */
    public long unread(long accountId) {
        return em.createNamedQuery(ForumNotification.COUNT_UNREAD, Long.class).setParameter("account", accountId)
                .getSingleResult();
    }

    /** The account's notifications, newest first. */
    public Page<ForumNotification> notifications(long accountId, @NotNull PageRequest request) {
        return Filtered.of(ForumNotification.class, "n")
                .where("n.account.id = :account", "account", accountId)
                .fetch("JOIN FETCH n.topic JOIN FETCH n.actor")
                .page(em, "n.createdAt DESC, n.id DESC", request);
    }
}
