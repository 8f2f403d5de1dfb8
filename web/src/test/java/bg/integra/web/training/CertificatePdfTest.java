package bg.integra.web.training;

import bg.integra.common.Region;
import bg.integra.organisation.Organisation;
import bg.integra.organisation.OrganisationKind;
import bg.integra.portalaccount.PortalAccount;
import bg.integra.training.Certificate;
import bg.integra.training.Course;
import bg.integra.training.CourseAudience;
import bg.integra.training.CourseText;
import bg.integra.training.CourseTopic;
import bg.integra.training.Enrolment;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.time.LocalDateTime;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The certificate's PDF: its words, the name, the hours, the code, the funding statement and a QR code that reads back. */
class CertificatePdfTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 12, 0);
    private static final String VERIFY = "https://integra.example/certificates/K7QM-2W4D-TR8X";

    @Test
    void aBulgarianCertificateSaysWhoCompletedWhatAndHowToCheckIt() throws Exception {
        byte[] pdf = CertificatePdf.render(certificate("Мария Иванова"), "bg", VERIFY);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("СЕРТИФИКАТ"), text);
            assertTrue(text.contains("Мария Иванова"), text);
            assertTrue(text.contains("Междукултурни компетентности"), text);
            assertTrue(text.contains("8 учебни часа"), text);
            assertTrue(text.contains("K7QM-2W4D-TR8X"), text);
            assertTrue(text.contains("Европейския фонд за интеграция"), "the funding statement: " + text);
            assertEquals(VERIFY, qr(document), "the QR code leads to the verification page");
        }
    }

    @Test
    void anArabicPageGetsAnEnglishCertificateWithTheNameAsWritten() throws Exception {
        byte[] pdf = CertificatePdf.render(certificate("محمد الأحمد"), "ar", VERIFY);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("CERTIFICATE"), text);
            assertTrue(text.contains("Intercultural competences"), text);
            assertFalse(text.contains("?"), "no letter replaced: " + text);
            long pictures = 0;
            for (var name : document.getPage(0).getResources().getXObjectNames()) {
                if (document.getPage(0).getResources().getXObject(name) instanceof PDImageXObject) pictures++;
            }
            assertEquals(1, pictures, "the Arabic name is drawn as a picture");
            assertEquals(VERIFY, qr(document));
        }
    }

    @Test
    void aDeletedAccountsCertificateNamesNobody() throws Exception {
        byte[] pdf = CertificatePdf.render(certificate(null), "en", VERIFY);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("a learner whose account has been deleted"), text);
        }
    }

    private static String qr(PDDocument document) throws Exception {
        BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
        int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
        RGBLuminanceSource source = new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }

    private static Certificate certificate(String name) {
        Organisation organisation = new Organisation("Център Марица", OrganisationKind.NGO, Region.HASKOVO);
        Course course = new Course("intercultural", organisation, CourseAudience.PROFESSIONALS, CourseTopic.INTERCULTURAL, 8,
                Map.of("bg", new CourseText("Междукултурни компетентности", null, "Осем учебни часа за служители на институции."),
                        "en", new CourseText("Intercultural competences", null, "Eight hours for the staff of institutions.")));
        PortalAccount account = PortalAccount.signUp("learner@example.org", "learner", "Learner", "bg", "hash", "key", NOW);
        return new Certificate("K7QM-2W4D-TR8X", new Enrolment(course, account, NOW.minusDays(2)), name, NOW.toLocalDate());
    }
}
