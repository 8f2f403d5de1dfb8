package bg.integra.web.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;

/**
 * The font of Integra's PDFs: Liberation Sans from PDFBox's own jar, which has the Latin and Cyrillic letters of
 * Bulgarian, English, Russian, Ukrainian and Turkish, embedded as a subset. It has no Arabic letters (and PDFBox
 * does not shape them): see {@link PdfText} and {@link PdfPicture}.
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
}
