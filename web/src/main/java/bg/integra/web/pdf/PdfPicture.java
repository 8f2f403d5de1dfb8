package bg.integra.web.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * A line of text drawn as a picture by Java's own text layout, for a text that {@link PdfFont} cannot write: Java
 * orders a right-to-left text and joins its Arabic letters, which PDFBox does not, with whatever font of the server
 * has them (Debian's DejaVu Sans does). Used for a learner's name on a certificate; the PDF's words stay text.
 */
public final class PdfPicture {

    /** Pixels per PDF point: sharp enough in print. */
    private static final int SCALE = 4;

    private PdfPicture() {
    }

    /** The text as a picture {@code size} points high, centred on {@code centre} with its baseline at {@code y}. */
    public static void centred(PDDocument document, PDPageContentStream content, String text, float centre, float y,
                               float size) throws IOException {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(size * SCALE));
        FontRenderContext measure = new FontRenderContext(null, true, true);
        TextLayout layout = new TextLayout(text, font, measure);
        Rectangle2D bounds = layout.getBounds();
        int width = (int) Math.ceil(bounds.getWidth()) + 2 * SCALE;
        int ascent = (int) Math.ceil(layout.getAscent());
        int height = ascent + (int) Math.ceil(layout.getDescent()) + SCALE;
        BufferedImage image = new BufferedImage(Math.max(width, 1), Math.max(height, 1), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.BLACK);
            layout.draw(g, SCALE - (float) bounds.getX(), ascent);
        } finally {
            g.dispose();
        }
        PDImageXObject picture = LosslessFactory.createFromImage(document, image);
        float w = (float) image.getWidth() / SCALE, h = (float) image.getHeight() / SCALE;
        content.drawImage(picture, centre - w / 2, y - (h - (float) ascent / SCALE), w, h);
    }
}
