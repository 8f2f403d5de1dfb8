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

/** /forum: the categories with their counts and last activity, and the latest topics of all of them, paged. */
@Named
@RequestScoped
public class ForumBacking extends ForumPage {

    private String pageParameter;
    private List<ForumCategory> categories;
    private Page<ForumTopic> topics;

    public void load() {
        PageTags.declare(Tags.FORUM);
        categories = forum.categories();
        topics = forum.topics(null, TopicOrder.LATEST, pageRequest(pageParameter, PAGE_SIZE));
    }

    @Override
    protected boolean isField(String field) {
        return false;
    }

    public List<ForumCategory> getCategories() { return categories; }
    public List<ForumTopic> getTopics() { return topics.items(); }
    public Pager getPager() { return pager(topics, "/forum", Map.of()); }
    public String getPageParameter() { return pageParameter; }
    public void setPageParameter(String pageParameter) { this.pageParameter = pageParameter; }
}
