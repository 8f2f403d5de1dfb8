package bg.integra.content;

import bg.integra.account.Roles;
import bg.integra.common.NotFoundException;
import bg.integra.media.InvalidFileException;
import bg.integra.media.MediaService;
import bg.integra.media.StoredFile;
import bg.integra.news.Article;
import bg.integra.resource.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

/**
 * Files uploaded for a piece of content in the back-office: pictures of its gallery, and the file attached to a
 * news item (a media publication's scan) or a resource (the material to download). Each upload is checked,
 * stored and attached in one transaction, against the version the editor read, so that a refused file or a
 * conflicting edit leaves neither a stray file nor a half-changed item behind.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
public class ContentFileService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MediaService media;

    @Inject
    private ContentService content;

    /** Adds a picture to the gallery; a PDF or any other non-picture is refused as unsupported. */
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
    public GalleryImage addPicture(long contentId, long expectedVersion, String fileName, @NotNull byte[] bytes,
                                   @NotNull String altBg, String captionBg) {
        StoredFile file = media.store(fileName, bytes);
        if (!file.isImage()) throw new InvalidFileException(InvalidFileException.UNSUPPORTED, "Not a picture");
        return content.addImage(contentId, expectedVersion, file.getId(), altBg, captionBg);
    }

    /** Attaches a picture or PDF to a news item or resource, in place of the file it had. */
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
    public StoredFile attach(long contentId, long expectedVersion, String fileName, @NotNull byte[] bytes) {
        Content item = current(contentId, expectedVersion);
        StoredFile file = media.store(fileName, bytes);
        if (item instanceof Article article) {
            article.setAttachment(file);
        } else if (item instanceof Resource resource) {
            resource.setFile(file);
        } else {
            throw new NotFoundException("Attachment of " + item.contentType(), contentId);
        }
        em.flush();
        return file;
    }

    /** Takes the attached file off a news item or resource (the stored file stays: stored files never change). */
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
    public void detach(long contentId, long expectedVersion) {
        Content item = current(contentId, expectedVersion);
        if (item instanceof Article article) article.setAttachment(null);
        else if (item instanceof Resource resource) resource.setFile(null);
        em.flush();
    }

    /** A gallery change made only if the item is still the version the editor read. */
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
    public void makeCover(long contentId, long expectedVersion, long imageId) {
        checkImage(current(contentId, expectedVersion), imageId);
        content.makeCover(imageId);
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
    public void removeImage(long contentId, long expectedVersion, long imageId) {
        checkImage(current(contentId, expectedVersion), imageId);
        content.removeImage(imageId);
    }

    /** The item if the caller may change it (ContentService decides: a coordinator only their projects' events). */
    private Content current(long id, long expectedVersion) {
        return content.current(id, expectedVersion);
    }

    private static void checkImage(Content item, long imageId) {
        if (item.getGallery().stream().noneMatch(g -> g.getId() == imageId)) throw new NotFoundException("GalleryImage", imageId);
    }
}
