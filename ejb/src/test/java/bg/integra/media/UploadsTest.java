package bg.integra.media;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class UploadsTest {

    private static byte[] image(String format, int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    private static String refusal(byte[] bytes) {
        return assertThrows(InvalidFileException.class, () -> Uploads.check(bytes)).reason();
    }

    @Test
    void picturesAreRecognisedByTheirBytesAndThumbnailed() throws IOException {
        Uploads.Checked jpeg = Uploads.check(image("jpeg", 960, 640));
        assertEquals(MediaType.JPEG, jpeg.type());
        assertEquals(960, jpeg.width());
        BufferedImage thumbnail = ImageIO.read(new java.io.ByteArrayInputStream(jpeg.thumbnail()));
        assertEquals(480, thumbnail.getWidth());
        assertEquals(320, thumbnail.getHeight());
        assertEquals(MediaType.GIF, Uploads.check(image("gif", 20, 10)).type());
        assertEquals(20, ImageIO.read(new java.io.ByteArrayInputStream(Uploads.check(image("png", 20, 10)).thumbnail())).getWidth(),
                "a small picture is not enlarged");
    }

    @Test
    void aPdfNeedsItsEndMarker() {
        assertEquals(MediaType.PDF, Uploads.check("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1)).type());
        assertEquals(InvalidFileException.DAMAGED, refusal("%PDF-1.4\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void namesDoNotDecideTheTypeAndScriptsAreRefused() {
        assertEquals(InvalidFileException.UNSUPPORTED, refusal("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(InvalidFileException.UNSUPPORTED, refusal("GIF is what I say".getBytes(StandardCharsets.UTF_8)));
        assertEquals(InvalidFileException.EMPTY, refusal(new byte[0]));
    }

    @Test
    void aSmallFileThatClaimsGigapixelsIsRefusedBeforeDecoding() throws IOException {
        byte[] png = image("png", 1, 1);
        ByteBuffer.wrap(png, 16, 8).putInt(100_000).putInt(100_000); // IHDR width and height
        assertEquals(InvalidFileException.TOO_MANY_PIXELS, refusal(png));
    }

    @Test
    void storedNamesAreSafe() {
        assertEquals("snimka-1.jpg", Uploads.safeFileName("C:\\Users\\x\\Снимка 1.JPEG", MediaType.JPEG));
        assertEquals("etc-passwd.png", Uploads.safeFileName("../../etc-passwd", MediaType.PNG));
        assertEquals("item.pdf", Uploads.safeFileName(null, MediaType.PDF));
    }
}
