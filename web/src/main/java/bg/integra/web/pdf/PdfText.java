package bg.integra.web.pdf;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Text in one of Integra's PDFs, in {@link PdfFont}: lines broken at spaces to a width, set left or centred. A
 * letter the font lacks is shown as {@code ?} rather than failing the document; a text that must be shown whole in
 * another script (a learner's name in Arabic letters) is drawn as a picture by {@link PdfPicture} instead.
 */
public final class PdfText {

    private final PDType0Font font;
    private final Map<Integer, String> shown = new HashMap<>();

    public PdfText(PDType0Font font) {
        this.font = font;
    }

    public PDType0Font font() {
        return font;
    }

    /** The text with each control or space character as a space and each letter the font lacks as {@code ?}. */
    public String printable(String text) {
        if (text == null) return "";
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.isWhitespace(c)) b.append(' ');
            else b.append(shown.computeIfAbsent(c, this::showable));
        });
        return b.toString();
    }

    /** Whether the font has every letter of the text. */
    public boolean canWrite(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c)
                || Character.toString(c).equals(shown.computeIfAbsent(c, this::showable)));
    }

    public float width(String text, float size) throws IOException {
        return font.getStringWidth(printable(text)) / 1000 * size;
    }

    /**
     * The printable text in lines of at most {@code width}, broken at spaces (a word longer than a line is broken
     * where it must); an empty text is one empty line.
     */
    public List<String> wrap(String text, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        String words = printable(text).strip();
        if (words.isEmpty()) {
            lines.add("");
            return lines;
        }
        StringBuilder line = new StringBuilder();
        for (String word : words.split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) lines.add(line.toString());
            line.setLength(0);
            String rest = word;
            while (width(rest, size) > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(rest.substring(0, cut), size) > width) cut--;
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) lines.add(line.toString());
        return lines;
    }

    /** One line with its baseline at {@code y}, starting at {@code x}. */
    public void line(PDPageContentStream content, String text, float x, float y, float size) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(printable(text));
        content.endText();
    }

    /** Lines broken to {@code width} and centred on {@code centre}, the first baseline at {@code y}; the y below them. */
    public float centred(PDPageContentStream content, String text, float centre, float y, float size, float width,
                         float leading) throws IOException {
        for (String l : wrap(text, size, width)) {
            line(content, l, centre - width(l, size) / 2, y, size);
            y -= leading;
        }
        return y;
    }

    private String showable(int codePoint) {
        String letter = Character.toString(codePoint);
        try {
            font.encode(letter);
            return letter;
        } catch (IOException | IllegalArgumentException e) {
            return "?";
        }
    }
}
