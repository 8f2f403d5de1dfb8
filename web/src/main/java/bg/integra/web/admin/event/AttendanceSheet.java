package bg.integra.web.admin.event;

import bg.integra.attendance.EventRoll;
import bg.integra.event.Event;
import bg.integra.project.Project;
import bg.integra.registration.Registration;
import bg.integra.web.pdf.EuEmblem;
import bg.integra.web.pdf.PdfFont;
import bg.integra.web.pdf.PdfText;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The attendance sheet of an event as a PDF for people to sign: the EU emblem and the funding statement that the
 * publicity rules require on every document of a funded project, the event's facts and a numbered table of the
 * confirmed registrants with a box for each signature, over as many A4 pages as it takes (the table's header
 * repeats on each). The emblem is drawn, not embedded as a picture, and the text uses Liberation Sans from
 * PDFBox's own jar, which has the Cyrillic letters.
 */
public final class AttendanceSheet {

    private static final float MARGIN = 40;
    private static final float ROW_HEIGHT = 26;
    private static final float TEXT_SIZE = 9;
    /** Column widths of the table: no., name, organisation, target group, signature. */
    private static final float[] WIDTHS = {24, 180, 124, 87, 100};

    private final ResourceBundle bundle;
    private final String lang;
    private PDDocument document;
    private PDType0Font font;
    private PdfText pdfText;
    private PDPageContentStream out;
    private float y;

    private AttendanceSheet(ResourceBundle bundle, String lang) {
        this.bundle = bundle;
        this.lang = lang;
    }

    /** The sheet of the roll's confirmed registrants, in the bundle's language. */
    public static byte[] render(EventRoll roll, ResourceBundle bundle, String lang) {
        try {
            return new AttendanceSheet(bundle, lang).write(roll);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] write(EventRoll roll) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            document = doc;
            font = PdfFont.load(doc);
            pdfText = new PdfText(font);
            Event event = roll.event();
            doc.getDocumentInformation().setTitle(text("att.sheet.title") + " – " + event.text(lang).getTitle());
            doc.getDocumentCatalog().setLanguage(lang);
            doc.getDocumentCatalog().setMarkInfo(new PDMarkInfo());

            List<Registration> people = roll.confirmed();
            newPage();
            header(event);
            tableHeader();
            int number = 0;
            for (Registration r : people) {
                if (y - ROW_HEIGHT < MARGIN + 20) {
                    newPage();
                    tableHeader();
                }
                row(String.valueOf(++number), r.getName(), r.getOrganisation(), r.getTargetGroup().name(lang));
            }
            if (people.isEmpty()) line(text("att.sheet.nobody"), MARGIN, y - 16, TEXT_SIZE);
            out.close();
            footers(event);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    private void newPage() throws IOException {
        if (out != null) out.close();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        out = new PDPageContentStream(document, page);
        y = page.getMediaBox().getHeight() - MARGIN;
    }

    private void header(Event event) throws IOException {
        float flagHeight = 48;
        float flagWidth = 72;
        EuEmblem.draw(out, MARGIN, y - flagHeight, flagHeight);
        float textX = MARGIN + flagWidth + 12;
        float textWidth = PDRectangle.A4.getWidth() - MARGIN - textX;
        float lineY = y - 10;
        line(text("att.sheet.eu"), textX, lineY, 10);
        lineY -= 14;
        Project project = event.getProject();
        String funding = project == null ? text("publicity.funding")
                : MessageFormat.format(text("publicity.project.funding"), project.text(lang).getTitle(),
                project.getContractNumber().toString(), text("fund." + project.getFund()));
        for (String l : wrap(funding, textWidth, 8)) {
            line(l, textX, lineY, 8);
            lineY -= 10;
        }
        y = Math.min(y - flagHeight, lineY) - 18;

        for (String l : wrap(text("att.sheet.title") + ": " + event.text(lang).getTitle(), width(), 14)) {
            line(l, MARGIN, y, 14);
            y -= 18;
        }
        DateTimeFormatter date = DateTimeFormatter.ofPattern("d.MM.yyyy, HH:mm", Locale.forLanguageTag(lang));
        fact("att.sheet.date", event.getStartsAt().format(date)
                + (event.getEndsAt() == null ? "" : " – " + event.getEndsAt().format(DateTimeFormatter.ofPattern("HH:mm"))));
        fact("att.sheet.venue", event.getVenue() + (event.getCity() == null ? "" : ", " + event.getCity()));
        if (project != null) {
            fact("att.sheet.project", project.text(lang).getTitle());
            fact("att.sheet.contract", project.getContractNumber().toString());
            fact("att.sheet.beneficiary", project.getBeneficiary().name(lang));
        }
        y -= 8;
    }

    private void fact(String key, String value) throws IOException {
        for (String l : wrap(text(key) + ": " + value, width(), 10)) {
            line(l, MARGIN, y, 10);
            y -= 13;
        }
    }

    private void tableHeader() throws IOException {
        String[] titles = {text("att.sheet.no"), text("att.sheet.name"), text("att.sheet.organisation"),
                text("att.sheet.targetGroup"), text("att.sheet.signature")};
        out.setNonStrokingColor(new Color(0xE8, 0xEC, 0xF4));
        out.addRect(MARGIN, y - ROW_HEIGHT, width(), ROW_HEIGHT);
        out.fill();
        out.setNonStrokingColor(Color.BLACK);
        cells(titles);
    }

    private void row(String... values) throws IOException {
        cells(values);
    }

    private void cells(String[] values) throws IOException {
        float x = MARGIN;
        out.setLineWidth(0.5f);
        for (int i = 0; i < WIDTHS.length; i++) {
            out.addRect(x, y - ROW_HEIGHT, WIDTHS[i], ROW_HEIGHT);
            out.stroke();
            String value = i < values.length ? values[i] : null;
            if (value != null && !value.isBlank()) {
                // at most two lines a cell: a long name or organisation wraps rather than being cut
                List<String> lines = wrap(value, WIDTHS[i] - 6, TEXT_SIZE);
                if (lines.size() > 2) lines = List.of(lines.get(0), fit(lines.get(1) + " " + lines.get(2), WIDTHS[i] - 6, TEXT_SIZE));
                float baseline = y - ROW_HEIGHT / 2 - TEXT_SIZE / 3 + (lines.size() - 1) * (TEXT_SIZE + 1) / 2;
                for (String l : lines) {
                    line(l, x + 3, baseline, TEXT_SIZE);
                    baseline -= TEXT_SIZE + 1;
                }
            }
            x += WIDTHS[i];
        }
        y -= ROW_HEIGHT;
    }

    /** "Page n of m" and the event's title at the foot of every page, written once the count is known. */
    private void footers(Event event) throws IOException {
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            try (PDPageContentStream foot = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true)) {
                String label = MessageFormat.format(text("att.sheet.page"), i + 1, pages);
                foot.beginText();
                foot.setFont(font, 8);
                foot.newLineAtOffset(MARGIN, MARGIN - 16);
                foot.showText(fit(event.text(lang).getTitle(), width() - 80, 8) + "   ·   " + label);
                foot.endText();
            }
        }
    }

    private void line(String text, float x, float baseline, float size) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, baseline);
        out.showText(pdfText.printable(text));
        out.endText();
    }

    private float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    private float measure(String s, float size) throws IOException {
        return pdfText.width(s, size);
    }

    /** The text cut with an ellipsis where it would overflow its cell. */
    private String fit(String s, float max, float size) throws IOException {
        String text = pdfText.printable(s);
        if (measure(text, size) <= max) return text;
        int end = text.length();
        while (end > 0 && measure(text.substring(0, end) + "…", size) > max) end--;
        return text.substring(0, end) + "…";
    }

    private List<String> wrap(String s, float max, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : pdfText.printable(s).split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (measure(candidate, size) <= max || current.isEmpty()) {
                current.setLength(0);
                current.append(candidate);
            } else {
                lines.add(fit(current.toString(), max, size));
                current.setLength(0);
                current.append(word);
            }
        }
        if (!current.isEmpty()) lines.add(fit(current.toString(), max, size));
        return lines;
    }

    private String text(String key) {
        return bundle.getString(key);
    }
}
