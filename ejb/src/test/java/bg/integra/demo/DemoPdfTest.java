package bg.integra.demo;

import bg.integra.media.MediaType;
import bg.integra.media.Uploads;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoPdfTest {

    private static final DemoPdf.Document HANDBOOK = new DemoPdf.Document(DemoContent.FUND_BG,
            "Междукултурните компетенции – комуникацията на XXI век", "Справочник · РСО „Марица“",
            List.of("Справочник за служители.", "Проектът се финансира от Европейския съюз."),
            "Intercultural competences (the communication of the 21st century)",
            List.of("A handbook for staff of institutions and organisations: how culture shapes communication, and how to "
                    + "work clearly and respectfully with people from other countries, explained in plain words."),
            DemoContent.FUNDING_EN, "The beneficiary alone is responsible for the content.");

    @Test
    void aDocumentIsAWellFormedPdf() {
        byte[] pdf = DemoPdf.of(HANDBOOK);
        assertWellFormed(pdf, 9);
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("/Root 1 0 R"), "trailer names the catalog");
        assertTrue(text.contains("/Info 9 0 R"), "trailer names the information dictionary");
        assertTrue(text.contains("(Intercultural competences \\(the communication of the 21st century\\)) Tj"),
                "the English title is real text with escaped parentheses");
        assertTrue(text.contains("(This material is funded by the European Fund for the Integration of Third-Country Nationals,"),
                "the funding statement is on the page");
        String titleHex = HexFormat.of().withUpperCase().formatHex(HANDBOOK.titleBg().getBytes(StandardCharsets.UTF_16BE));
        assertTrue(text.contains("/Title <FEFF" + titleHex + ">"), "the Bulgarian title in Unicode");
    }

    @Test
    void theCoverPictureInsideIsAJpegOfTheDeclaredSize() throws Exception {
        byte[] pdf = DemoPdf.of(HANDBOOK);
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher image = Pattern.compile("/Width (\\d+) /Height (\\d+) .*?/Filter /DCTDecode /Length (\\d+) >>\nstream\n").matcher(text);
        assertTrue(image.find(), "an image XObject");
        int length = Integer.parseInt(image.group(3));
        byte[] jpeg = java.util.Arrays.copyOfRange(pdf, image.end(), image.end() + length);
        assertEquals("\nendstream", text.substring(image.end() + length, image.end() + length + 10), "the length is exact");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertNotNull(decoded);
        assertEquals(Integer.parseInt(image.group(1)), decoded.getWidth());
        assertEquals(Integer.parseInt(image.group(2)), decoded.getHeight());
    }

    @Test
    void theUploadChecksAcceptItAndItStaysSmall() {
        byte[] pdf = DemoPdf.of(HANDBOOK);
        assertEquals(MediaType.PDF, Uploads.check(pdf).type());
        assertTrue(pdf.length < 200_000, pdf.length + " bytes");
    }

    @Test
    void aScanIsAOnePageImagePdf() {
        byte[] scan = DemoPictures.newspaperScan("Регионален ежедневник", "Брой от 16.01.2015 г.", "Заглавие на статията", 1);
        byte[] pdf = DemoPdf.scan(scan, "Заглавие на статията");
        assertWellFormed(pdf, 6);
        assertEquals(MediaType.PDF, Uploads.check(pdf).type());
        assertTrue(new String(pdf, StandardCharsets.ISO_8859_1).contains("/Count 1"));
    }

    @Test
    void textOutsideTheFontsEncodingBecomesAQuestionMarkAndDelimitersAreEscaped() {
        assertEquals("a\\(b\\)\\\\ ??? “x” – é", DemoPdf.escape("a(b)\\ Щит “x” – é"));
        assertFalse(DemoPdf.escape("line\nbreak").contains("\n"));
    }

    @Test
    void longTextIsWrappedAtWordBoundaries() {
        List<String> lines = DemoPdf.lines("one two three four five six seven", 10);
        assertEquals(List.of("one two", "three four", "five six", "seven"), lines);
        assertTrue(DemoPdf.lines("  ", 10).isEmpty());
    }

    /** Header, every object where the cross-reference table says, startxref at the table, the end marker. */
    static void assertWellFormed(byte[] pdf, int objects) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("%PDF-1.4\n"), "header");
        assertTrue(text.endsWith("%%EOF\n"), "end marker");
        Matcher startxref = Pattern.compile("startxref\n(\\d+)\n%%EOF\n$").matcher(text);
        assertTrue(startxref.find(), "startxref");
        int xref = Integer.parseInt(startxref.group(1));
        assertTrue(text.startsWith("xref\n0 " + (objects + 1) + "\n0000000000 65535 f \n", xref), "xref at its offset");
        Matcher entries = Pattern.compile("(\\d{10}) 00000 n \n").matcher(text.substring(xref));
        for (int i = 1; i <= objects; i++) {
            assertTrue(entries.find(), "entry of object " + i);
            int offset = Integer.parseInt(entries.group(1));
            assertTrue(text.startsWith(i + " 0 obj\n", offset), "object " + i + " at " + offset);
        }
        assertFalse(entries.find(), "no more entries than objects");
        assertTrue(text.substring(xref).contains("trailer\n<< /Size " + (objects + 1) + " /Root 1 0 R"), "trailer");
        assertEquals(objects, countOf(text, " 0 obj\n"));
        assertEquals(objects, countOf(text, "\nendobj\n"));
    }

    private static int countOf(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) count++;
        return count;
    }
}
