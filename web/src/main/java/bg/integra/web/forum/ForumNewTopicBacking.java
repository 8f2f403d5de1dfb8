package bg.integra.web.forum;

import bg.integra.common.InvalidInputException;
import bg.integra.common.Languages;
import bg.integra.common.NotFoundException;
import bg.integra.common.RuleRefusedException;
import bg.integra.forum.ForumCategory;
import bg.integra.forum.ForumWriting;
import bg.integra.forum.PostStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * /forum/c/{slug}/new: a signed-in visitor starts a topic in a category, in one of the portal's languages (only
 * the category's own when it is limited to one). A newcomer's topic waits for a moderator; the category's page
 * then says so. Never cached.
 */
@Named
@RequestScoped
public class ForumNewTopicBacking extends ForumPage {

    private static final Set<String> FIELDS = Set.of("title", "text", "language");

    @Inject
    private ForumWriting writing;

    private String slug;
    private ForumCategory category;
    private String title;
    private String text;
    private String topicLanguage;

    public void load() {
        category = forum.category(slug).orElse(null);
        if (category == null) {
            notFound();
            return;
        }
        notStored();
        topicLanguage = category.getLanguage() != null ? category.getLanguage() : language.getLang();
        if (isPost()) submit();
    }

    private void submit() {
        title = request.getParameter("title");
        text = request.getParameter("text");
        String chosen = request.getParameter("language");
        if (chosen != null && Languages.PORTAL.contains(chosen)) topicLanguage = chosen;
        if (!acceptForm()) return;
        try {
            ForumWriting.Posted posted = writing.createTopic(visitorId(), category.getId(), title, text, chosen);
            if (posted.status() == PostStatus.HELD) {
                seeOther(link("/forum/c/" + slug, Map.of("held", 1)));
            } else {
                seeOther(language.href("/forum/t/" + posted.topicPath()));
            }
        } catch (InvalidInputException | RuleRefusedException | NotFoundException e) {
            refused(e);
        }
        if (!FacesContext.getCurrentInstance().getResponseComplete()) {
            ((HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse())
                    .setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    @Override
    protected boolean isField(String field) {
        return FIELDS.contains(field);
    }

    /** The languages a topic of this category may be written in. */
    public List<String> getLanguages() {
        return category.getLanguage() == null ? Languages.PORTAL : List.of(category.getLanguage());
    }

    public ForumCategory getCategory() { return category; }
    public String getTitle() { return title; }
    public String getText() { return text; }
    public String getTopicLanguage() { return topicLanguage; }
    public String getAction() { return language.href("/forum/c/" + slug + "/new"); }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
}
