package bg.integra.web.forum;

import bg.integra.common.ConflictException;
import bg.integra.common.InvalidInputException;
import bg.integra.common.NotFoundException;
import bg.integra.common.RuleRefusedException;
import bg.integra.forum.ForumPost;
import bg.integra.forum.ForumWriting;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

/**
 * /forum/p/{id}/edit: the author edits their own post's Markdown. The form carries the version it was read at;
 * when the post changed since (another tab, a moderator), the edit is refused with a message and the current
 * text is shown, so that nothing is overwritten unseen. Someone else's post, or anyone not signed in, finds
 * nothing here (404). Never cached.
 */
@Named
@RequestScoped
public class ForumEditBacking extends ForumPage {

    @Inject
    private ForumWriting writing;

    private String idParameter;
    private ForumPost post;
    private String text;
    private long version;
    private boolean stale;

    public void load() {
        Long id = id(idParameter);
        if (id == null || !isSignedIn()) {
            notFound();
            return;
        }
        try {
            post = forum.ownPost(visitorId(), id);
        } catch (NotFoundException e) {
            notFound();
            return;
        }
        notStored();
        text = post.getMarkdown();
        version = post.getVersion();
        if (isPost()) submit();
    }

    private void submit() {
        text = request.getParameter("text");
        if (!acceptForm()) return;
        Long expected = id(request.getParameter("version"));
        try {
            writing.edit(visitorId(), post.getId(), text, expected == null ? -1 : expected);
            seeOther(postHref(post.getTopic(), post.getNumber()));
            return;
        } catch (ConflictException e) {
            stale = true;
            notice("forum.edit.stale");
            post = forum.ownPost(visitorId(), post.getId());
            version = post.getVersion();
        } catch (InvalidInputException | RuleRefusedException | NotFoundException e) {
            refused(e);
        }
        notStored().setStatus(stale ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
    }

    @Override
    protected boolean isField(String field) {
        return "text".equals(field);
    }

    public ForumPost getPost() { return post; }
    public String getText() { return text; }
    public long getVersion() { return version; }
    public boolean isStale() { return stale; }
    /** The post's text as it is now, shown beside the visitor's after a conflict. */
    public String getCurrentHtml() { return post.getHtml(); }
    public String getAction() { return language.href("/forum/p/" + post.getId() + "/edit"); }
    public String getBackHref() { return postHref(post.getTopic(), post.getNumber()); }
    public String getIdParameter() { return idParameter; }
    public void setIdParameter(String idParameter) { this.idParameter = idParameter; }
}
