package bg.integra.web.report;

import bg.integra.report.ProjectReport;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link ProjectReport} as an XLSX workbook with one sheet per section, each with a bold header row;
 * counts are numeric cells, so the Contracting Authority's own spreadsheets can add them up.
 */
public final class ReportXlsxWriter {

    private final ReportTexts texts;
    private CellStyle bold;

    public ReportXlsxWriter(ReportTexts texts) {
        this.texts = texts;
    }

    public void write(ProjectReport report, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Font font = book.createFont();
            font.setBold(true);
            bold = book.createCellStyle();
            bold.setFont(font);

            ProjectReport.Cover c = report.cover();
            List<List<Object>> rows = new ArrayList<>();
            rows.add(List.of(texts.get("report.title"), c.title()));
            rows.add(List.of(texts.get("report.contract"), c.contractNumber()));
            rows.add(List.of(texts.get("report.beneficiary"), c.beneficiary()));
            rows.add(List.of(texts.get("report.fund"), texts.get("fund." + c.fund())));
            rows.add(List.of(texts.get("report.scheme"), ReportTexts.orEmpty(c.fundingScheme())));
            rows.add(List.of(texts.get("report.period"), texts.period(c)));
            rows.add(List.of("", texts.funding(c)));
            rows.add(List.of("", texts.format("report.generated", ReportTexts.dateTime(report.generatedAt()))));
            sheet(book, "report.section.cover", List.of(texts.get("report.field"), texts.get("report.value")), rows);

            rows = new ArrayList<>();
            for (var i : report.indicators()) {
                rows.add(List.of(i.name(), texts.get("unit." + i.unit()), i.target(), i.achieved(),
                        texts.get("ind.source." + i.source())));
            }
            sheet(book, "report.section.indicators", cols("name", "unit", "target", "achieved", "source"), rows);

            rows = new ArrayList<>();
            for (var a : report.activities()) {
                rows.add(List.of(a.number(), a.title(), texts.period(a.start(), a.end()), a.events(), a.present()));
            }
            sheet(book, "report.section.activities", cols("number", "activity", "period", "events", "present"), rows);

            rows = new ArrayList<>();
            for (var e : report.events()) {
                rows.add(List.of(ReportTexts.dateTime(e.startsAt()), texts.get("eventKind." + e.kind()),
                        e.activity() == null ? "" : e.activity(), e.title(), e.venue(), e.registered(), e.present()));
            }
            rows.add(List.of(texts.get("report.total"), "", "", "", "", report.totalRegistered(), report.totalPresent()));
            sheet(book, "report.section.events",
                    cols("date", "kind", "number", "title", "venue", "registered", "present"), rows);

            rows = new ArrayList<>();
            for (var g : report.participantsByGroup()) rows.add(List.of(g.name(), g.participants()));
            sheet(book, "report.section.groups", cols("group", "participants"), rows);

            rows = new ArrayList<>();
            for (var m : report.months()) rows.add(List.of(m.month().toString(), m.events(), m.present()));
            sheet(book, "report.section.months", cols("month", "events", "present"), rows);

            rows = new ArrayList<>();
            for (var m : report.materials()) {
                rows.add(List.of(texts.get("project.materialKind." + m.kind()), m.title(), m.quantity(),
                        ReportTexts.date(m.date()), ReportTexts.orEmpty(m.supplier()), m.distributed()));
            }
            sheet(book, "report.section.materials", cols("kind", "title", "quantity", "date", "supplier", "distributed"), rows);

            rows = new ArrayList<>();
            for (var k : report.compliance()) {
                rows.add(List.of(texts.get("compliance.item." + k.item()), texts.get("compliance.status." + k.status()),
                        ReportTexts.orEmpty(k.note()), String.join("; ", k.evidence()),
                        ReportTexts.orEmpty(k.changedBy()), ReportTexts.dateTime(k.changedAt())));
            }
            sheet(book, "report.section.compliance", cols("item", "status", "note", "evidence", "changedBy", "date"), rows);

            book.write(out);
        }
    }

    private List<String> cols(String... keys) {
        List<String> labels = new ArrayList<>();
        for (String k : keys) labels.add(texts.get("report.col." + k));
        return labels;
    }

    private void sheet(XSSFWorkbook book, String titleKey, List<String> header, List<List<Object>> rows) {
        Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(texts.get(titleKey)));
        Row head = sheet.createRow(0);
        for (int i = 0; i < header.size(); i++) {
            var cell = head.createCell(i);
            cell.setCellValue(header.get(i));
            cell.setCellStyle(bold);
        }
        int r = 1;
        for (List<Object> values : rows) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                if (v instanceof Number number) row.createCell(i).setCellValue(number.doubleValue());
                else row.createCell(i).setCellValue(v == null ? "" : v.toString());
            }
        }
        sheet.createFreezePane(0, 1);
        for (int i = 0; i < header.size(); i++) sheet.setColumnWidth(i, 256 * Math.min(60, Math.max(12, header.get(i).length() + 4)));
    }
}
