package bg.integra.demo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A one-page PDF for a demo material, written by hand (PDF 1.4, no library): the upper half is a picture of the
 * Bulgarian cover drawn by {@link DemoPictures#documentCover} (the PDF's built-in fonts have no Cyrillic
 * letters, and embedding a font would make the file large), the lower half is real, selectable English text
 * with the EU funding statement and disclaimer. The document's title in its information dictionary is Unicode.
 */
final class DemoPdf {

    /** Points of an A4 page. */
    static final int PAGE_WIDTH = 595;
    static final int PAGE_HEIGHT = 842;
    private static final int COVER_PIXELS_WIDTH = 827;
    private static final int COVER_PIXELS_HEIGHT = 700;
    private static final Charset WIN_ANSI = Charset.forName("windows-1252");

    /** What the page says: the Bulgarian cover and the English part. */
    record Document(String fundBg, String titleBg, String subtitleBg, List<String> linesBg,
                    String titleEn, List<String> linesEn, String fundingEn, String disclaimerEn) {
        Document {
            Objects.requireNonNull(titleBg, "titleBg");
            Objects.requireNonNull(titleEn, "titleEn");
            linesBg = List.copyOf(linesBg);
            linesEn = List.copyOf(linesEn);
        }
    }

    private DemoPdf() {
    }

    static byte[] of(Document document) {
        BufferedImage cover = DemoPictures.documentCover(document.fundBg(), document.titleBg(), document.subtitleBg(),
                document.linesBg(), COVER_PIXELS_WIDTH, COVER_PIXELS_HEIGHT);
        byte[] jpeg = DemoPictures.jpeg(cover);
        double coverHeight = PAGE_WIDTH * (double) COVER_PIXELS_HEIGHT / COVER_PIXELS_WIDTH;

        StringBuilder content = new StringBuilder();
        content.append("q ").append(PAGE_WIDTH).append(" 0 0 ").append(number(coverHeight)).append(" 0 ")
                .append(number(PAGE_HEIGHT - coverHeight)).append(" cm /Cover Do Q\n");
        content.append("0.06 0.14 0.25 rg\n");
        double y = PAGE_HEIGHT - coverHeight - 36;
        y = text(content, "F2", 15, document.titleEn(), y, 19, 70);
        content.append("0.2 0.2 0.2 rg\n");
        y -= 6;
        for (String line : document.linesEn()) y = text(content, "F1", 10.5, line, y, 14, 88) - 5;
        // the funding statement and disclaimer at the foot of the page
        content.append("0 0.2 0.6 rg\n");
        int footLines = lines(document.fundingEn(), 110).size() + lines(document.disclaimerEn(), 110).size();
        y = Math.min(y - 10, 40 + 11 * footLines);
        y = text(content, "F3", 8.5, document.fundingEn(), y, 11, 110);
        text(content, "F3", 8.5, document.disclaimerEn(), y, 11, 110);

        List<byte[]> objects = new ArrayList<>();
        objects.add(ascii("<< /Type /Catalog /Pages 2 0 R >>"));
        objects.add(ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"));
        objects.add(ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + PAGE_WIDTH + " " + PAGE_HEIGHT + "]"
                + " /Contents 4 0 R /Resources << /Font << /F1 5 0 R /F2 6 0 R /F3 7 0 R >>"
                + " /XObject << /Cover 8 0 R >> /ProcSet [/PDF /Text /ImageC] >> >>"));
        objects.add(stream("", content.toString().getBytes(WIN_ANSI)));
        objects.add(ascii(font("Helvetica")));
        objects.add(ascii(font("Helvetica-Bold")));
        objects.add(ascii(font("Helvetica-Oblique")));
        objects.add(stream("/Type /XObject /Subtype /Image /Width " + COVER_PIXELS_WIDTH + " /Height " + COVER_PIXELS_HEIGHT
                + " /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode", jpeg));
        objects.add(ascii("<< /Title <" + utf16(document.titleBg()) + "> /Subject <" + utf16(document.titleEn())
                + "> /Producer (Integra demo data) >>"));
        return assemble(objects, 9);
    }

    /** A scanned page: the picture fills an A4 page, keeping its proportions. */
    static byte[] scan(byte[] jpeg, String title) {
        BufferedImage image;
        try {
            image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(jpeg));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (image == null) throw new IllegalArgumentException("Not a picture");
        double scale = Math.min((PAGE_WIDTH - 40.0) / image.getWidth(), (PAGE_HEIGHT - 40.0) / image.getHeight());
        double w = image.getWidth() * scale;
        double h = image.getHeight() * scale;
        String content = "q " + number(w) + " 0 0 " + number(h) + " " + number((PAGE_WIDTH - w) / 2) + " "
                + number((PAGE_HEIGHT - h) / 2) + " cm /Scan Do Q\n";
        List<byte[]> objects = new ArrayList<>();
        objects.add(ascii("<< /Type /Catalog /Pages 2 0 R >>"));
        objects.add(ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"));
        objects.add(ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + PAGE_WIDTH + " " + PAGE_HEIGHT + "]"
                + " /Contents 4 0 R /Resources << /XObject << /Scan 5 0 R >> /ProcSet [/PDF /ImageC] >> >>"));
        objects.add(stream("", ascii(content)));
        objects.add(stream("/Type /XObject /Subtype /Image /Width " + image.getWidth() + " /Height " + image.getHeight()
                + " /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode", jpeg));
        objects.add(ascii("<< /Title <" + utf16(title) + "> /Producer (Integra demo data) >>"));
        return assemble(objects, 6);
    }

    private static String font(String name) {
        return "<< /Type /Font /Subtype /Type1 /BaseFont /" + name + " /Encoding /WinAnsiEncoding >>";
    }

    /** Writes a paragraph line by line; answers the baseline of the next line. */
    private static double text(StringBuilder content, String font, double size, String text, double y,
                               double leading, int maxChars) {
        for (String line : lines(text, maxChars)) {
            content.append("BT /").append(font).append(' ').append(number(size)).append(" Tf 60 ")
                    .append(number(y)).append(" Td (").append(escape(line)).append(") Tj ET\n");
            y -= leading;
        }
        return y;
    }

    /** Words in lines of at most {@code maxChars} characters (Helvetica's letters are about half as wide as high). */
    static List<String> lines(String text, int maxChars) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank()) return lines;
        StringBuilder current = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (!current.isEmpty() && current.length() + 1 + word.length() > maxChars) {
                lines.add(current.toString());
                current.setLength(0);
            }
            if (!current.isEmpty()) current.append(' ');
            current.append(word);
        }
        if (!current.isEmpty()) lines.add(current.toString());
        return lines;
    }

    /** A literal string of the WinAnsi fonts: escapes the delimiters, replaces what the encoding lacks. */
    static String escape(String s) {
        CharsetEncoder encoder = WIN_ANSI.newEncoder();
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '\\' || c == '(' || c == ')') out.append('\\').append(c);
            else if (c < 0x20 || !encoder.canEncode(c)) out.append('?');
            else out.append(c);
        }
        return out.toString();
    }

    private static String utf16(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_16BE);
        return "FEFF" + HexFormat.of().withUpperCase().formatHex(bytes);
    }

    private static String number(double d) {
        return String.format(java.util.Locale.ROOT, "%.2f", d);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] stream(String dictionary, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii("<< " + dictionary + (dictionary.isEmpty() ? "" : " ") + "/Length " + data.length + " >>\nstream\n"));
        out.writeBytes(data);
        out.writeBytes(ascii("\nendstream"));
        return out.toByteArray();
    }

    /** The objects numbered from 1, the cross-reference table with their byte offsets, and the trailer. */
    private static byte[] assemble(List<byte[]> objects, int infoObject) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.writeBytes(ascii("%PDF-1.4\n"));
        pdf.writeBytes(new byte[]{'%', (byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3, '\n'}); // marks the file binary
        long[] offsets = new long[objects.size()];
        for (int i = 0; i < objects.size(); i++) {
            offsets[i] = pdf.size();
            pdf.writeBytes(ascii((i + 1) + " 0 obj\n"));
            pdf.writeBytes(objects.get(i));
            pdf.writeBytes(ascii("\nendobj\n"));
        }
        int xref = pdf.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (long offset : offsets) table.append(String.format("%010d 00000 n \n", offset));
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R /Info ").append(infoObject)
                .append(" 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        pdf.writeBytes(ascii(table.toString()));
        return pdf.toByteArray();
    }
}
