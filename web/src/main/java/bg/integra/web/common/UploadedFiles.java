package bg.integra.web.common;

import bg.integra.media.Uploads;
import jakarta.faces.context.FacesContext;
import org.primefaces.model.file.UploadedFile;

/**
 * The back-office's one check of a PrimeFaces upload before it reaches a service: an empty or oversized file is
 * refused at its field without reading it. What is inside (type, pixels, PDF structure) the service checks with
 * {@link Uploads}; its refusal reaches the field through {@link BackofficeErrors#showUpload}.
 */
public final class UploadedFiles {

    private UploadedFiles() {
    }

    /** The file's bytes, or null with a message at {@code field} (and the form marked invalid). */
    public static byte[] read(UploadedFile file, String field) {
        if (file == null || file.getSize() == 0) return refuse(field, "cnt.media.empty");
        if (file.getSize() > Uploads.MAX_BYTES) return refuse(field, "cnt.media.tooLarge");
        return file.getContent();
    }

    private static byte[] refuse(String field, String key) {
        FacesMessages.error(field, key);
        FacesContext.getCurrentInstance().validationFailed();
        return null;
    }
}
