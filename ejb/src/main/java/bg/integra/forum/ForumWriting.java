package bg.integra.forum;

import bg.integra.content.Content;
import bg.integra.common.ConflictException;
import bg.integra.common.FieldProblem;
import bg.integra.common.InvalidInputException;
import bg.integra.common.Languages;
import bg.integra.common.NotFoundException;
import bg.integra.common.RuleRefusedException;
import bg.integra.common.Text;
import bg.integra.media.InvalidFileException;
import bg.integra.media.StoredFile;
import bg.integra.media.StoredFiles;
import bg.integra.portalaccount.PortalAccount;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a signed-in portal account writes in the forum: topics, replies, edits of its own posts, flags, the
 * solution of its topic. The portal keeps who is signed in and names the account; every rule is checked here:
 * an active account that is neither silenced nor suspended, the pause between two posts, a new account's daily
 * limits and links, and a new account's first posts held for a moderator ({@link ForumSettings}).
 * <p>Locks are taken in one order, the writer's account, then the topic, then its category, so that parallel
 * replies to one topic are numbered and counted exactly and two writes never wait on each other in a circle.
 */
@Stateless
@PermitAll
public class ForumWriting {

    /** Where a new post is and whether it waits for a moderator. */
    public record Posted(long topicId, String topicPath, int number, PostStatus status) {
    }

    @PersistenceContext
    private EntityManager em;

    @EJB
    private ForumNotices notices;

    private final ForumSettings settings = ForumSettings.current();

    public Posted createTopic(long accountId, long categoryId, String title, String markdown, String language) {
        LocalDateTime now = LocalDateTime.now(Content.ZONE);
        String lang = Text.blankToNull(language);
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        String cleanTitle = Text.blankToNull(title) == null ? null : Text.withoutControlCharacters(title).strip();
        if (cleanTitle == null) problems.put("title", FieldProblem.required());
        else if (cleanTitle.length() > ForumTopic.TITLE_LENGTH) problems.put("title", FieldProblem.tooLong(ForumTopic.TITLE_LENGTH));
        else if (cleanTitle.length() < ForumTopic.MIN_TITLE_LENGTH) problems.put("title", FieldProblem.tooShort(ForumTopic.MIN_TITLE_LENGTH));
        ForumCategory category = em.find(ForumCategory.class, categoryId);
        if (category == null) throw new NotFoundException("ForumCategory", categoryId);
        if (lang == null) lang = category.getLanguage() == null ? Languages.DEFAULT : category.getLanguage();
        if (!Languages.PORTAL.contains(lang)) problems.put("language", FieldProblem.notOneOf(Languages.PORTAL));
        else if (!category.accepts(lang)) problems.put("language", FieldProblem.notOneOf(List.of(category.getLanguage())));
        String text = checkText(markdown, problems);
        if (!problems.isEmpty()) throw new InvalidInputException(problems);

        PortalAccount writer = writer(accountId, now);
        if (writer.getTrustLevel() == 0 && countSince(writer, now.minusDays(1), true) >= settings.newTopicsPerDay()) {
            throw new RuleRefusedException("title", "forum.refused.topicsPerDay", "A new account's topics for today are used up");
        }
        ForumMarkdown.Rendered rendered = render(writer, text);
        boolean held = holds(writer);
        ForumTopic topic = new ForumTopic(category, cleanTitle, lang, writer, PostStatus.HELD, now);
        topic.indexFirstPost(ForumMarkdown.excerpt(text, ForumTopic.SEARCH_LENGTH));
        em.persist(topic);
        ForumPost post = new ForumPost(topic, topic.nextNumber(), writer, text, rendered.html(), null, PostStatus.HELD, now);
        em.persist(post);
        if (!held) {
            em.lock(category, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(category);
            shown(post, rendered, now);
        }
        em.flush();
        return new Posted(topic.getId(), topic.path(), post.getNumber(), post.getStatus());
    }

    public Posted reply(long accountId, long topicId, String markdown, Integer replyTo) {
        LocalDateTime now = LocalDateTime.now(Content.ZONE);
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        String text = checkText(markdown, problems);
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        PortalAccount writer = writer(accountId, now);
        if (writer.getTrustLevel() == 0 && countSince(writer, now.minusDays(1), false) >= settings.newRepliesPerDay()) {
            throw new RuleRefusedException("text", "forum.refused.repliesPerDay", "A new account's replies for today are used up");
        }
        ForumMarkdown.Rendered rendered = render(writer, text); // before the topic's lock: it is held by every reply
        ForumTopic topic = em.find(ForumTopic.class, topicId, LockModeType.PESSIMISTIC_WRITE);
        if (topic == null || !topic.isVisible()) throw new NotFoundException("ForumTopic", topicId);
        if (topic.isClosed()) throw new RuleRefusedException("text", "forum.refused.closed", "The topic is closed");
        Integer answered = replyTo != null && replyTo >= 1 && replyTo <= topic.getHighestNumber() ? replyTo : null;
        boolean held = holds(writer);
        ForumPost post = new ForumPost(topic, topic.nextNumber(), writer, text, rendered.html(), answered, PostStatus.HELD, now);
        em.persist(post);
        if (!held) {
            em.lock(topic.getCategory(), LockModeType.PESSIMISTIC_WRITE);
            em.refresh(topic.getCategory());
            shown(post, rendered, now);
        }
        em.flush();
        return new Posted(topic.getId(), topic.path(), post.getNumber(), post.getStatus());
    }

    /** The author's new text of their post; the earlier one is kept for moderators. */
    public void edit(long accountId, long postId, String markdown, long expectedVersion) {
        LocalDateTime now = LocalDateTime.now(Content.ZONE);
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        String text = checkText(markdown, problems);
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        PortalAccount writer = writer(accountId, now);
        ForumPost post = em.find(ForumPost.class, postId);
        if (post == null || !post.getAuthor().getId().equals(writer.getId())
                || post.getStatus() == PostStatus.DELETED || post.getStatus() == PostStatus.HIDDEN) {
            throw new NotFoundException("ForumPost", postId);
        }
        if (post.getVersion() != expectedVersion) throw ConflictException.stale("ForumPost", postId);
        if (post.getTopic().isClosed()) throw new RuleRefusedException("text", "forum.refused.closed", "The topic is closed");
        if (text.equals(post.getMarkdown())) return;
        revise(em, post, render(writer, text).html(), text, writer.getHandle(), now);
    }

    /**
     * Keeps the post's current text as a revision, then gives it the new one. Static: the moderators' edit calls it
     * too, and a package-private method of the bean cannot be called through its no-interface view.
     */
    static void revise(EntityManager em, ForumPost post, String html, String markdown, String editor, LocalDateTime now) {
        LocalDateTime writtenAt = post.getEditedAt() == null ? post.getCreatedAt() : post.getEditedAt();
        em.persist(new ForumPostRevision(post, post.getRevisions() + 1, post.getMarkdown(), writtenAt, editor));
        post.edit(markdown, html, now);
        if (post.isFirst()) post.getTopic().indexFirstPost(ForumMarkdown.excerpt(markdown, ForumTopic.SEARCH_LENGTH));
    }

    /**
     * A reader flags a post (once per reader and post; again is nothing). The {@link ForumSettings#flagsToHide}-th
     * distinct flag hides the post until a moderator decides. Flagging needs trust level 1.
     */
    public void flag(long accountId, long postId, @NotNull FlagReason reason) {
        LocalDateTime now = LocalDateTime.now(Content.ZONE);
        PortalAccount reader = writerAllowedSilenced(accountId, now);
        if (reader.getTrustLevel() < 1) {
            throw new RuleRefusedException("reason", "forum.refused.flagTrust", "Flagging needs trust level 1");
        }
        ForumPost found = em.find(ForumPost.class, postId);
        if (found == null || !found.isVisible()) throw new NotFoundException("ForumPost", postId);
        if (found.getAuthor().getId().equals(reader.getId())) {
            throw new RuleRefusedException("reason", "forum.refused.flagOwn", "One does not flag one's own post");
        }
        ForumTopic topic = em.find(ForumTopic.class, found.getTopic().getId(), LockModeType.PESSIMISTIC_WRITE);
        ForumPost post = em.find(ForumPost.class, postId, LockModeType.PESSIMISTIC_WRITE);
        boolean already = !em.createQuery("SELECT f.id FROM ForumFlag f WHERE f.post = :post AND f.account = :account", Long.class)
                .setParameter("post", post).setParameter("account", reader).getResultList().isEmpty();
        if (already || !post.isVisible()) return;
        em.persist(new ForumFlag(post, reader, reason, now));
        if (post.flag() >= settings.flagsToHide()) {
            if (topic.isVisible() || post.isFirst()) {
                em.lock(topic.getCategory(), LockModeType.PESSIMISTIC_WRITE);
                em.refresh(topic.getCategory());
            }
            PostVisibility.hide(post, PostStatus.HIDDEN, null);
        }
    }

    /** The topic's author marks (or, with null, unmarks) the visible reply that answered their question. */
    public void markSolution(long accountId, long topicId, Integer number) {
        LocalDateTime now = LocalDateTime.now(Content.ZONE);
        PortalAccount writer = writer(accountId, now);
        ForumTopic topic = em.find(ForumTopic.class, topicId);
        if (topic == null || !topic.isVisible() || !topic.getAuthor().getId().equals(writer.getId())) {
            throw new NotFoundException("ForumTopic", topicId);
        }
        if (number != null) {
            boolean visibleReply = number > 1 && !em.createQuery("SELECT p.id FROM ForumPost p WHERE p.topic = :topic"
                            + " AND p.number = :number AND p.status = bg.integra.forum.PostStatus.VISIBLE", Long.class)
                    .setParameter("topic", topic).setParameter("number", number).getResultList().isEmpty();
            if (!visibleReply) throw new NotFoundException("ForumPost", number);
        }
        topic.setSolutionNumber(number);
    }

    public void watch(long accountId, long topicId, boolean on) {
        AccountTopicKey key = new AccountTopicKey(accountId, topicId);
        ForumWatch found = em.find(ForumWatch.class, key);
        if (on && found == null) {
            writerAllowedSilenced(accountId, LocalDateTime.now(Content.ZONE));
            if (em.find(ForumTopic.class, topicId) == null) throw new NotFoundException("ForumTopic", topicId);
            em.persist(new ForumWatch(accountId, topicId));
        } else if (!on && found != null) {
            em.remove(found);
        }
    }

    public void follow(long accountId, long categoryId, boolean on) {
        ForumFollow found = em.find(ForumFollow.class, new ForumFollow.Key(accountId, categoryId));
        if (on && found == null) {
            writerAllowedSilenced(accountId, LocalDateTime.now(Content.ZONE));
            if (em.find(ForumCategory.class, categoryId) == null) throw new NotFoundException("ForumCategory", categoryId);
            em.persist(new ForumFollow(accountId, categoryId));
        } else if (!on && found != null) {
            em.remove(found);
        }
    }

    public boolean watches(long accountId, long topicId) {
        return em.find(ForumWatch.class, new AccountTopicKey(accountId, topicId)) != null;
    }

    public void markNotificationsRead(long accountId) {
        em.createQuery("UPDATE ForumNotification n SET n.readAt = :now WHERE n.account.id = :account AND n.readAt IS NULL")
                .setParameter("now", LocalDateTime.now(Content.ZONE)).setParameter("account", accountId).executeUpdate();
    }

    /**
     * A picture a writer uploads to show in their posts (as {@code ![…](/media/ID/name)}): for trust level 1 and up,
     * as pictures in a post are; checked as every upload is, and only JPEG, PNG or GIF (a PDF is no picture).
     */
    public StoredFile storePicture(long accountId, String fileName, @NotNull byte[] bytes) {
        LocalDateTime now = LocalDateTime.now(Content.ZONE);
        PortalAccount writer = writerAllowedSilenced(accountId, now);
        if (writer.isSilenced(now)) {
            throw new RuleRefusedException("picture", "forum.refused.silenced", "The account is silenced until " + writer.getSilencedUntil());
        }
        if (writer.getTrustLevel() < 1) throw new RuleRefusedException("picture", "forum.refused.images", "Pictures need trust level 1");
        StoredFile file = StoredFiles.store(em, fileName == null || fileName.isBlank() ? "picture" : fileName, bytes);
        // a PDF passes the upload's checks but is no picture; the exception rolls its rows back
        if (!file.isImage()) throw new InvalidFileException(InvalidFileException.UNSUPPORTED, "Not a JPEG, PNG or GIF picture");
        return file;
    }

    // ----- the rules

    /** The writer's account, locked: active, not suspended, not silenced, and past the pause since its last post. */
    private PortalAccount writer(long accountId, LocalDateTime now) {
        PortalAccount writer = writerAllowedSilenced(accountId, now);
        if (writer.isSilenced(now)) {
            throw new RuleRefusedException("text", "forum.refused.silenced", "The account is silenced until " + writer.getSilencedUntil());
        }
        em.lock(writer, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(writer);
        if (settings.secondsBetweenPosts() > 0 && !writer.isStaff()) {
            List<LocalDateTime> last = em.createQuery("SELECT MAX(p.createdAt) FROM ForumPost p WHERE p.author = :author", LocalDateTime.class)
                    .setParameter("author", writer).getResultList();
            if (!last.isEmpty() && last.get(0) != null && last.get(0).isAfter(now.minusSeconds(settings.secondsBetweenPosts()))) {
                throw new RuleRefusedException("text", "forum.refused.tooFast", "Posted again too soon");
            }
        }
        return writer;
    }

    private PortalAccount writerAllowedSilenced(long accountId, LocalDateTime now) {
        PortalAccount account = em.find(PortalAccount.class, accountId);
        if (account == null || !account.isActive()) throw new NotFoundException("PortalAccount", accountId);
        if (account.isSuspended(now)) {
            throw new RuleRefusedException("text", "forum.refused.suspended", "The account is suspended until " + account.getSuspendedUntil());
        }
        return account;
    }

    private boolean holds(PortalAccount writer) {
        return writer.getTrustLevel() == 0 && writer.getApprovedPosts() < settings.holdFirstPosts();
    }

    private long countSince(PortalAccount writer, LocalDateTime since, boolean topics) {
        return em.createQuery("SELECT COUNT(p) FROM ForumPost p WHERE p.author = :author AND p.createdAt > :since AND "
                        + (topics ? "p.number = 1" : "p.number > 1"), Long.class)
                .setParameter("author", writer).setParameter("since", since).getSingleResult();
    }

    private ForumMarkdown.Rendered render(PortalAccount writer, String text) {
        ForumMarkdown.Rendered rendered = ForumMarkdown.render(text, writer.getTrustLevel() >= 1);
        if (writer.getTrustLevel() == 0) {
            if (rendered.links() > settings.newLinksPerPost()) {
                throw new RuleRefusedException("text", "forum.refused.links", "A new account's post has too many links");
            }
            if (rendered.images() > 0) {
                throw new RuleRefusedException("text", "forum.refused.images", "A new account's post may not show pictures");
            }
        }
        if (rendered.html().length() > ForumPost.HTML_LENGTH) {
            throw new InvalidInputException(Map.of("text", FieldProblem.tooLong(ForumPost.MARKDOWN_LENGTH)));
        }
        return rendered;
    }

    private void shown(ForumPost post, ForumMarkdown.Rendered rendered, LocalDateTime now) {
        PostVisibility.show(post, null, now);
        post.getAuthor().countApprovedPost();
        notices.postShown(post, rendered.mentions(), now);
    }

    private static String checkText(String markdown, Map<String, FieldProblem> problems) {
        String text = markdown == null ? null : Text.withoutControlCharacters(markdown).strip();
        if (text == null || text.isEmpty()) problems.put("text", FieldProblem.required());
        else if (text.length() > ForumPost.MARKDOWN_LENGTH) problems.put("text", FieldProblem.tooLong(ForumPost.MARKDOWN_LENGTH));
        else if (text.length() < ForumPost.MIN_LENGTH) problems.put("text", FieldProblem.tooShort(ForumPost.MIN_LENGTH));
        return text;
    }
}
