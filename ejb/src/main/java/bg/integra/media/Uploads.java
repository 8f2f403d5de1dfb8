package bg.integra.media;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;

/**
 * The checks an upload passes before it is stored, and the thumbnail made of a picture. The type is read from
 * the bytes, a picture must decode as one (its pixel size is read from the header first, so that a small file
 * that unpacks into gigabytes is refused before it is decoded), and a PDF must have its start and end markers.
 */
public final class Uploads {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final long MAX_PIXELS = 40_000_000L;
    public static final int THUMBNAIL_WIDTH = 480;

    private Uploads() {
    }

    /** A checked upload: its type, pixel size (pictures) and thumbnail (pictures). */
    public record Checked(MediaType type, Integer width, Integer height, byte[] thumbnail) {
    }

    public static Checked check(byte[] bytes) {
        if (bytes == null || bytes.length == 0) throw new InvalidFileException(InvalidFileException.EMPTY, "Empty file");
        if (bytes.length > MAX_BYTES) {
            throw new InvalidFileException(InvalidFileException.TOO_LARGE, "File of " + bytes.length + " bytes");
        }
        MediaType type = MediaType.sniff(bytes).orElseThrow(() ->
                new InvalidFileException(InvalidFileException.UNSUPPORTED, "Not a JPEG, PNG, GIF or PDF file"));
        if (type == MediaType.PDF) {
            checkPdf(bytes);
            return new Checked(type, null, null, null);
        }
        BufferedImage image = decode(bytes, type);
        return new Checked(type, image.getWidth(), image.getHeight(), thumbnail(image, type));
    }

    private static void checkPdf(byte[] bytes) {
        int tail = Math.max(0, bytes.length - 2048);
        String end = new String(bytes, tail, bytes.length - tail, StandardCharsets.ISO_8859_1);
        if (!end.contains("%%EOF")) throw new InvalidFileException(InvalidFileException.DAMAGED, "PDF without %%EOF");
    }

    private static BufferedImage decode(byte[] bytes, MediaType type) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) throw new InvalidFileException(InvalidFileException.DAMAGED, "No reader");
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if (!reader.getFormatName().toLowerCase(Locale.ROOT).startsWith(type.extension().substring(0, 2))) {
                    throw new InvalidFileException(InvalidFileException.DAMAGED, "Format " + reader.getFormatName());
                }
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new InvalidFileException(InvalidFileException.TOO_MANY_PIXELS, pixels + " pixels");
                }
                BufferedImage image = reader.read(0);
                if (image == null) throw new InvalidFileException(InvalidFileException.DAMAGED, "Nothing decoded");
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidFileException invalid) throw invalid;
            throw new InvalidFileException(InvalidFileException.DAMAGED, "Cannot decode: " + e.getMessage());
        }
    }

    /** A copy at most {@link #THUMBNAIL_WIDTH} wide; JPEG for photos, PNG where transparency may matter. */
    static byte[] thumbnail(BufferedImage image, MediaType type) {
        int width = Math.min(THUMBNAIL_WIDTH, image.getWidth());
        int height = Math.max(1, (int) Math.round((double) image.getHeight() * width / image.getWidth()));
        boolean jpeg = type == MediaType.JPEG;
        BufferedImage small = new BufferedImage(width, height, jpeg ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = small.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(small, jpeg ? "jpeg" : "png", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** A file name safe in an address and a header: Latin letters, digits, dot, hyphen, underscore. */
    public static String safeFileName(String name, MediaType type) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "");
        int dot = base.lastIndexOf('.');
        if (dot >= 0) base = base.substring(0, dot);
        base = bg.integra.common.Slugs.of(base);
        if (base.length() > 60) base = base.substring(0, 60);
        return base + "." + type.extension();
    }
}
