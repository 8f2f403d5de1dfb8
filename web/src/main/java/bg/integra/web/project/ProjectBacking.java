package bg.integra.web.project;

import bg.integra.change.Tags;
import bg.integra.common.NotFoundException;
import bg.integra.content.Content;
import bg.integra.content.ContentService;
import bg.integra.event.Event;
import bg.integra.news.Article;
import bg.integra.news.ArticleKind;
import bg.integra.project.Activity;
import bg.integra.project.ActivityService;
import bg.integra.project.Project;
import bg.integra.project.ProjectService;
import bg.integra.project.ProjectText;
import bg.integra.resource.Resource;
import bg.integra.web.cache.PageTags;
import bg.integra.web.portal.PortalPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Comparator;
import java.util.List;

/**
 * The public page of one project: its facts, indicators, activities, beneficiary, what it published (news, media
 * publications, events, materials) and the EU publicity block naming its fund and beneficiary.
 */
@Named
@RequestScoped
public class ProjectBacking extends PortalPage {

    @Inject
    private ProjectService projects;

    @Inject
    private ContentService contents;

    @Inject
    private ActivityService activityService;

    private String id;
    private Project project;
    private List<Content> content;
    private List<Activity> activities;

    public void load() {
        try {
            project = projects.get(Long.parseLong(id));
            // its own tag covers its figures and the items it published; the target groups name counted indicators
            PageTags.declare(Tags.project(project.getId()), Tags.PROJECTS, Tags.TARGET_GROUPS);
        } catch (NumberFormatException | NotFoundException e) {
            notFound();
        }
    }

    public ProjectText getText() {
        return project.text(language.getLang());
    }

    /** The language the title and summary are shown in: the page's, or English or Bulgarian when not translated. */
    public String getTextLanguage() {
        return project.textLanguage(language.getLang());
    }

    /** True when the project is not translated into the page's language and a fallback is shown. */
    public boolean isFallback() {
        return !project.isTranslatedInto(language.getLang());
    }

    private List<Content> content() {
        if (content == null) content = contents.publishedForProject(project.getId());
        return content;
    }

    /** The project's own news, press releases and press conferences, newest first. */
    public List<Article> getNews() {
        return articles().stream().filter(a -> a.getKind() != ArticleKind.MEDIA_PUBLICATION).toList();
    }

    /** What the media wrote about the project, newest issue first. */
    public List<Article> getPublications() {
        return articles().stream().filter(a -> a.getKind() == ArticleKind.MEDIA_PUBLICATION)
                .sorted(Comparator.comparing(Article::getIssueDate, Comparator.nullsLast(Comparator.reverseOrder()))).toList();
    }

    private List<Article> articles() {
        return content().stream().filter(Article.class::isInstance).map(Article.class::cast).toList();
    }

    /** The project's events, latest first. */
    public List<Event> getEvents() {
        return content().stream().filter(Event.class::isInstance).map(Event.class::cast)
                .sorted(Comparator.comparing(Event::getStartsAt).reversed()).toList();
    }

    /** The project's activities by number, each listed with the published events that carry it out. */
    public List<Activity> getActivities() {
        if (activities == null) activities = activityService.ofProject(project.getId());
        return activities;
    }

    public List<Event> eventsOf(Activity activity) {
        return getEvents().stream()
                .filter(e -> e.getActivity() != null && e.getActivity().getId().equals(activity.getId())).toList();
    }

    public List<Resource> getResources() {
        return content().stream().filter(Resource.class::isInstance).map(Resource.class::cast).toList();
    }

    public Project getProject() { return project; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
