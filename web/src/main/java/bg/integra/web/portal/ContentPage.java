package bg.integra.web.portal;

import bg.integra.change.Tags;
import bg.integra.common.NotFoundException;
import bg.integra.content.Content;
import bg.integra.content.ContentText;
import bg.integra.project.Project;
import bg.integra.project.ProjectService;
import bg.integra.web.cache.PageTags;
import jakarta.inject.Inject;

/**
 * The page of one published item, found by its address ({@code /news/{slug}} …): its text in the page's language
 * or its fallback, said visibly, and the project it belongs to for the publicity block. A draft, an unpublished
 * item or a slug that names nothing is the portal's 404 page.
 */
public abstract class ContentPage<T extends Content> extends PortalPage {

    @Inject
    protected ProjectService projects;

    private String slug;
    private T content;
    private Project project;

    /** The published item, or {@link NotFoundException}. */
    protected abstract T find(String slug);

    public void load() {
        try {
            content = find(slug);
            declareTags();
        } catch (NotFoundException e) {
            notFound();
        }
    }

    /** What the page shows, for the page cache: the item, and its project in the publicity block. */
    protected void declareTags() {
        PageTags.declare(Tags.content(content.getId()), Tags.PROJECTS);
    }

    public T getContent() { return content; }

    public ContentText getText() {
        return content.text(language.getLang());
    }

    /** The language the text is shown in: the page's, or English or Bulgarian when not translated. */
    public String getTextLanguage() {
        return content.textLanguage(language.getLang());
    }

    public boolean isFallback() {
        return !content.isTranslatedInto(language.getLang());
    }

    /** The project with its beneficiary, for the publicity block; null when the item belongs to none. */
    public Project getProject() {
        if (project == null && content.getProject() != null) {
            project = projects.get(content.getProject().getId());
        }
        return project;
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
}
