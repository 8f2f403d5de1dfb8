package bg.integra.web.portal;

import bg.integra.change.Tags;
import bg.integra.common.Page;
import bg.integra.common.PageRequest;
import bg.integra.content.Content;
import bg.integra.content.ContentType;
import bg.integra.event.Event;
import bg.integra.event.EventQuery;
import bg.integra.event.EventService;
import bg.integra.info.InfoArticle;
import bg.integra.info.InfoService;
import bg.integra.news.Article;
import bg.integra.news.NewsService;
import bg.integra.project.Project;
import bg.integra.project.ProjectQuery;
import bg.integra.project.ProjectService;
import bg.integra.web.cache.PageTags;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;

/** The portal's home page: the latest news, the next events, the information topics and the projects. */
@Named
@RequestScoped
public class HomeBacking extends PortalPage {

    static final int PAGE_SIZE = 12;
    static final int LATEST = 3;
    /** the first topics of /info; the page lists the rest */
    static final int TOPICS = 24;

    @Inject
    private ProjectService projects;

    @Inject
    private NewsService news;

    @Inject
    private EventService events;

    @Inject
    private InfoService info;

    private String pageParameter;
    private Page<Project> page;
    private List<Article> latestNews;
    private List<Event> nextEvents;
    private List<InfoArticle> topics;

    public void load() {
        PageTags.declare(Tags.list(ContentType.NEWS), Tags.list(ContentType.EVENT), Tags.list(ContentType.INFO), Tags.PROJECTS);
        page = projects.search(ProjectQuery.all(), pageRequest(pageParameter, PAGE_SIZE));
        latestNews = news.news(null, null, new PageRequest(0, LATEST)).items();
        nextEvents = events.events(EventQuery.upcoming(), new PageRequest(0, LATEST)).items();
        topics = info.topics(new PageRequest(0, TOPICS)).items();
    }

    public List<Project> getProjects() { return page.items(); }
    public Content getFirstWithCover() { return firstWithCover(latestNews); }
    public Pager getPager() { return pager(page, "/", Map.of()); }
    public List<Article> getLatestNews() { return latestNews; }
    public List<Event> getNextEvents() { return nextEvents; }
    public List<InfoArticle> getTopics() { return topics; }
    public String getPageParameter() { return pageParameter; }
    public void setPageParameter(String pageParameter) { this.pageParameter = pageParameter; }
}
