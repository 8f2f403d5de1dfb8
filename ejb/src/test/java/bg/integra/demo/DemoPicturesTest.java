package bg.integra.demo;

import bg.integra.demo.DemoPictures.Scene;
import bg.integra.media.MediaType;
import bg.integra.media.Uploads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoPicturesTest {

    @ParameterizedTest
    @EnumSource(Scene.class)
    void everySceneIsASmallJpegThatDecodesAndPassesTheUploadChecks(Scene scene) throws IOException {
        byte[] jpeg = DemoPictures.photo(scene, "Междукултурните компетенции", "Хасково · юни 2015", 7);
        BufferedImage image = decode(jpeg);
        assertEquals(DemoPictures.PHOTO_WIDTH, image.getWidth());
        assertEquals(DemoPictures.PHOTO_HEIGHT, image.getHeight());
        assertTrue(jpeg.length < 150_000, jpeg.length + " bytes");
        Uploads.Checked checked = Uploads.check(jpeg);
        assertEquals(MediaType.JPEG, checked.type());
        assertEquals(Uploads.THUMBNAIL_WIDTH, decode(checked.thumbnail()).getWidth());
        assertTrue(colours(image) > 8, "a picture, not a blank");
    }

    @Test
    void theSameArgumentsDrawTheSamePictureAndAnotherSeedAnother() {
        byte[] a = DemoPictures.photo(Scene.SEMINAR, "Семинар", "Хасково", 3);
        assertArrayEquals(a, DemoPictures.photo(Scene.SEMINAR, "Семинар", "Хасково", 3));
        assertFalse(java.util.Arrays.equals(a, DemoPictures.photo(Scene.SEMINAR, "Семинар", "Хасково", 4)));
    }

    @Test
    void theNewspaperScanIsAPortraitJpeg() throws IOException {
        byte[] scan = DemoPictures.newspaperScan("Регионален ежедневник, Хасково", "Брой от 16.01.2015 г.",
                "Започна проект за активна платформа в подкрепа на интеграцията на имигранти", 5);
        BufferedImage image = decode(scan);
        assertTrue(image.getHeight() > image.getWidth());
        assertEquals(MediaType.JPEG, Uploads.check(scan).type());
    }

    @Test
    void theBannerIsAPngOfTheStandardSize() throws IOException {
        byte[] png = DemoPictures.banner("Подобряване на координацията", "Проект BG EIF 2013/01-05.02");
        BufferedImage image = decode(png);
        assertEquals(728, image.getWidth());
        assertEquals(90, image.getHeight());
        assertEquals(MediaType.PNG, Uploads.check(png).type());
    }

    @Test
    void aDocumentCoverHasTheGivenSize() {
        BufferedImage cover = DemoPictures.documentCover("Фонд", "Заглавие", "Подзаглавие", List.of("Ред"), 400, 300);
        assertEquals(400, cover.getWidth());
        assertEquals(300, cover.getHeight());
    }

    private static BufferedImage decode(byte[] bytes) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        assertNotNull(image, "decodes");
        return image;
    }

    private static long colours(BufferedImage image) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) seen.add(image.getRGB(x, y) & 0xF0F0F0);
        }
        return seen.size();
    }
}
