package bg.integra.web.admin.content;

import bg.integra.common.ConflictException;
import bg.integra.common.Languages;
import bg.integra.common.PageRequest;
import bg.integra.common.Slugs;
import bg.integra.content.Content;
import bg.integra.content.ContentService;
import bg.integra.content.ContentText;
import bg.integra.content.ContentType;
import bg.integra.content.GalleryImage;
import bg.integra.content.ImageText;
import bg.integra.info.Topic;
import bg.integra.media.StoredFile;
import bg.integra.news.Article;
import bg.integra.project.Activity;
import bg.integra.project.Project;
import bg.integra.project.ProjectQuery;
import bg.integra.project.ProjectService;
import bg.integra.resource.Resource;
import bg.integra.web.common.BackofficeErrors;
import bg.integra.web.common.FacesMessages;
import bg.integra.web.common.ServiceExceptionHandler;
import bg.integra.web.security.StaffView;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern ELEMENT = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)");

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
    private final Map<String, TextForm> texts = new LinkedHashMap<>();
    private final Map<Long, Map<String, ImageTextForm>> imageTexts = new LinkedHashMap<>();

    public EditContentBacking() {
        for (String lang : Languages.PORTAL) texts.put(lang, new TextForm());
    }

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
        return fields();
    }

    private ContentFields fields() {
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
        for (String lang : Languages.PORTAL) texts.put(lang, TextForm.of(content.getTexts().get(lang)));
        fields().fill(content);
        imageTexts.clear();
        for (GalleryImage image : content.getGallery()) imageTexts.put(image.getId(), imageTextForms(image));
    }

    private static Map<String, ImageTextForm> imageTextForms(GalleryImage image) {
        Map<String, ImageTextForm> perLanguage = new LinkedHashMap<>();
        for (String lang : Languages.PORTAL) perLanguage.put(lang, ImageTextForm.of(image.getTexts().get(lang)));
        return perLanguage;
    }

    // actions

    public String saveDraft() {
        Map<String, String> submitted = submittedBodies();
        if (!store()) return null;
        reportRemovedMarkup(submitted);
        FacesMessages.info("bo.saved");
        return afterSave();
    }

    public String publish() {
        Map<String, String> submitted = submittedBodies();
        if (!store()) return null;
        reportRemovedMarkup(submitted);
        try {
            content = contents.publish(content.getId(), content.getVersion());
            fill();
            FacesMessages.info("cnt.publishedNow");
        } catch (RuntimeException e) {
            showError(e);
            return null;
        }
        return afterSave();
    }

    public String unpublish() {
        Map<String, String> submitted = submittedBodies();
        if (isNew() || !store()) return null;
        reportRemovedMarkup(submitted);
        try {
            content = contents.unpublish(content.getId(), content.getVersion());
            fill();
            FacesMessages.info("cnt.unpublishedNow");
        } catch (RuntimeException e) {
            showError(e);
            return null;
        }
        return afterSave();
    }

    public String delete() {
        if (isNew()) return null;
        try {
            contents.delete(content.getId(), content.getVersion());
            FacesMessages.info("bo.deleted");
            return "/admin/content/list.xhtml?faces-redirect=true";
        } catch (RuntimeException e) {
            showError(e);
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
        boolean valid = fields().validate();
        for (String lang : getLanguages()) {
            TextForm t = texts.get(lang);
            if (!lang.equals(Languages.DEFAULT) && t.isBlankTitle() && t.hasSummaryOrBody()) {
                FacesMessages.error("form:title_" + lang, "cnt.titleForTranslation");
                valid = false;
            }
        }
        if (!valid) return failed();
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
            showError(e);
            return failed();
        }
    }

    private static boolean failed() {
        FacesContext.getCurrentInstance().validationFailed();
        return false;
    }

    /** The form applied to the copy that was read (its version decides about conflicts), or to a new item. */
    private Content apply() {
        Content c = content != null ? content : fields().create(texts.get(Languages.DEFAULT).toText());
        for (String lang : getLanguages()) {
            TextForm t = texts.get(lang);
            c.setText(lang, lang.equals(Languages.DEFAULT) || !t.isBlankTitle() ? t.toText() : null);
        }
        if (slug != null && !slug.isBlank()) c.setSlug(slug.strip());
        else if (c.getId() != null) c.setSlug(Slugs.of(texts.get(Languages.DEFAULT).getTitle()));
        Project project = projectId == null ? null : projects.get(projectId);
        if (!Objects.equals(project == null ? null : project.getId(), c.getProject() == null ? null : c.getProject().getId())) {
            c.setProject(project);
        }
        fields().apply(c);
        for (GalleryImage image : c.getGallery()) {
            Map<String, ImageTextForm> perLanguage = imageTexts.get(image.getId());
            if (perLanguage == null) continue;
            for (String lang : getLanguages()) {
                ImageTextForm t = perLanguage.get(lang);
                if (lang.equals(Languages.DEFAULT) && (t.getAlt() == null || t.getAlt().isBlank())) continue; // kept as it was
                ImageText current = image.getTexts().get(lang);
                ImageText wanted = t.getAlt() == null || t.getAlt().isBlank() ? null : new ImageText(t.getAlt(), t.getCaption());
                if (!Objects.equals(current, wanted)) image.setText(lang, t.getAlt(), t.getCaption());
            }
        }
        return c;
    }

    /**
     * The stored item again after a gallery or file change (a new version), keeping what the editor typed in
     * the form, which is saved with the next Save; new pictures get empty text fields.
     */
    void refresh() {
        content = contents.get(Content.class, content.getId());
        Set<Long> present = new TreeSet<>();
        for (GalleryImage image : content.getGallery()) {
            present.add(image.getId());
            imageTexts.computeIfAbsent(image.getId(), k -> imageTextForms(image));
        }
        imageTexts.keySet().retainAll(present);
    }

    /** Expected refusals as messages at their field or on the form; anything else goes to the error page. */
    void showError(RuntimeException e) {
        Throwable cause = ServiceExceptionHandler.cause(e);
        if (cause instanceof ConflictException c && "conflict.slugTaken".equals(c.reason())) {
            FacesMessages.error("form:slug", "cnt.slugTaken");
        } else if (cause instanceof ConflictException c && ConflictException.STALE.equals(c.reason())) {
            FacesMessages.error(null, "cnt.conflict");
        } else if (cause instanceof ConstraintViolationException v) {
            v.getConstraintViolations().forEach(violation -> {
                String path = violation.getPropertyPath().toString();
                String field = path.startsWith("slug") ? "form:slug"
                        : path.startsWith("endAfterStart") ? "form:endsAt" : null;
                FacesContext.getCurrentInstance().addMessage(field,
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, violation.getMessage(), violation.getMessage()));
            });
        } else {
            BackofficeErrors.show(e);
        }
        failed();
    }

    // what the sanitiser removed

    private Map<String, String> submittedBodies() {
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String lang : getLanguages()) bodies.put(lang, texts.get(lang).getBody());
        return bodies;
    }

    /** Names the elements that were in a submitted body and are not in the stored one. */
    private void reportRemovedMarkup(Map<String, String> submitted) {
        Set<String> removed = new TreeSet<>();
        submitted.forEach((lang, body) -> {
            Set<String> kept = elements(texts.get(lang).getBody());
            for (String element : elements(body)) if (!kept.contains(element)) removed.add(element);
        });
        if (!removed.isEmpty()) FacesMessages.info("cnt.sanitised", String.join(", ", removed));
    }

    private static Set<String> elements(String html) {
        Set<String> found = new TreeSet<>();
        if (html == null) return found;
        Matcher m = ELEMENT.matcher(html);
        while (m.find()) found.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
        return found;
    }

    // for the page

    public boolean isNew() { return content == null; }
    public List<String> getLanguages() { return languagesOf(type); }
    public List<String> getAllLanguages() { return Languages.PORTAL; }
    public boolean usesLanguage(String lang) { return getLanguages().contains(lang); }
    public String dir(String lang) { return Languages.RIGHT_TO_LEFT.contains(lang) ? "rtl" : "ltr"; }
    public boolean hasStoredText(String lang) { return content != null && content.getTexts().get(lang) != null; }
    public String storedBody(String lang) {
        ContentText t = content == null ? null : content.getTexts().get(lang);
        return t == null ? null : t.getBody();
    }
    public List<GalleryImage> getGallery() { return content == null ? List.of() : content.getGallery(); }
    public Map<String, ImageTextForm> imageTexts(GalleryImage image) { return imageTexts.get(image.getId()); }
    public StoredFile getAttachment() {
        return content instanceof Article a ? a.getAttachment() : content instanceof Resource r ? r.getFile() : null;
    }
    public boolean isAttachable() { return type == ContentType.NEWS || type == ContentType.RESOURCE; }
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
    public Map<String, TextForm> getTexts() { return texts; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public Long getProjectId() { return projectId; }
    public void setProjectId(Long projectId) { this.projectId = projectId; }
}
