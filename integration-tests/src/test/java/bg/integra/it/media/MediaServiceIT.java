package bg.integra.it.media;

import bg.integra.media.InvalidFileException;
import bg.integra.media.MediaService;
import bg.integra.media.MediaType;
import bg.integra.media.StoredFile;
import bg.integra.testsupport.runas.AsAdministrator;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static bg.integra.it.Failures.assertFails;
import static bg.integra.it.Failures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Uploads inside the server: recognised by content, thumbnailed, and refused ones leave nothing. */
@ExtendWith(ArquillianExtension.class)
class MediaServiceIT {

    @Inject
    MediaService media;

    @Inject
    AsAdministrator admin;

    @PersistenceContext(unitName = "integra")
    EntityManager em;

    private long storedFiles() {
        return em.createQuery("SELECT COUNT(f) FROM StoredFile f", Long.class).getSingleResult()
                + em.createQuery("SELECT COUNT(d) FROM FileData d", Long.class).getSingleResult();
    }

    private static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void aPictureIsStoredUnderItsRealTypeWithAThumbnail() throws IOException {
        StoredFile file = admin.call(() -> {
            try {
                return media.store("Снимка от семинара.JPG", png(1000, 500)); // a PNG called .JPG
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(MediaType.PNG, file.getMediaType());
        assertEquals("snimka-ot-seminara.png", file.getFileName());
        assertEquals(1000, file.getWidth());
        byte[] thumbnail = media.data(file.getId()).getThumbnail();
        assertNotNull(thumbnail);
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(thumbnail));
        assertEquals(480, small.getWidth());
        assertEquals(240, small.getHeight());
    }

    @Test
    void aWrongTypeADamagedPictureAndAnOversizedFileAreRefusedAndLeaveNothing() throws IOException {
        long before = storedFiles();
        byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        assertEquals(InvalidFileException.UNSUPPORTED,
                assertFails(InvalidFileException.class, () -> admin.call(() -> media.store("photo.jpg", script))).reason());
        byte[] png = png(100, 100);
        byte[] truncated = java.util.Arrays.copyOf(png, 40);
        assertEquals(InvalidFileException.DAMAGED,
                assertFails(InvalidFileException.class, () -> admin.call(() -> media.store("cut.png", truncated))).reason());
        byte[] huge = new byte[11 * 1024 * 1024];
        huge[0] = (byte) 0xFF; huge[1] = (byte) 0xD8; huge[2] = (byte) 0xFF;
        assertEquals(InvalidFileException.TOO_LARGE,
                assertFails(InvalidFileException.class, () -> admin.call(() -> media.store("big.jpg", huge))).reason());
        assertEquals(InvalidFileException.EMPTY,
                assertFails(InvalidFileException.class, () -> admin.call(() -> media.store("empty.png", new byte[0]))).reason());
        assertEquals(before, storedFiles(), "nothing half-stored");
    }

    @Test
    void anAnonymousCallerCannotUpload() throws IOException {
        byte[] png = png(10, 10);
        assertRefused(() -> media.store("x.png", png));
    }
}
