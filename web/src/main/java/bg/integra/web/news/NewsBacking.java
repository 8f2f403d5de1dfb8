package bg.integra.web.news;

import bg.integra.change.Tags;
import bg.integra.common.Page;
import bg.integra.content.Content;
import bg.integra.content.ContentType;
import bg.integra.news.Article;
import bg.integra.news.NewsService;
import bg.integra.web.cache.PageTags;
import bg.integra.web.portal.Pager;
import bg.integra.web.portal.PortalPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;

/** /news: news, press releases and media publications, newest first, a page at a time. */
@Named
@RequestScoped
public class NewsBacking extends PortalPage {

    static final int PAGE_SIZE = 10;

    @Inject
    private NewsService news;

    private String pageParameter;
    private Page<Article> page;

    public void load() {
        PageTags.declare(Tags.list(ContentType.NEWS), Tags.PROJECTS);
        page = news.news(null, null, pageRequest(pageParameter, PAGE_SIZE));
    }

    public List<Article> getArticles() { return page.items(); }
    public Content getFirstWithCover() { return firstWithCover(page.items()); }
    public Pager getPager() { return pager(page, "/news", Map.of()); }
    public String getPageParameter() { return pageParameter; }
    public void setPageParameter(String pageParameter) { this.pageParameter = pageParameter; }
}
