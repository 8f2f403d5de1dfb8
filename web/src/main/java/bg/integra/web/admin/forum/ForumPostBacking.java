package bg.integra.web.admin.forum;

import bg.integra.content.Content;
import bg.integra.forum.ForumFlag;
import bg.integra.forum.ForumModeration;
import bg.integra.forum.ForumPost;
import bg.integra.forum.ForumPostRevision;
import bg.integra.forum.ForumTopic;
import bg.integra.forum.PostStatus;
import bg.integra.portalaccount.PortalAccount;
import bg.integra.web.common.BackofficeErrors;
import bg.integra.web.common.FacesMessages;
import bg.integra.web.common.ServiceExceptionHandler;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * admin/forum/post.xhtml?id= (moderators and administrators): one post as readers would see it, whatever its status,
 * with its open flags and its earlier texts, and the decisions about it (approve; hide, delete or edit with a
 * reason), about its topic (pin, close) and about its author (silence or suspend until a day, or lift it). The post
 * is the one read when the page was opened: a decision after someone else's is refused with the conflict message,
 * and the page shows the post as it is now.
 */
@Named
@ViewScoped
public class ForumPostBacking implements Serializable {

    private static final String FORM = "post:";

    @Inject
    private ForumModeration moderation;

    private String idParameter;
    private boolean loaded;
    private ForumPost post;
    private List<ForumFlag> flags = List.of();
    private List<ForumPostRevision> revisions = List.of();

    private String reason;
    private String markdown;
    private String topicReason;
    private String accountReason;
    private LocalDate until;

    public void load() {
        if (loaded) return;
        loaded = true;
        long id;
        try {
            id = Long.parseLong(idParameter == null ? "" : idParameter.strip());
        } catch (NumberFormatException e) {
            ServiceExceptionHandler.notFound(FacesContext.getCurrentInstance());
            return;
        }
        read(id); // a missing post: the 404 page
        markdown = post.getMarkdown();
    }

    private void read(long id) {
        post = moderation.post(id);
        flags = moderation.flags(id).stream().filter(f -> f.getResolvedAt() == null).toList();
        revisions = moderation.revisions(id);
    }

    // the post

    public void approve() {
        act(() -> moderation.approve(post.getId(), reason, post.getVersion()), "fm.done.approved");
    }

    public void hide() {
        act(() -> moderation.hide(post.getId(), reason, post.getVersion()), "fm.done.hidden");
    }

    public void delete() {
        act(() -> moderation.delete(post.getId(), reason, post.getVersion()), "fm.done.deleted");
    }

    public void edit() {
        act(() -> moderation.edit(post.getId(), markdown, reason, post.getVersion()), "fm.done.edited");
    }

    // its topic

    public void togglePinned() {
        ForumTopic topic = post.getTopic();
        topicAct(() -> moderation.pin(topic.getId(), !topic.isPinned(), topicReason), topic.isPinned() ? "fm.done.unpinned" : "fm.done.pinned");
    }

    public void toggleClosed() {
        ForumTopic topic = post.getTopic();
        topicAct(() -> moderation.close(topic.getId(), !topic.isClosed(), topicReason), topic.isClosed() ? "fm.done.opened" : "fm.done.closed");
    }

    // its author

    public void silence() {
        accountAct(true, () -> moderation.silence(post.getAuthor().getId(), endOf(until), accountReason), "fm.done.silenced");
    }

    public void suspend() {
        accountAct(true, () -> moderation.suspend(post.getAuthor().getId(), endOf(until), accountReason), "fm.done.suspended");
    }

    public void liftSilence() {
        accountAct(false, () -> moderation.silence(post.getAuthor().getId(), null, accountReason), "fm.done.lifted");
    }

    public void liftSuspension() {
        accountAct(false, () -> moderation.suspend(post.getAuthor().getId(), null, accountReason), "fm.done.lifted");
    }

    /** Silenced or suspended through the day chosen (lifting has its own buttons). */
    private static LocalDateTime endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay();
    }

    private void act(Runnable decision, String done) {
        if (run(decision, "reason")) {
            reason = null;
            markdown = post.getMarkdown();
            FacesMessages.info(done);
        }
    }

    private void topicAct(Runnable decision, String done) {
        if (run(decision, "topicReason")) {
            topicReason = null;
            FacesMessages.info(done);
        }
    }

    private void accountAct(boolean dated, Runnable decision, String done) {
        if (dated && until == null) {
            FacesMessages.error(FORM + "until", "bo.required");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        if (run(decision, "accountReason")) {
            accountReason = null;
            until = null;
            FacesMessages.info(done);
        }
    }

    /** Runs the decision and reads the post again; false, with the refusal at its field or on the page, when refused. */
    private boolean run(Runnable decision, String reasonInput) {
        try {
            decision.run();
        } catch (RuntimeException e) {
            BackofficeErrors.showAtFields(e, field -> switch (field) {
                case "reason" -> FORM + reasonInput;
                case "text" -> FORM + "markdown";
                default -> null;
            });
            // a stale version: show the post as it is now, so that the next decision is about what is there
            read(post.getId());
            return false;
        }
        read(post.getId());
        return true;
    }

    // for the page

    public ForumPost getPost() { return post; }
    public ForumTopic getTopic() { return post == null ? null : post.getTopic(); }
    public PortalAccount getAuthor() { return post == null ? null : post.getAuthor(); }
    public List<ForumFlag> getFlags() { return flags; }
    public List<ForumPostRevision> getRevisions() { return revisions; }
    public boolean isApprovable() { return post != null && (post.getStatus() == PostStatus.HELD || post.getStatus() == PostStatus.HIDDEN); }
    public boolean isHideable() { return post != null && post.getStatus() != PostStatus.HIDDEN && post.getStatus() != PostStatus.DELETED; }
    public boolean isDeletable() { return post != null && post.getStatus() != PostStatus.DELETED; }
    public boolean isSilenced() { return post != null && post.getAuthor().isSilenced(LocalDateTime.now(Content.ZONE)); }
    public boolean isSuspended() { return post != null && post.getAuthor().isSuspended(LocalDateTime.now(Content.ZONE)); }
    /** The topic's address on the portal, for a visible one. */
    public String getTopicPath() { return post == null ? null : "/forum/t/" + post.getTopic().path(); }

    public String getIdParameter() { return idParameter; }
    public void setIdParameter(String idParameter) { if (!loaded) this.idParameter = idParameter; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getMarkdown() { return markdown; }
    public void setMarkdown(String markdown) { this.markdown = markdown; }
    public String getTopicReason() { return topicReason; }
    public void setTopicReason(String topicReason) { this.topicReason = topicReason; }
    public String getAccountReason() { return accountReason; }
    public void setAccountReason(String accountReason) { this.accountReason = accountReason; }
    public LocalDate getUntil() { return until; }
    public void setUntil(LocalDate until) { this.until = until; }
}
