package bg.integra.demo;

import bg.integra.content.Content;
import bg.integra.legacy.LegacyAddress;
import bg.integra.media.FileData;
import bg.integra.media.StoredFile;
import bg.integra.media.Uploads;
import bg.integra.organisation.Organisation;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Logger;

/**
 * Fills an empty database with the two projects of the source documents and the portal's demo content
 * ({@link DemoContent}), so that a new installation shows something true from the first start. Skipped when
 * {@code INTEGRA_DEMO_DATA=false} or when any organisation exists already; all of it is one transaction.
 * <p>
 * The content is stored here rather than through {@code ContentService} and {@code MediaService}: those require
 * a signed-in ADMIN or EDITOR, and a start-up bean has no caller (the EAR maps roles to groups only, so a
 * {@code @RunAs} bean would have no role either). It goes through the same rules: the files through
 * {@link Uploads#check} (type by content, full decode, thumbnail), the bodies through the sanitiser
 * ({@link DemoTexts}), publication through {@link Content#publish}.
 */
@Singleton
@Startup
@DependsOn("Migrations")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext
    private EntityManager em;

    @PostConstruct
    void load() {
        if ("false".equalsIgnoreCase(System.getenv("INTEGRA_DEMO_DATA"))) return;
        long organisations = em.createNamedQuery(Organisation.COUNT_ALL, Long.class).getSingleResult();
        if (organisations > 0) return;

        DemoProjects demo = DemoProjects.create();
        demo.organisations().forEach(em::persist);
        demo.projects().forEach(em::persist);
        em.flush();
        em.persist(new LegacyAddress("siteKey", "1742-12", "/projects/" + demo.platform().getId()));

        List<Content> content = new DemoContent(demo, LocalDateTime.now(Content.ZONE), this::store).build();
        content.forEach(em::persist);
        em.flush();
        LOG.info(() -> "Loaded the demo data: 2 organisations, 2 projects with their indicators, 1 legacy address, "
                + content.size() + " items of portal content");
    }

    /** Stores a generated file as {@code MediaService.store} stores an upload. */
    private StoredFile store(String fileName, byte[] bytes) {
        Uploads.Checked checked = Uploads.check(bytes);
        StoredFile file = new StoredFile(Uploads.safeFileName(fileName, checked.type()), checked.type(), bytes.length,
                checked.width(), checked.height(), sha256(bytes));
        em.persist(file);
        em.flush(); // the id, for the data row
        em.persist(new FileData(file, bytes, checked.thumbnail()));
        return file;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
