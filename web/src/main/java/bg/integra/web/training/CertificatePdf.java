package bg.integra.web.training;

import bg.integra.project.Project;
import bg.integra.training.Certificate;
import bg.integra.training.Course;
import bg.integra.web.common.PortalTexts;
import bg.integra.web.pdf.EuEmblem;
import bg.integra.web.pdf.PdfFont;
import bg.integra.web.pdf.PdfPicture;
import bg.integra.web.pdf.PdfText;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * A certificate as an A4 landscape PDF: the EU emblem and the funding statement of the course's project (the
 * publicity rules ask for both on every document of a funded project; a course of no project gets the fund's
 * general statement), the learner's name, the course, its hours and the date, the course's own words on what the
 * certificate says, and the verification code with a QR code of the verification page. The words are in the
 * page's language where the PDF's font has its letters, else in English; a name in letters the font lacks is drawn
 * as a picture ({@link PdfPicture}).
 */
final class CertificatePdf {

    /** The languages whose letters {@link PdfFont} has. */
    private static final Set<String> WRITTEN = Set.of("bg", "en", "ru", "uk", "tr");
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 48;
    private static final float QR_SIZE = 96;

    private CertificatePdf() {
    }

    /** The language the PDF of a page in {@code lang} is written in. */
    static String language(String lang) {
        return WRITTEN.contains(lang) ? lang : "en";
    }

    static byte[] render(Certificate certificate, String pageLanguage, String verifyUrl) {
        String lang = language(pageLanguage);
        ResourceBundle texts = PortalTexts.of(lang);
        Course course = certificate.getCourse();
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfText text = new PdfText(PdfFont.load(document));
            String title = course.title(lang);
            document.getDocumentInformation().setTitle(texts.getString("training.cert.pdf.title") + " – " + title);
            document.getDocumentCatalog().setLanguage(lang);
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            float centre = PAGE.getWidth() / 2, width = PAGE.getWidth() - 2 * MARGIN;
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float top = PAGE.getHeight() - MARGIN;
                EuEmblem.draw(content, MARGIN, top - 48, 48);
                float fundingX = MARGIN + 72 + 14;
                float y = top - 10;
                for (String line : text.wrap(funding(course.getProject(), lang, texts), 8.5f, PAGE.getWidth() - MARGIN - fundingX)) {
                    text.line(content, line, fundingX, y, 8.5f);
                    y -= 11;
                }
                y = top - 110;
                y = text.centred(content, texts.getString("training.cert.pdf.title").toUpperCase(Locale.forLanguageTag(lang)),
                        centre, y, 30, width, 40);
                y = text.centred(content, texts.getString("training.cert.pdf.certifies"), centre, y - 4, 12, width, 30);
                String name = certificate.isIssuedToDeletedAccount() ? texts.getString("training.cert.deletedAccount")
                        : certificate.getLearnerName();
                if (text.canWrite(name)) text.centred(content, name, centre, y, 24, width, 24);
                else PdfPicture.centred(document, content, name, centre, y, 24);
                y -= 34;
                y = text.centred(content, texts.getString("training.cert.pdf.completed"), centre, y, 12, width, 24);
                y = text.centred(content, title, centre, y, 18, width, 22);
                String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(lang))
                        .format(certificate.getIssuedOn());
                y = text.centred(content, MessageFormat.format(texts.getString("training.cert.pdf.hoursAndDate"),
                        certificate.getHours(), date), centre, y - 4, 12, width, 18);
                String says = course.text(lang).getCertificateText();
                if (says != null) text.centred(content, says, centre, y - 4, 10.5f, width * 0.8f, 13);

                drawQr(content, verifyUrl, MARGIN, MARGIN + 14);
                float codeX = MARGIN + QR_SIZE + 14;
                text.line(content, MessageFormat.format(texts.getString("training.cert.pdf.code"), certificate.getCode()),
                        codeX, MARGIN + 14 + QR_SIZE - 24, 12);
                text.line(content, MessageFormat.format(texts.getString("training.cert.pdf.verify"), verifyUrl),
                        codeX, MARGIN + 14 + QR_SIZE - 42, 9);
                float footY = MARGIN + 14 + 40;
                for (String line : text.wrap(disclaimer(course, lang, texts), 7.5f, width - QR_SIZE - 14)) {
                    text.line(content, line, codeX, footY, 7.5f);
                    footY -= 9;
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The publicity rules' statement: the course's project by name, contract and fund, or the fund's general one. */
    static String funding(Project project, String lang, ResourceBundle texts) {
        if (project == null) return texts.getString("publicity.funding");
        return MessageFormat.format(texts.getString("publicity.project.funding"), project.text(lang).getTitle(),
                project.getContractNumber().toString(), texts.getString("fund." + project.getFund()));
    }

    private static String disclaimer(Course course, String lang, ResourceBundle texts) {
        Project project = course.getProject();
        return project == null ? texts.getString("publicity.disclaimer")
                : MessageFormat.format(texts.getString("publicity.project.disclaimer"), project.getBeneficiary().name(lang));
    }

    /** The QR code of the address, drawn square by square (vector: sharp at any size), with its quiet zone. */
    private static void drawQr(PDPageContentStream content, String url, float x, float y) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("No QR code for " + url, e);
        }
        float cell = QR_SIZE / matrix.getWidth();
        content.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int column = 0; column < matrix.getWidth(); column++) {
                if (matrix.get(column, row)) content.addRect(x + column * cell, y + QR_SIZE - (row + 1) * cell, cell, cell);
            }
        }
        content.fill();
    }
}
