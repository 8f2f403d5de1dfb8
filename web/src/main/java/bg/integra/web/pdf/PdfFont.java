package bg.integra.web.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;

/**
 * The font of Integra's PDFs: Liberation Sans from PDFBox's own jar, which has the Latin and Cyrillic letters of
 * Bulgarian, English, Russian, Ukrainian and Turkish, embedded as a subset. It has no Arabic letters (and PDFBox
 * does not shape them), so a text in Arabic script cannot be written with it: see {@link #canWrite}.
 */
public final class PdfFont {

    static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private PdfFont() {
    }

    public static PDType0Font load(PDDocument document) throws IOException {
        try (InputStream ttf = PdfFont.class.getResourceAsStream(FONT)) {
            if (ttf == null) throw new IOException("PDFBox's font " + FONT + " is not on the class path");
            return PDType0Font.load(document, ttf);
        }
    }

    /** Whether every character of {@code text} has a glyph in the font. */
    public static boolean canWrite(PDType0Font font, String text) {
        try {
            font.encode(text);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
