package bg.integra.media;

import bg.integra.common.Sha256;
import jakarta.persistence.EntityManager;

/**
 * How a file is stored, whoever stores it: checked by content ({@link Uploads}), its row, then its bytes and
 * thumbnail in a row of their own. {@link MediaService#store} for an upload (with the caller's role checked), the
 * demo data for the files it generates at start-up.
 */
public final class StoredFiles {

    private StoredFiles() {
    }

    /** Stores the file in the caller's transaction; an unacceptable file is an {@link InvalidFileException}. */
    public static StoredFile store(EntityManager em, String fileName, byte[] bytes) {
        Uploads.Checked checked = Uploads.check(bytes);
        StoredFile file = new StoredFile(Uploads.safeFileName(fileName, checked.type()), checked.type(), bytes.length,
                checked.width(), checked.height(), Sha256.hex(bytes));
        em.persist(file);
        em.flush(); // the id, for the data row
        em.persist(new FileData(file, bytes, checked.thumbnail()));
        return file;
    }
}
