package bg.integra.media;

import bg.integra.account.Roles;
import bg.integra.common.NotFoundException;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;


/**
 * Pictures and documents uploaded by staff: checked by content ({@link Uploads}), stored in the database with
 * a thumbnail in one transaction (so a refused or failed upload leaves nothing behind), and read back by the
 * portal's media servlet.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
public class MediaService {

    @PersistenceContext
    private EntityManager em;

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
    public StoredFile store(String fileName, @NotNull byte[] bytes) {
        return StoredFiles.store(em, fileName, bytes);
    }

    @PermitAll
    public StoredFile get(long id) {
        StoredFile file = em.find(StoredFile.class, id);
        if (file == null) throw new NotFoundException("StoredFile", id);
        return file;
    }

    /** The bytes of a file and its thumbnail; read from the database every time (they are not cached). */
    @PermitAll
    public FileData data(long id) {
        FileData data = em.find(FileData.class, id);
        if (data == null) throw new NotFoundException("StoredFile", id);
        return data;
    }
}
