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

    /** What a page does with an upload's name and bytes: a service's call. */
    @FunctionalInterface
    public interface Store {
        void store(String fileName, byte[] bytes);
    }

    /**
     * Reads the file ({@link #read}) and hands it to {@code store}, then says {@code bo.saved}; a refusal of the
     * service is shown at {@code field}. Whether it was stored.
     */
    public static boolean store(UploadedFile file, String field, Store store) {
        byte[] bytes = read(file, field);
        if (bytes == null) return false;
        try {
            store.store(file.getFileName(), bytes);
            FacesMessages.info("bo.saved");
            return true;
        } catch (RuntimeException e) {
            BackofficeErrors.showUpload(e, field);
            return false;
        }
    }

    private static byte[] refuse(String field, String key) {
        FacesMessages.error(field, key);
        FacesContext.getCurrentInstance().validationFailed();
        return null;
    }
}
