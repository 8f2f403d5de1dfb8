package bg.integra.content;

import bg.integra.account.Caller;
import bg.integra.account.Callers;
import bg.integra.account.Roles;
import bg.integra.audit.AuditAction;
import bg.integra.audit.AuditState;
import bg.integra.audit.AuditTrail;
import bg.integra.common.AccessDeniedException;
import bg.integra.common.ConflictException;
import bg.integra.common.Filtered;
import bg.integra.common.Folding;
import bg.integra.common.NotFoundException;
import bg.integra.common.Page;
import bg.integra.common.PageRequest;
import bg.integra.common.ReadOnly;
import bg.integra.common.Slugs;
import bg.integra.event.Event;
import bg.integra.media.StoredFile;
import bg.integra.project.Activity;
import bg.integra.project.Project;
import bg.integra.project.ProjectService;
import bg.integra.project.TargetGroup;
import bg.integra.registration.Registration;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the portal publishes, for the back-office: create, edit, publish and unpublish news, events,
 * resources and information for immigrants, and their galleries. ADMIN and EDITOR may change any content; a
 * COORDINATOR only the events of their organisation's projects (others' are not found, as in the project pages).
 * Every body is sanitised here, whatever page or client sent it, and every save is checked against the version
 * the editor read. The public reading side is in the per-kind services ({@code NewsService}, {@code EventService},
 * {@code ResourceService}, {@code InfoService}) and shares {@link #published} and {@link #load}.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
public class ContentService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private ProjectService projects;

    @Inject
    private Callers callers;

    /** A published item by its address, with everything its page shows ({@link ReadOnly}); not found when missing or not published. */
    @PermitAll
    public <T extends Content> T published(@NotNull Class<T> kind, @NotNull ContentType type, String slug) {
        if (!Slugs.isValid(slug)) throw new NotFoundException(type.name(), slug);
        T found = ReadOnly.query(em.createNamedQuery(Content.FIND_BY_SLUG, Content.class))
                .setParameter("type", type).setParameter("slug", slug)
                .getResultStream().filter(kind::isInstance).map(kind::cast).findFirst()
                .filter(Content::isPublished)
                .orElseThrow(() -> new NotFoundException(type.name(), slug));
        return load(found);
    }

    /** The published items that belong to a project, newest first, for the project's page. */
    @PermitAll
    public List<Content> publishedForProject(long projectId) {
        Project project = ReadOnly.find(em, Project.class, projectId);
        if (project == null) return List.of();
        List<Content> items = ReadOnly.query(em.createNamedQuery(Content.FIND_PUBLISHED_BY_PROJECT, Content.class))
                .setParameter("project", project).getResultList();
        items.forEach(ContentService::load);
        return items;
    }

    /** The back-office list: any kind and status, newest change first, filtered by words of the Bulgarian title. */
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
    public Page<Content> list(ContentType type, PublicationStatus status, String text, @NotNull PageRequest request) {
        Filtered<Content> list = Filtered.of(Content.class, "c");
        Caller caller = callers.current();
        if (!caller.isContentStaff()) { // a coordinator: the events of their organisation's projects
            list.where("c.type = :own", "own", ContentType.EVENT)
                    .where("c.project.beneficiary.id = :organisation", "organisation", caller.scope());
        }
        list.where("c.type = :type", "type", type).where("c.status = :status", "status", status);
        List<String> terms = Folding.terms(text);
        for (int i = 0; i < terms.size(); i++) {
            list.where("c.id IN (SELECT d.id FROM Content d JOIN d.texts t WHERE t.searchText LIKE :t" + i + Filtered.ESCAPE + ")",
                    "t" + i, Filtered.containing(terms.get(i)));
        }
        Page<Content> page = list.page(em, "c.updatedAt DESC, c.id DESC", request);
        page.items().forEach(ContentService::load);
        return page;
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
    public <T extends Content> T get(@NotNull Class<T> kind, long id) {
        T content = em.find(kind, id);
        if (content == null || !mayChange(content)) throw new NotFoundException(kind.getSimpleName(), id);
        return load(content);
    }

    /** Stores new content as a draft; a slug already taken by the same kind gets a number ({@code seminar-2}). */
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
    public <T extends Content> T create(@NotNull @Valid T content) {
        sanitise(content);
        attach(content);
        if (!mayChange(content)) throw new AccessDeniedException("A coordinator adds events of their own projects only");
        String base = content.getSlug();
        for (int n = 2; slugTaken(content.contentType(), content.getSlug(), -1L); n++) {
            String suffix = "-" + n;
            content.setSlug(base.substring(0, Math.min(base.length(), Slugs.LENGTH - suffix.length())) + suffix);
        }
        em.persist(content);
        em.flush();
        audit.created(content);
        return content;
    }

    /** Saves an edited copy; refused when someone saved in between or when the address is another item's. */
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
    public <T extends Content> T update(@NotNull @Valid T edited) {
        Content current = em.find(Content.class, edited.getId());
        if (current == null || !mayChange(current)) throw new NotFoundException(edited.getClass().getSimpleName(), edited.getId());
        if (current.getVersion() != edited.getVersion()) throw ConflictException.stale("Content", edited.getId());
        if (slugTaken(edited.contentType(), edited.getSlug(), edited.getId())) {
            throw new ConflictException("conflict.slugTaken", "Address " + edited.getSlug() + " is taken", edited.getSlug());
        }
        sanitise(edited);
        attach(edited);
        if (!mayChange(edited)) throw new AccessDeniedException("A coordinator moves events to their own projects only");
        AuditState before = current.auditState();
        try {
            T merged = em.merge(edited);
            em.flush();
            audit.record(AuditAction.UPDATE, merged, before);
            return load(merged);
        } catch (OptimisticLockException e) {
            throw ConflictException.stale("Content", edited.getId());
        }
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
    public Content publish(long id, long expectedVersion) {
        Content content = current(id, expectedVersion);
        AuditState before = content.auditState();
        content.publish(LocalDateTime.now(Content.ZONE));
        em.flush();
        audit.record(AuditAction.PUBLISH, content, before);
        return load(content);
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
    public Content unpublish(long id, long expectedVersion) {
        Content content = current(id, expectedVersion);
        AuditState before = content.auditState();
        content.unpublish();
        em.flush();
        audit.record(AuditAction.UNPUBLISH, content, before);
        return load(content);
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
    public void delete(long id, long expectedVersion) {
        Content content = current(id, expectedVersion);
        // registrations are evidence for the project's reports: an event people registered for is unpublished, not deleted
        if (content instanceof Event) {
            long registrations = em.createNamedQuery(Registration.COUNT_BY_EVENT, Long.class)
                    .setParameter("event", id).getSingleResult();
            if (registrations > 0) {
                throw new ConflictException("conflict.eventHasRegistrations",
                        "Event " + id + " has " + registrations + " registrations", registrations);
            }
        }
        audit.deleted(content);
        em.remove(content);
    }

    /** Adds an uploaded picture to the gallery; the first picture is the cover. */
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
    public GalleryImage addImage(long contentId, long expectedVersion, long fileId, @NotNull String altBg, String captionBg) {
        Content content = current(contentId, expectedVersion);
        StoredFile file = em.find(StoredFile.class, fileId);
        if (file == null || !file.isImage()) throw new NotFoundException("Picture", fileId);
        AuditState before = content.auditState();
        GalleryImage image = content.addImage(file, new ImageText(altBg, captionBg));
        em.persist(image);
        em.flush();
        audit.record(AuditAction.UPDATE, content, before);
        return image;
    }

    /** Sets the alt text and caption of a gallery picture in one language (a blank alt text removes a translation). */
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
    public void describeImage(long imageId, @NotNull String lang, String alt, String caption) {
        GalleryImage image = image(imageId);
        AuditState before = image.getContent().auditState();
        image.setText(lang, alt, caption);
        em.flush();
        audit.record(AuditAction.UPDATE, image.getContent(), before);
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
    public void makeCover(long imageId) {
        GalleryImage image = image(imageId);
        AuditState before = image.getContent().auditState();
        image.getContent().makeCover(image);
        em.flush();
        audit.record(AuditAction.UPDATE, image.getContent(), before);
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
    public void removeImage(long imageId) {
        GalleryImage image = image(imageId);
        Content content = image.getContent();
        AuditState before = content.auditState();
        content.removeImage(image);
        em.flush();
        audit.record(AuditAction.UPDATE, content, before);
    }

    private GalleryImage image(long imageId) {
        GalleryImage image = em.find(GalleryImage.class, imageId);
        if (image == null || !mayChange(image.getContent())) throw new NotFoundException("GalleryImage", imageId);
        return image;
    }

    /** The stored item for a change by the caller: not found when they may not change it, stale when changed since. */
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
    public Content current(long id, long expectedVersion) {
        Content content = em.find(Content.class, id);
        if (content == null || !mayChange(content)) throw new NotFoundException("Content", id);
        if (content.getVersion() != expectedVersion) throw ConflictException.stale("Content", id);
        return content;
    }

    /** Editors change any content; a coordinator (without those roles) an event of a project they may change. */
    private boolean mayChange(Content content) {
        if (callers.current().isContentStaff()) return true;
        return content instanceof Event && content.getProject() != null && projects.mayEdit(content.getProject());
    }

    private boolean slugTaken(ContentType type, String slug, Long ownId) {
        return em.createNamedQuery(Content.COUNT_BY_SLUG, Long.class)
                .setParameter("type", type).setParameter("slug", slug).setParameter("id", ownId)
                .getSingleResult() > 0;
    }

    /**
     * Replaces references to a project, an activity or target groups by managed ones, and refuses ones that do
     * not exist; an event's activity must be one of the event's own project.
     */
    private void attach(Content content) {
        if (content.getProject() != null) {
            Project project = em.find(Project.class, content.getProject().getId());
            if (project == null) throw new NotFoundException("Project", content.getProject().getId());
            content.setProject(project);
        }
        if (content instanceof Event event) {
            if (event.getActivity() != null) {
                Activity activity = em.find(Activity.class, event.getActivity().getId());
                if (activity == null) throw new NotFoundException("Activity", event.getActivity().getId());
                if (event.getProject() == null || !activity.getProject().getId().equals(event.getProject().getId())) {
                    throw new ConflictException("conflict.activityOfOtherProject",
                            "Activity " + activity.getId() + " is not one of the event's project");
                }
                event.setActivity(activity);
            }
            List<TargetGroup> groups = new ArrayList<>();
            for (TargetGroup group : event.getTargetGroups()) {
                TargetGroup found = em.find(TargetGroup.class, group.getCode());
                if (found == null) throw new ConflictException("validation.targetGroupUnknown", "No target group " + group.getCode(), group.getCode());
                groups.add(found);
            }
            event.setTargetGroups(groups);
        }
    }

    /** Every body through the allow-list, however the content reached the service. */
    private static void sanitise(Content content) {
        Map<String, ContentText> texts = Map.copyOf(content.getTexts());
        texts.forEach((lang, t) -> {
            String safe = RichText.sanitise(t.getBody());
            if (!Objects.equals(safe, t.getBody())) content.setText(lang, new ContentText(t.getTitle(), t.getSummary(), safe));
        });
    }

    /** Loads what pages show before the entity leaves the transaction: texts, gallery, project title. */
    public static <T extends Content> T load(T content) {
        content.getTexts().size();
        content.getGallery().forEach(g -> g.getTexts().size());
        if (content.getProject() != null) content.getProject().getTexts().size();
        if (content instanceof Event event) {
            if (event.getActivity() != null) event.getActivity().getTitles().size();
            event.getTrainers().size();
            event.getTargetGroups().forEach(g -> g.getNames().size());
        }
        return content;
    }
}
