package bg.integra.web.forum;

import bg.integra.change.Tags;
import bg.integra.common.Page;
import bg.integra.forum.ForumCategory;
import bg.integra.forum.ForumTopic;
import bg.integra.forum.TopicOrder;
import bg.integra.web.cache.PageTags;
import bg.integra.web.portal.Pager;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;

/**
 * /forum/c/{slug}: a category's visible topics, pinned first, by latest activity ({@code ?order=latest}, the
 * default) or by the most posts ({@code ?order=top}); a category limited to one language says so.
 */
@Named
@RequestScoped
public class ForumCategoryBacking extends ForumPage {

    private String slug;
    private String pageParameter;
    private String orderParameter;
    private String heldParameter;
    private ForumCategory category;
    private TopicOrder order;
    private Page<ForumTopic> topics;

    public void load() {
        category = forum.category(slug).orElse(null);
        if (category == null) {
            notFound();
            return;
        }
        PageTags.declare(Tags.FORUM);
        order = "top".equals(orderParameter) ? TopicOrder.TOP : TopicOrder.LATEST;
        topics = forum.topics(category.getId(), order, pageRequest(pageParameter, PAGE_SIZE));
    }

    @Override
    protected boolean isField(String field) {
        return false;
    }

    public ForumCategory getCategory() { return category; }
    public List<ForumTopic> getTopics() { return topics.items(); }
    public boolean isTop() { return order == TopicOrder.TOP; }
    /** After a new topic of a newcomer: it waits for a moderator before anyone sees it. */
    public boolean isHeld() { return heldParameter != null && isSignedIn(); }

    public Pager getPager() {
        return pager(topics, "/forum/c/" + slug, isTop() ? Map.of("order", "top") : Map.of());
    }

    public String orderHref(String value) {
        return link("/forum/c/" + slug, "top".equals(value) ? Map.of("order", "top") : Map.of());
    }

    public String getNewTopicHref() {
        return language.href("/forum/c/" + slug + "/new");
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getPageParameter() { return pageParameter; }
    public void setPageParameter(String pageParameter) { this.pageParameter = pageParameter; }
    public String getOrderParameter() { return orderParameter; }
    public void setOrderParameter(String orderParameter) { this.orderParameter = orderParameter; }
    public String getHeldParameter() { return heldParameter; }
    public void setHeldParameter(String heldParameter) { this.heldParameter = heldParameter; }
}
