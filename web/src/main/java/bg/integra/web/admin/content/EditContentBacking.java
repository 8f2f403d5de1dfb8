package bg.integra.web.admin.content;

import bg.integra.common.Languages;
import bg.integra.common.PageRequest;
import bg.integra.common.Slugs;
import bg.integra.content.Content;
import bg.integra.content.ContentService;
import bg.integra.content.ContentText;
import bg.integra.content.ContentType;
import bg.integra.content.GalleryImage;
import bg.integra.info.Topic;
import bg.integra.project.Activity;
import bg.integra.project.Project;
import bg.integra.project.ProjectQuery;
import bg.integra.project.ProjectService;
import bg.integra.web.common.FacesMessages;
import bg.integra.web.common.ServiceExceptionHandler;
import bg.integra.web.security.StaffView;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * admin/content/edit.xhtml: one news item, event, resource or page of information for immigrants, with its
 * texts per language, its gallery and its attached file. The page keeps the copy that was read (and so its
 * version): a save after someone else's is refused with a message, and what the editor typed stays in the form.
 * Every body is sanitised by {@link ContentService}; the page shows the stored (kept) HTML and names the
 * elements that were removed. The fields of each kind are {@link ContentFields} beans ({@code #{eventFields}}, ...),
 * the gallery and the file {@link ContentFilesBacking}.
 */
@Named
@ViewScoped
public class EditContentBacking implements Serializable {

    @Inject
    private ContentService contents;

    @Inject
    private ProjectService projects;

    @Inject
    private StaffView staff;

    @Inject
    private NewsFields newsFields;

    @Inject
    private EventFields eventFields;

    @Inject
    private ResourceFields resourceFields;

    @Inject
    private InformationFields informationFields;

    private String idParameter;
    private String typeParameter;
    private Long id;
    private ContentType type;
    private Content content;
    private boolean loaded;
    private List<Project> projectChoices = List.of();

    private String slug;
    private Long projectId;
    private final ContentTextsForm texts = new ContentTextsForm();

    /** The languages content of a kind is written in: information for immigrants in all seven, the rest bg/en. */
    public static List<String> languagesOf(ContentType type) {
        return type == ContentType.INFO ? Languages.PORTAL : Languages.SUPPORTED;
    }

    public void load() {
        if (loaded) return; // a postback keeps the copy being edited
        loaded = true;
        if (idParameter != null && !idParameter.isBlank()) {
            try {
                id = Long.valueOf(idParameter.strip());
            } catch (NumberFormatException e) {
                notFound();
                return;
            }
        } else if (typeParameter != null) {
            try {
                type = ContentType.valueOf(typeParameter.strip());
            } catch (IllegalArgumentException e) {
                type = null;
            }
        }
        // a coordinator writes events only (of their projects: ContentService answers others as not found)
        if ((id == null && type == null) || (type != null && type != ContentType.EVENT && !staff.isContentStaff())) {
            notFound();
            return;
        }
        projectChoices = allProjects();
        if (id == null) return;
        content = contents.get(Content.class, id); // not found or not theirs: the 404 page (ServiceExceptionHandler)
        type = content.getType();
        fill();
    }

    private static void notFound() {
        ServiceExceptionHandler.notFound(FacesContext.getCurrentInstance());
    }

    /** The projects content may belong to: all for editors, the coordinator's own for a coordinator. */
    private List<Project> allProjects() {
        boolean all = staff.isContentStaff();
        List<Project> found = new ArrayList<>();
        for (int page = 0; ; page++) {
            var request = new PageRequest(page, PageRequest.MAX_SIZE);
            var result = all ? projects.search(ProjectQuery.all(), request) : projects.editable(ProjectQuery.all(), request);
            found.addAll(result.items());
            if (page + 1 >= result.totalPages()) return found;
        }
    }

    /** The fields of the item's kind (the page binds the topic, which resources and information share, through it). */
    public ContentFields getFields() {
        return switch (type) {
            case NEWS -> newsFields;
            case EVENT -> eventFields;
            case RESOURCE -> resourceFields;
            case INFO -> informationFields;
        };
    }

    /** The form from the stored item: after loading, and after every save (which shows the sanitised bodies). */
    private void fill() {
        slug = content.getSlug();
        projectId = content.getProject() == null ? null : content.getProject().getId();
        texts.fill(content);
        getFields().fill(content);
    }

    // actions

    public String saveDraft() {
        return saveAnd(null, "bo.saved");
    }

    public String publish() {
        return saveAnd(() -> contents.publish(content.getId(), content.getVersion()), "cnt.publishedNow");
    }

    public String unpublish() {
        return isNew() ? null : saveAnd(() -> contents.unpublish(content.getId(), content.getVersion()), "cnt.unpublishedNow");
    }

    /** Saves the form, then makes the change (none for a draft) and says so; null (with messages) when refused. */
    private String saveAnd(Supplier<Content> change, String done) {
        Map<String, String> typed = texts.bodies(getLanguages());
        if (!store()) return null;
        texts.reportRemovedMarkup(typed);
        if (change != null) {
            try {
                content = change.get();
                fill();
            } catch (RuntimeException e) {
                ContentErrors.show(e);
                return null;
            }
        }
        FacesMessages.info(done);
        return afterSave();
    }

    public String delete() {
        if (isNew()) return null;
        try {
            contents.delete(content.getId(), content.getVersion());
            FacesMessages.info("bo.deleted");
            return "/admin/content/list.xhtml?faces-redirect=true";
        } catch (RuntimeException e) {
            ContentErrors.show(e);
            return null;
        }
    }

    /** Another project was chosen: an event's activity of the former one no longer applies. */
    public void projectChanged() {
        if (type == ContentType.EVENT) eventFields.projectChanged(projectId);
    }

    /** A new item gets its own address (a reload then edits it rather than creating another); an edit stays. */
    private String afterSave() {
        if (id == null) return "/admin/content/edit.xhtml?faces-redirect=true&id=" + content.getId();
        return null;
    }

    /** Creates or updates the item from the form; false (with messages) when it was refused. */
    private boolean store() {
        if (projectId == null && !staff.isContentStaff()) {
            FacesMessages.error("form:project", "bo.required"); // a coordinator's event belongs to one of their projects
            return failed();
        }
        boolean valid = getFields().validate();
        if (!texts.validate(getLanguages()) || !valid) return failed();
        String wantedSlug = slug == null || slug.isBlank() ? null : slug.strip();
        try {
            Content edited = apply();
            boolean created = edited.getId() == null;
            content = created ? contents.create(edited) : contents.update(edited);
            if (created && wantedSlug != null && !wantedSlug.equals(content.getSlug())) {
                FacesMessages.info("cnt.slugChanged", wantedSlug, content.getSlug());
            }
            fill();
            return true;
        } catch (RuntimeException e) {
            if (content != null && content.getId() == null) content = null; // nothing was stored: still a new item
            ContentErrors.show(e);
            return failed();
        }
    }

    private static boolean failed() {
        ContentErrors.markFailed();
        return false;
    }

    /** The form applied to the copy that was read (its version decides about conflicts), or to a new item. */
    private Content apply() {
        Content c = content != null ? content : getFields().create(texts.defaultText().toText());
        texts.applyTo(c, getLanguages());
        if (slug != null && !slug.isBlank()) c.setSlug(slug.strip());
        else if (c.getId() != null) c.setSlug(Slugs.of(texts.defaultText().getTitle()));
        Project project = projectId == null ? null : projects.get(projectId);
        if (!Objects.equals(project == null ? null : project.getId(), c.getProject() == null ? null : c.getProject().getId())) {
            c.setProject(project);
        }
        getFields().apply(c);
        return c;
    }

    /**
     * The stored item again after a gallery or file change (a new version), keeping what the editor typed in
     * the form, which is saved with the next Save; new pictures get empty text fields.
     */
    void refresh() {
        content = contents.get(Content.class, content.getId());
        texts.keepGalleryOf(content);
    }

    // for the page

    public boolean isNew() { return content == null; }
    public List<String> getLanguages() { return languagesOf(type); }
    public List<String> getAllLanguages() { return Languages.PORTAL; }
    public boolean usesLanguage(String lang) { return getLanguages().contains(lang); }
    public String dir(String lang) { return Languages.direction(lang); }
    public boolean hasStoredText(String lang) { return content != null && content.getTexts().get(lang) != null; }
    public String storedBody(String lang) {
        ContentText t = content == null ? null : content.getTexts().get(lang);
        return t == null ? null : t.getBody();
    }
    public Map<String, ImageTextForm> imageTexts(GalleryImage image) { return texts.imageTexts(image); }
    /** The public address of a published item, e.g. /news/seminar-v-haskovo. */
    public String getPublicPath() { return content == null ? null : "/" + type.path() + "/" + content.getSlug(); }
    public Topic[] getTopics() { return Topic.values(); }
    /** The activities an event of the chosen project may carry out. */
    public List<Activity> getActivityChoices() { return eventFields.activityChoices(projectId); }

    public Content getContent() { return content; }
    public String getIdParameter() { return idParameter; }
    public void setIdParameter(String idParameter) { if (!loaded) this.idParameter = idParameter; }
    public String getTypeParameter() { return typeParameter; }
    public void setTypeParameter(String typeParameter) { if (!loaded) this.typeParameter = typeParameter; }
    public ContentType getType() { return type; }
    public List<Project> getProjectChoices() { return projectChoices; }
    public Map<String, TextForm> getTexts() { return texts.texts(); }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public Long getProjectId() { return projectId; }
    public void setProjectId(Long projectId) { this.projectId = projectId; }
}
