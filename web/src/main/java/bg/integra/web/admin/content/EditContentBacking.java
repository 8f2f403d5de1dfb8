package bg.integra.web.admin.content;

import bg.integra.account.Roles;
import bg.integra.common.ConflictException;
import bg.integra.common.Languages;
import bg.integra.common.NotFoundException;
import bg.integra.common.PageRequest;
import bg.integra.common.Region;
import bg.integra.common.Slugs;
import bg.integra.content.Content;
import bg.integra.content.ContentFileService;
import bg.integra.content.ContentService;
import bg.integra.content.ContentText;
import bg.integra.content.ContentType;
import bg.integra.content.GalleryImage;
import bg.integra.content.ImageText;
import bg.integra.event.Event;
import bg.integra.event.EventKind;
import bg.integra.event.EventMethod;
import bg.integra.event.Trainer;
import bg.integra.info.InfoArticle;
import bg.integra.info.Topic;
import bg.integra.media.InvalidFileException;
import bg.integra.media.StoredFile;
import bg.integra.media.Uploads;
import bg.integra.news.Article;
import bg.integra.news.ArticleKind;
import bg.integra.project.Activity;
import bg.integra.project.ActivityService;
import bg.integra.project.Project;
import bg.integra.project.ProjectQuery;
import bg.integra.project.ProjectService;
import bg.integra.registration.RegistrationService;
import bg.integra.registration.TargetGroup;
import bg.integra.resource.Resource;
import bg.integra.resource.ResourceKind;
import bg.integra.web.common.BackofficeErrors;
import bg.integra.web.common.FacesMessages;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.ConstraintViolationException;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
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
 * elements that were removed.
 */
@Named
@ViewScoped
public class EditContentBacking implements Serializable {

    @Inject
    private ContentService contents;

    @Inject
    private ContentFileService files;

    @Inject
    private ProjectService projects;

    @Inject
    private ActivityService activities;

    @Inject
    private RegistrationService registrations;

    @Inject
    private SecurityContext security;

    private String idParameter;
    private String typeParameter;
    private Long id;
    private ContentType type;
    private Content content;
    private boolean loaded;
    private List<Project> projectChoices = List.of();

    // common fields
    private String slug;
    private Long projectId;
    private final Map<String, TextForm> texts = new LinkedHashMap<>();

    // news
    private ArticleKind articleKind = ArticleKind.NEWS;
    private String newspaper;
    private LocalDate issueDate;

    // event
    private EventKind eventKind = EventKind.SEMINAR;
    private EventMethod[] methods = new EventMethod[0];
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String venue;
    private String city;
    private Region region;
    private Integer capacity;
    private Long activityId;
    private final List<TrainerForm> trainers = new ArrayList<>();
    private String[] targetGroupCodes = new String[0];
    private List<TargetGroup> targetGroups;
    private List<Activity> activityChoices;
    private Long activityChoicesProject;

    // resource (topic is shared with information)
    private ResourceKind resourceKind = ResourceKind.HANDBOOK;
    private Topic topic;
    private String materialLanguage = Languages.DEFAULT;
    private Integer printRun;

    // information
    private Integer position;

    // gallery and attachment
    private transient UploadedFile picture;
    private String pictureAlt;
    private String pictureCaption;
    private transient UploadedFile attachmentFile;
    private final Map<Long, Map<String, ImageTextForm>> imageTexts = new LinkedHashMap<>();

    public EditContentBacking() {
        for (String lang : Languages.PORTAL) texts.put(lang, new TextForm());
    }

    /** The languages content of a kind is written in: information for immigrants in all seven, the rest bg/en. */
    public static List<String> languagesOf(ContentType type) {
        return type == ContentType.INFO ? Languages.PORTAL : Languages.SUPPORTED;
    }

    public void load() throws IOException {
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
        if ((id == null && type == null) || (type != null && type != ContentType.EVENT && !isContentStaff(security))) {
            notFound();
            return;
        }
        projectChoices = allProjects();
        if (id == null) return;
        try {
            content = contents.get(Content.class, id);
        } catch (RuntimeException e) {
            if (!(e instanceof NotFoundException) && !(e.getCause() instanceof NotFoundException)) throw e;
            notFound();
            return;
        }
        type = content.getType();
        fill();
    }

    private static void notFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, null);
        faces.responseComplete();
    }

    /** Whether the caller edits any content (an editor or administrator) rather than their projects' events. */
    static boolean isContentStaff(SecurityContext security) {
        return security.isCallerInRole(Roles.ADMIN) || security.isCallerInRole(Roles.EDITOR);
    }

    /** The projects content may belong to: all for editors, the coordinator's own for a coordinator. */
    private List<Project> allProjects() {
        boolean all = isContentStaff(security);
        List<Project> found = new ArrayList<>();
        for (int page = 0; ; page++) {
            var request = new PageRequest(page, PageRequest.MAX_SIZE);
            var result = all ? projects.search(ProjectQuery.all(), request) : projects.editable(ProjectQuery.all(), request);
            found.addAll(result.items());
            if (page + 1 >= result.totalPages()) return found;
        }
    }

    /** The form from the stored item: after loading, and after every save (which shows the sanitised bodies). */
    private void fill() {
        slug = content.getSlug();
        projectId = content.getProject() == null ? null : content.getProject().getId();
        for (String lang : Languages.PORTAL) texts.put(lang, TextForm.of(content.getTexts().get(lang)));
        if (content instanceof Article a) {
            articleKind = a.getKind();
            newspaper = a.getNewspaper();
            issueDate = a.getIssueDate();
        } else if (content instanceof Event e) {
            eventKind = e.getKind();
            methods = e.getMethods().toArray(EventMethod[]::new);
            startsAt = e.getStartsAt();
            endsAt = e.getEndsAt();
            venue = e.getVenue();
            city = e.getCity();
            region = e.getRegion();
            capacity = e.getCapacity();
            activityId = e.getActivity() == null ? null : e.getActivity().getId();
            trainers.clear();
            e.getTrainers().forEach(t -> trainers.add(TrainerForm.of(t)));
            targetGroupCodes = e.getTargetGroups().stream().map(TargetGroup::getCode).toArray(String[]::new);
        } else if (content instanceof Resource r) {
            resourceKind = r.getKind();
            topic = r.getTopic();
            materialLanguage = r.getMaterialLanguage();
            printRun = r.getPrintRun();
        } else if (content instanceof InfoArticle i) {
            topic = i.getTopic();
            position = i.getPosition();
        }
        imageTexts.clear();
        for (GalleryImage image : content.getGallery()) {
            Map<String, ImageTextForm> perLanguage = new LinkedHashMap<>();
            for (String lang : Languages.PORTAL) perLanguage.put(lang, ImageTextForm.of(image.getTexts().get(lang)));
            imageTexts.put(image.getId(), perLanguage);
        }
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

    /** A new item gets its own address (a reload then edits it rather than creating another); an edit stays. */
    private String afterSave() {
        if (id == null) return "/admin/content/edit.xhtml?faces-redirect=true&id=" + content.getId();
        return null;
    }

    /** Creates or updates the item from the form; false (with messages) when it was refused. */
    private boolean store() {
        if (projectId == null && !isContentStaff(security)) {
            FacesMessages.error("form:project", "bo.required"); // a coordinator's event belongs to one of their projects
            return failed();
        }
        if (type == ContentType.EVENT && startsAt != null && endsAt != null && endsAt.isBefore(startsAt)) {
            FacesMessages.error("form:endsAt", "cnt.endBeforeStart");
            return failed();
        }
        boolean valid = true;
        if (type == ContentType.EVENT) {
            for (int i = 0; i < trainers.size(); i++) {
                TrainerForm t = trainers.get(i);
                if (!t.isBlank() && (t.getName() == null || t.getName().isBlank())) {
                    FacesMessages.error("form:trainerRows:" + i + ":trainerName", "bo.required");
                    valid = false;
                }
            }
        }
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
        ContentText bulgarian = texts.get(Languages.DEFAULT).toText();
        Content c = content;
        if (c == null) {
            c = switch (type) {
                case NEWS -> new Article(articleKind, bulgarian);
                case EVENT -> new Event(eventKind, bulgarian, startsAt, venue, region);
                case RESOURCE -> new Resource(resourceKind, bulgarian);
                case INFO -> new InfoArticle(topic, bulgarian);
            };
        }
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
        if (c instanceof Article a) {
            a.setKind(articleKind);
            a.setNewspaper(newspaper);
            a.setIssueDate(issueDate);
        } else if (c instanceof Event e) {
            e.setKind(eventKind);
            e.setStartsAt(startsAt);
            e.setEndsAt(endsAt);
            e.setVenue(venue);
            e.setCity(city);
            e.setRegion(region);
            e.setMethods(methods.length == 0 ? EnumSet.noneOf(EventMethod.class) : EnumSet.copyOf(List.of(methods)));
            e.setCapacity(capacity);
            e.setActivity(activityId == null ? null : activities.get(activityId));
            e.setTrainers(trainers.stream().filter(t -> !t.isBlank()).map(TrainerForm::toTrainer).toList());
            List<String> codes = List.of(targetGroupCodes);
            e.setTargetGroups(getTargetGroups().stream().filter(g -> codes.contains(g.getCode())).toList());
        } else if (c instanceof Resource r) {
            r.setKind(resourceKind);
            r.setTopic(topic);
            r.setMaterialLanguage(materialLanguage);
            r.setPrintRun(printRun);
        } else if (c instanceof InfoArticle i) {
            i.setTopic(topic);
            if (position != null) i.setPosition(position);
        }
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

    // event: trainers and the activity of the chosen project

    public void addTrainer() {
        if (trainers.size() < Event.MAX_TRAINERS) trainers.add(new TrainerForm());
    }

    public void removeTrainer(int index) {
        if (index >= 0 && index < trainers.size()) trainers.remove(index);
    }

    /** Another project was chosen: an activity of the former one no longer applies. */
    public void projectChanged() {
        if (activityId != null && getActivityChoices().stream().noneMatch(a -> a.getId().equals(activityId))) {
            activityId = null;
        }
    }

    /** The activities of the chosen project, read again only when the project changes. */
    public List<Activity> getActivityChoices() {
        if (projectId == null) return List.of();
        if (activityChoices == null || !projectId.equals(activityChoicesProject)) {
            activityChoices = activities.ofProject(projectId);
            activityChoicesProject = projectId;
        }
        return activityChoices;
    }

    public List<TargetGroup> getTargetGroups() {
        if (targetGroups == null) targetGroups = registrations.targetGroups();
        return targetGroups;
    }

    // gallery and attachment

    public void addPicture() {
        if (isNew()) return;
        byte[] bytes = readUpload(picture, "form:picture");
        if (bytes == null) return;
        try {
            files.addPicture(content.getId(), content.getVersion(), picture.getFileName(), bytes, pictureAlt, pictureCaption);
            pictureAlt = pictureCaption = null;
            FacesMessages.info("cnt.pictureAdded");
            refresh();
        } catch (RuntimeException e) {
            showUploadError(e, "form:picture");
        }
    }

    public void attach() {
        if (isNew()) return;
        byte[] bytes = readUpload(attachmentFile, "form:attachmentFile");
        if (bytes == null) return;
        try {
            files.attach(content.getId(), content.getVersion(), attachmentFile.getFileName(), bytes);
            FacesMessages.info("cnt.fileAttached");
            refresh();
        } catch (RuntimeException e) {
            showUploadError(e, "form:attachmentFile");
        }
    }

    public void detach() {
        try {
            files.detach(content.getId(), content.getVersion());
            FacesMessages.info("bo.saved");
            refresh();
        } catch (RuntimeException e) {
            showError(e);
        }
    }

    public void makeCover(long imageId) {
        try {
            files.makeCover(content.getId(), content.getVersion(), imageId);
            FacesMessages.info("bo.saved");
            refresh();
        } catch (RuntimeException e) {
            showError(e);
        }
    }

    public void removeImage(long imageId) {
        try {
            files.removeImage(content.getId(), content.getVersion(), imageId);
            FacesMessages.info("bo.deleted");
            refresh();
        } catch (RuntimeException e) {
            showError(e);
        }
    }

    /**
     * The stored item again after a gallery or file change (a new version), keeping what the editor typed in
     * the form, which is saved with the next Save; new pictures get empty text fields.
     */
    private void refresh() {
        content = contents.get(Content.class, content.getId());
        Set<Long> present = new TreeSet<>();
        for (GalleryImage image : content.getGallery()) {
            present.add(image.getId());
            imageTexts.computeIfAbsent(image.getId(), k -> {
                Map<String, ImageTextForm> perLanguage = new LinkedHashMap<>();
                for (String lang : Languages.PORTAL) perLanguage.put(lang, ImageTextForm.of(image.getTexts().get(lang)));
                return perLanguage;
            });
        }
        imageTexts.keySet().retainAll(present);
    }

    /** The bytes of an upload, or null with a message at the field; a file over the limit is not even read. */
    private static byte[] readUpload(UploadedFile file, String field) {
        if (file == null || file.getSize() == 0) {
            FacesMessages.error(field, "cnt.media.empty");
            failed();
            return null;
        }
        if (file.getSize() > Uploads.MAX_BYTES) {
            FacesMessages.error(field, "cnt.media.tooLarge");
            failed();
            return null;
        }
        return file.getContent();
    }

    private void showUploadError(RuntimeException e, String field) {
        Throwable cause = unwrap(e);
        if (cause instanceof InvalidFileException invalid) {
            FacesMessages.error(field, "cnt." + invalid.reason());
            failed();
        } else {
            showError(e);
        }
    }

    /** Expected refusals as messages at their field or on the form; anything else goes to the error page. */
    private void showError(RuntimeException e) {
        Throwable cause = unwrap(e);
        if (cause instanceof ConflictException c && "conflict.slugTaken".equals(c.reason())) {
            FacesMessages.error("form:slug", "cnt.slugTaken");
        } else if (cause instanceof ConflictException c && ConflictException.STALE.equals(c.reason())) {
            FacesMessages.error(null, "cnt.conflict");
        } else if (cause instanceof ConstraintViolationException v) {
            v.getConstraintViolations().forEach(violation -> {
                String path = violation.getPropertyPath().toString();
                String field = path.startsWith("slug") ? "form:slug"
                        : path.startsWith("endAfterStart") ? "form:endsAt" : null;
                FacesContext.getCurrentInstance().addMessage(field, new jakarta.faces.application.FacesMessage(
                        jakarta.faces.application.FacesMessage.SEVERITY_ERROR, violation.getMessage(), violation.getMessage()));
            });
        } else {
            BackofficeErrors.show(e);
        }
        failed();
    }

    private static Throwable unwrap(RuntimeException e) {
        return e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
    }

    // what the sanitiser removed

    private static final Pattern ELEMENT = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)");

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
    public long getMaxUploadBytes() { return Uploads.MAX_BYTES; }

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
    public ArticleKind getArticleKind() { return articleKind; }
    public void setArticleKind(ArticleKind articleKind) { this.articleKind = articleKind; }
    public String getNewspaper() { return newspaper; }
    public void setNewspaper(String newspaper) { this.newspaper = newspaper; }
    public LocalDate getIssueDate() { return issueDate; }
    public void setIssueDate(LocalDate issueDate) { this.issueDate = issueDate; }
    public EventKind getEventKind() { return eventKind; }
    public void setEventKind(EventKind eventKind) { this.eventKind = eventKind; }
    public EventMethod[] getMethods() { return methods; }
    public void setMethods(EventMethod[] methods) { this.methods = methods == null ? new EventMethod[0] : methods; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalDateTime startsAt) { this.startsAt = startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public void setEndsAt(LocalDateTime endsAt) { this.endsAt = endsAt; }
    public String getVenue() { return venue; }
    public void setVenue(String venue) { this.venue = venue; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public Region getRegion() { return region; }
    public void setRegion(Region region) { this.region = region; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public Long getActivityId() { return activityId; }
    public void setActivityId(Long activityId) { this.activityId = activityId; }
    public List<TrainerForm> getTrainers() { return trainers; }
    public int getMaxTrainers() { return Event.MAX_TRAINERS; }
    public String[] getTargetGroupCodes() { return targetGroupCodes; }
    public void setTargetGroupCodes(String[] codes) { this.targetGroupCodes = codes == null ? new String[0] : codes; }
    public ResourceKind getResourceKind() { return resourceKind; }
    public void setResourceKind(ResourceKind resourceKind) { this.resourceKind = resourceKind; }
    public Topic getTopic() { return topic; }
    public void setTopic(Topic topic) { this.topic = topic; }
    public String getMaterialLanguage() { return materialLanguage; }
    public void setMaterialLanguage(String materialLanguage) { this.materialLanguage = materialLanguage; }
    public Integer getPrintRun() { return printRun; }
    public void setPrintRun(Integer printRun) { this.printRun = printRun; }
    public Integer getPosition() { return position; }
    public void setPosition(Integer position) { this.position = position; }
    public UploadedFile getPicture() { return picture; }
    public void setPicture(UploadedFile picture) { this.picture = picture; }
    public String getPictureAlt() { return pictureAlt; }
    public void setPictureAlt(String pictureAlt) { this.pictureAlt = pictureAlt; }
    public String getPictureCaption() { return pictureCaption; }
    public void setPictureCaption(String pictureCaption) { this.pictureCaption = pictureCaption; }
    public UploadedFile getAttachmentFile() { return attachmentFile; }
    public void setAttachmentFile(UploadedFile attachmentFile) { this.attachmentFile = attachmentFile; }
    public ArticleKind[] getArticleKinds() { return ArticleKind.values(); }
    public EventKind[] getEventKinds() { return EventKind.values(); }
    public EventMethod[] getEventMethods() { return EventMethod.values(); }
    public ResourceKind[] getResourceKinds() { return ResourceKind.values(); }
    public Topic[] getTopics() { return Topic.values(); }
    public Region[] getRegions() { return Region.values(); }

    /** Title, summary and body of one language as typed. */
    public static class TextForm implements Serializable {
        private String title;
        private String summary;
        private String body;

        static TextForm of(ContentText text) {
            TextForm form = new TextForm();
            if (text != null) {
                form.title = text.getTitle();
                form.summary = text.getSummary();
                form.body = text.getBody();
            }
            return form;
        }

        boolean isBlankTitle() { return title == null || title.isBlank(); }
        boolean hasSummaryOrBody() { return (summary != null && !summary.isBlank()) || (body != null && !body.isBlank()); }
        /** The body as typed: the service sanitises it before it is stored. */
        ContentText toText() { return new ContentText(title, summary, body); }

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getSummary() { return summary; }
        public void setSummary(String summary) { this.summary = summary; }
        public String getBody() { return body; }
        public void setBody(String body) { this.body = body; }
    }

    /** One trainer's row: a row left empty is ignored, a row with an affiliation needs a name. */
    public static class TrainerForm implements Serializable {
        private String name;
        private String affiliation;

        static TrainerForm of(Trainer trainer) {
            TrainerForm form = new TrainerForm();
            form.name = trainer.getName();
            form.affiliation = trainer.getAffiliation();
            return form;
        }

        boolean isBlank() {
            return (name == null || name.isBlank()) && (affiliation == null || affiliation.isBlank());
        }

        Trainer toTrainer() { return new Trainer(name, affiliation); }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getAffiliation() { return affiliation; }
        public void setAffiliation(String affiliation) { this.affiliation = affiliation; }
    }

    /** Alt text and caption of a gallery picture in one language. */
    public static class ImageTextForm implements Serializable {
        private String alt;
        private String caption;

        static ImageTextForm of(ImageText text) {
            ImageTextForm form = new ImageTextForm();
            if (text != null) {
                form.alt = text.getAlt();
                form.caption = text.getCaption();
            }
            return form;
        }

        public String getAlt() { return alt; }
        public void setAlt(String alt) { this.alt = alt; }
        public String getCaption() { return caption; }
        public void setCaption(String caption) { this.caption = caption; }
    }
}
