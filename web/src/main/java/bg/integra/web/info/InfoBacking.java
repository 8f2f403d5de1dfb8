package bg.integra.web.info;

import bg.integra.change.Tags;
import bg.integra.common.Page;
import bg.integra.content.ContentType;
import bg.integra.info.InfoArticle;
import bg.integra.info.InfoService;
import bg.integra.web.cache.PageTags;
import bg.integra.web.portal.Pager;
import bg.integra.web.portal.PortalPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;

/** /info: the topics of the information for immigrants, each with the languages it is written in, a page at a time. */
@Named
@RequestScoped
public class InfoBacking extends PortalPage {

    static final int PAGE_SIZE = 24;

    @Inject
    private InfoService info;

    private String pageParameter;
    private Page<InfoArticle> page;

    public void load() {
        PageTags.declare(Tags.list(ContentType.INFO));
        page = info.topics(pageRequest(pageParameter, PAGE_SIZE));
    }

    public List<InfoArticle> getTopics() { return page.items(); }
    public Pager getPager() { return pager(page, "/info", Map.of()); }
    public String getPageParameter() { return pageParameter; }
    public void setPageParameter(String pageParameter) { this.pageParameter = pageParameter; }
}
