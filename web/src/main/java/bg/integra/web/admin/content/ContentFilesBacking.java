package bg.integra.web.admin.content;

import bg.integra.content.Content;
import bg.integra.content.ContentFileService;
import bg.integra.content.ContentType;
import bg.integra.content.GalleryImage;
import bg.integra.media.InvalidFileException;
import bg.integra.media.StoredFile;
import bg.integra.news.Article;
import bg.integra.resource.Resource;
import bg.integra.web.common.FacesMessages;
import bg.integra.web.common.ServiceExceptionHandler;
import bg.integra.web.common.UploadedFiles;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.util.List;

/**
 * The gallery and the attached file of the item in the editor ({@link EditContentBacking}): each change is stored
 * at once (a new version of the item), and what was typed in the rest of the form stays for the next save.
 */
@Named
@ViewScoped
public class ContentFilesBacking implements Serializable {

    @Inject
    private ContentFileService files;

    @Inject
    private EditContentBacking editor;

    private transient UploadedFile picture;
    private String pictureAlt;
    private String pictureCaption;
    private transient UploadedFile attachmentFile;

    public void addPicture() {
        Content content = editor.getContent();
        if (content == null) return;
        byte[] bytes = UploadedFiles.read(picture, "form:picture");
        if (bytes == null) return;
        try {
            files.addPicture(content.getId(), content.getVersion(), picture.getFileName(), bytes, pictureAlt, pictureCaption);
            pictureAlt = pictureCaption = null;
            FacesMessages.info("cnt.pictureAdded");
            editor.refresh();
        } catch (RuntimeException e) {
            showUploadError(e, "form:picture");
        }
    }

    public void attach() {
        Content content = editor.getContent();
        if (content == null) return;
        byte[] bytes = UploadedFiles.read(attachmentFile, "form:attachmentFile");
        if (bytes == null) return;
        try {
            files.attach(content.getId(), content.getVersion(), attachmentFile.getFileName(), bytes);
            FacesMessages.info("cnt.fileAttached");
            editor.refresh();
        } catch (RuntimeException e) {
            showUploadError(e, "form:attachmentFile");
        }
    }

    public void detach() {
        change(() -> files.detach(editor.getContent().getId(), editor.getContent().getVersion()), "bo.saved");
    }

    public void makeCover(long imageId) {
        change(() -> files.makeCover(editor.getContent().getId(), editor.getContent().getVersion(), imageId), "bo.saved");
    }

    public void removeImage(long imageId) {
        change(() -> files.removeImage(editor.getContent().getId(), editor.getContent().getVersion(), imageId), "bo.deleted");
    }

    private void change(Runnable change, String done) {
        try {
            change.run();
            FacesMessages.info(done);
            editor.refresh();
        } catch (RuntimeException e) {
            ContentErrors.show(e);
        }
    }

    /** The bytes of an upload, or null with a message at the field; a file over the limit is not even read. */
    private void showUploadError(RuntimeException e, String field) {
        if (ServiceExceptionHandler.cause(e) instanceof InvalidFileException invalid) {
            FacesMessages.error(field, "cnt." + invalid.reason());
            FacesContext.getCurrentInstance().validationFailed();
        } else {
            ContentErrors.show(e);
        }
    }

    public UploadedFile getPicture() { return picture; }
    public void setPicture(UploadedFile picture) { this.picture = picture; }
    public String getPictureAlt() { return pictureAlt; }
    public void setPictureAlt(String pictureAlt) { this.pictureAlt = pictureAlt; }
    public String getPictureCaption() { return pictureCaption; }
    public void setPictureCaption(String pictureCaption) { this.pictureCaption = pictureCaption; }
    public UploadedFile getAttachmentFile() { return attachmentFile; }
    public void setAttachmentFile(UploadedFile attachmentFile) { this.attachmentFile = attachmentFile; }

    // for the page

    public List<GalleryImage> getGallery() {
        Content content = editor.getContent();
        return content == null ? List.of() : content.getGallery();
    }

    public StoredFile getAttachment() {
        Content content = editor.getContent();
        return content instanceof Article a ? a.getAttachment() : content instanceof Resource r ? r.getFile() : null;
    }

    /** News and resources carry a file; events and information do not. */
    public boolean isAttachable() {
        return editor.getType() == ContentType.NEWS || editor.getType() == ContentType.RESOURCE;
    }
}
