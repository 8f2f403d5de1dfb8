package bg.integra.web.forum;

import bg.integra.change.Tags;
import bg.integra.common.NotFoundException;
import bg.integra.common.Page;
import bg.integra.forum.ForumPost;
import bg.integra.portalaccount.PortalAccount;
import bg.integra.web.cache.PageTags;
import bg.integra.web.portal.Pager;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * /forum/u/{handle}: a member's public page, where a mention leads: their name, since when they take part, their
 * trust level, and their visible posts, the newest first, paged. What the forum already shows of them and nothing
 * more (no address, no language, no moderation); a deleted or unconfirmed account has no page.
 */
@Named
@RequestScoped
public class ForumMemberBacking extends ForumPage {

    private String handle;
    private String pageParameter;
    private PortalAccount member;
    private Page<ForumPost> posts;
    private long topicsStarted;

    public void load() {
        try {
            member = handle == null ? null : forum.member(handle);
        } catch (NotFoundException e) {
            member = null;
        }
        if (member == null) {
            notFound();
            return;
        }
        if (!member.getHandle().equals(handle)) { // @Maria_P links to the page of maria_p
            Map<String, Object> page = new HashMap<>();
            page.put("page", pageParameter); // left out when null
            movedTo(link("/forum/u/" + member.getHandle(), page));
            return;
        }
        PageTags.declare(Tags.FORUM);
        posts = forum.postsBy(member.getId(), pageRequest(pageParameter, PAGE_SIZE));
        topicsStarted = forum.topicsStartedBy(member.getId());
    }

    @Override
    protected boolean isField(String field) {
        return false;
    }

    public PortalAccount getMember() { return member; }
    public List<ForumPost> getPosts() { return posts.items(); }
    public long getPostCount() { return posts.totalItems(); }
    public long getTopicsStarted() { return topicsStarted; }
    public Pager getPager() { return pager(posts, "/forum/u/" + member.getHandle(), Map.of()); }

    public String getHandle() { return handle; }
    public void setHandle(String handle) { this.handle = handle; }
    public String getPageParameter() { return pageParameter; }
    public void setPageParameter(String pageParameter) { this.pageParameter = pageParameter; }
}
