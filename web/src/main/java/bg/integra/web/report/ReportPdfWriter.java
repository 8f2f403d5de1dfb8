package bg.integra.web.report;

import bg.integra.report.ProjectReport;
import bg.integra.web.pdf.EuEmblem;
import bg.integra.web.pdf.PdfFont;
import bg.integra.web.pdf.PdfText;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link ProjectReport} as an A4 PDF: a cover with the EU emblem, the project's facts and the funding
 * statement, then one table per section, split over as many pages as it needs with its header row repeated, and
 * page numbers. Text is set in Liberation Sans from PDFBox's own jar, embedded as a subset, so Cyrillic prints
 * right and the PDF's text can be extracted.
 */
public final class ReportPdfWriter {

    private static final float MARGIN = 42;
    private static final float TEXT = 9;
    private static final float LEADING = 11.5f;
    private static final float PADDING = 3;

    private final ReportTexts texts;
    private PDDocument document;
    private PDType0Font font;
    private PdfText pdfText;
    private PDPageContentStream content;
    private float y;

    public ReportPdfWriter(ReportTexts texts) {
        this.texts = texts;
    }

    public void write(ProjectReport report, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            document = doc;
            font = PdfFont.load(doc);
            pdfText = new PdfText(font);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(texts.get("report.title") + " " + report.cover().contractNumber());
            cover(report);
            sections(report);
            if (content != null) content.close();
            numberPages();
            doc.save(out);
        }
    }

    private void cover(ProjectReport report) throws IOException {
        newPage();
        ProjectReport.Cover c = report.cover();
        float emblemHeight = 60;
        EuEmblem.draw(content, MARGIN, y - emblemHeight, emblemHeight);
        y -= emblemHeight + 24;
        paragraph(texts.get("report.title"), 20, width());
        y -= 6;
        paragraph(c.title(), 14, width());
        y -= 10;
        table(new float[]{1, 3}, List.of(texts.get("report.field"), texts.get("report.value")), new boolean[2], List.of(
                List.of(texts.get("report.contract"), c.contractNumber()),
                List.of(texts.get("report.beneficiary"), c.beneficiary()),
                List.of(texts.get("report.fund"), texts.get("fund." + c.fund())),
                List.of(texts.get("report.scheme"), ReportTexts.orEmpty(c.fundingScheme())),
                List.of(texts.get("report.period"), texts.period(c))));
        y -= 10;
        paragraph(texts.funding(c), 10, width());
        y -= 4;
        paragraph(texts.format("report.generated", ReportTexts.dateTime(report.generatedAt())), 8, width());
    }

    private void sections(ProjectReport report) throws IOException {
        heading(texts.get("report.section.indicators"));
        List<List<String>> rows = new ArrayList<>();
        for (var i : report.indicators()) {
            rows.add(List.of(i.name(), texts.get("unit." + i.unit()), n(i.target()), n(i.achieved()),
                    texts.get("ind.source." + i.source())));
        }
        table(new float[]{5, 1.5f, 1.2f, 1.4f, 2.2f}, cols("name", "unit", "target", "achieved", "source"),
                numeric(5, 2, 3), rows);

        if (!report.activities().isEmpty()) {
            heading(texts.get("report.section.activities"));
            rows = new ArrayList<>();
            for (var a : report.activities()) {
                rows.add(List.of(n(a.number()), a.title(), texts.period(a.start(), a.end()), n(a.events()), n(a.present())));
            }
            table(new float[]{0.8f, 5, 2.6f, 1.4f, 1.6f}, cols("number", "activity", "period", "events", "present"),
                    numeric(5, 0, 3, 4), rows);
        }

        heading(texts.get("report.section.events"));
        rows = new ArrayList<>();
        for (var e : report.events()) {
            rows.add(List.of(ReportTexts.dateTime(e.startsAt()), texts.get("eventKind." + e.kind()),
                    e.activity() == null ? "" : n(e.activity()), e.title(), e.venue(), n(e.registered()), n(e.present())));
        }
        rows.add(List.of(texts.get("report.total"), "", "", "", "", n(report.totalRegistered()), n(report.totalPresent())));
        table(new float[]{2, 1.6f, 1, 4, 2.6f, 2.4f, 1.8f},
                cols("date", "kind", "number", "title", "venue", "registered", "present"), numeric(7, 2, 5, 6), rows);

        heading(texts.get("report.section.groups"));
        rows = new ArrayList<>();
        for (var g : report.participantsByGroup()) rows.add(List.of(g.name(), n(g.participants())));
        table(new float[]{5, 1.5f}, cols("group", "participants"), numeric(2, 1), rows);

        heading(texts.get("report.section.months"));
        rows = new ArrayList<>();
        for (var m : report.months()) rows.add(List.of(m.month().toString(), n(m.events()), n(m.present())));
        table(new float[]{2, 1.5f, 1.5f}, cols("month", "events", "present"), numeric(3, 1, 2), rows);

        heading(texts.get("report.section.materials"));
        rows = new ArrayList<>();
        for (var m : report.materials()) {
            rows.add(List.of(texts.get("project.materialKind." + m.kind()), m.title(), n(m.quantity()),
                    ReportTexts.date(m.date()), ReportTexts.orEmpty(m.supplier()), n(m.distributed())));
        }
        table(new float[]{2, 4, 1.4f, 1.6f, 2.4f, 1.4f}, cols("kind", "title", "quantity", "date", "supplier", "distributed"),
                numeric(6, 2, 5), rows);

        heading(texts.get("report.section.compliance"));
        rows = new ArrayList<>();
        for (var c : report.compliance()) {
            rows.add(List.of(texts.get("compliance.item." + c.item()), texts.get("compliance.status." + c.status()),
                    ReportTexts.orEmpty(c.note()), String.join("; ", c.evidence()),
                    c.changedBy() == null ? "" : c.changedBy() + " " + ReportTexts.dateTime(c.changedAt())));
        }
        table(new float[]{3, 2.2f, 2.5f, 3, 2}, cols("item", "status", "note", "evidence", "changedBy"), new boolean[5], rows);
    }

    private List<String> cols(String... keys) {
        List<String> labels = new ArrayList<>();
        for (String k : keys) labels.add(texts.get("report.col." + k));
        return labels;
    }

    private static boolean[] numeric(int columns, int... indices) {
        boolean[] numeric = new boolean[columns];
        for (int i : indices) numeric[i] = true;
        return numeric;
    }

    private static String n(int value) {
        return Integer.toString(value);
    }

    private void heading(String text) throws IOException {
        if (y - 60 < MARGIN) newPage();
        y -= 14;
        paragraph(text, 13, width());
        y -= 4;
    }

    private void paragraph(String text, float size, float width) throws IOException {
        for (String line : pdfText.wrap(text, size, width)) {
            if (y - size * 1.3f < MARGIN) newPage();
            y -= size * 1.3f;
            show(line, MARGIN, y, size);
        }
    }

    /** A table with a header row (repeated on every page it runs onto); numeric columns right-aligned. */
    private void table(float[] weights, List<String> header, boolean[] numeric, List<List<String>> rows) throws IOException {
        float total = 0;
        for (float w : weights) total += w;
        float[] widths = new float[weights.length];
        for (int i = 0; i < weights.length; i++) widths[i] = width() * weights[i] / total;
        row(widths, header, new boolean[weights.length], true);
        for (List<String> cells : rows) {
            if (y - rowHeight(widths, cells) < MARGIN) {
                newPage();
                row(widths, header, new boolean[weights.length], true);
            }
            row(widths, cells, numeric, false);
        }
    }

    private float rowHeight(float[] widths, List<String> cells) throws IOException {
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            lines = Math.max(lines, pdfText.wrap(cells.get(i), TEXT, widths[i] - 2 * PADDING).size());
        }
        return lines * LEADING + 2 * PADDING;
    }

    private void row(float[] widths, List<String> cells, boolean[] numeric, boolean header) throws IOException {
        float height = rowHeight(widths, cells);
        if (y - height < MARGIN) newPage();
        float top = y;
        float x = MARGIN;
        if (header) {
            content.setNonStrokingColor(0.9f, 0.92f, 0.96f);
            content.addRect(MARGIN, top - height, width(), height);
            content.fill();
            content.setNonStrokingColor(0f, 0f, 0f);
        }
        for (int i = 0; i < cells.size(); i++) {
            float lineY = top - PADDING;
            for (String line : pdfText.wrap(cells.get(i), TEXT, widths[i] - 2 * PADDING)) {
                lineY -= LEADING;
                float textX = numeric[i] ? x + widths[i] - PADDING - font.getStringWidth(line) / 1000 * TEXT : x + PADDING;
                show(line, textX, lineY + 2.5f, TEXT);
            }
            x += widths[i];
        }
        content.setStrokingColor(0.6f, 0.6f, 0.6f);
        content.setLineWidth(0.5f);
        content.moveTo(MARGIN, top - height);
        content.lineTo(MARGIN + width(), top - height);
        content.stroke();
        y = top - height;
    }

    private void show(String text, float x, float baseline, float size) throws IOException {
        if (text.isEmpty()) return;
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(text);
        content.endText();
    }

    private void newPage() throws IOException {
        if (content != null) content.close();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = page.getMediaBox().getHeight() - MARGIN;
    }

    private void numberPages() throws IOException {
        int n = 0;
        for (PDPage page : document.getPages()) {
            n++;
            try (PDPageContentStream footer = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                String label = texts.format("report.page", n);
                footer.beginText();
                footer.setFont(font, 8);
                footer.newLineAtOffset(page.getMediaBox().getWidth() - MARGIN - font.getStringWidth(label) / 1000 * 8, MARGIN / 2);
                footer.showText(label);
                footer.endText();
            }
        }
    }

    private float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }
}
