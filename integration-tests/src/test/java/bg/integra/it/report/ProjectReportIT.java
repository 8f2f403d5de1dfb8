package bg.integra.it.report;

import bg.integra.it.BackOffice;
import bg.integra.it.Http;
import jakarta.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The final report as a coordinator downloads it from the back-office: the PDF (read back with PDFBox's text
 * extraction) and the XLSX (read back with POI) give every figure that the database holds (read by the seeding
 * servlet with plain SQL) and that the dashboard's tables show; a coordinator of another organisation gets 404
 * for the downloads and the dashboard.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ProjectReportIT {

    private final Http http = new Http();
    private JsonObject seed;
    private JsonObject figures;
    private long projectId;

    @BeforeEach
    void seed() {
        HttpResponse<String> r = http.postForm("/test-support/report-seed", Map.of());
        assertEquals(200, r.statusCode(), r.body());
        seed = Http.json(r);
        figures = seed.getJsonObject("figures");
        projectId = seed.getJsonNumber("projectId").longValue();
        new BackOffice(http).signInOrFail(seed.getString("coordinator"), seed.getString("password"));
    }

    /** The seeded data, as the database holds it, is what the test was written for: nothing here is vacuous. */
    private void checkTheSeedItself() {
        JsonObject events = figures.getJsonObject("events");
        assertEquals(3, event(0).getInt("registered"));
        assertEquals(2, event(0).getInt("present"));
        assertEquals(2, event(1).getInt("registered"));
        assertEquals(2, event(1).getInt("present"));
        assertEquals(3, events.size());
        assertEquals(3, figures.getInt("participants"));
        assertEquals(1, figures.getJsonObject("groups").getInt("NGO"));
        assertEquals(2, figures.getInt("seminarsHeld"));
        assertEquals(250, figures.getInt("handbookCopies"));
        JsonObject activities = figures.getJsonObject("activities");
        assertEquals(1, activities.getJsonObject("1").getInt("events"), "march (the forum is to come)");
        assertEquals(2, activities.getJsonObject("1").getInt("present"));
        assertEquals(1, activities.getJsonObject("2").getInt("events"), "may");
        assertEquals(2, activities.getJsonObject("2").getInt("present"));
    }

    private JsonObject event(int index) {
        String id = seed.getJsonArray("events").getJsonNumber(index).toString();
        return figures.getJsonObject("events").getJsonObject(id);
    }

    private int groupFigure(String code) {
        JsonObject groups = figures.getJsonObject("groups");
        return groups.containsKey(code) ? groups.getInt(code) : 0;
    }

    /** Indicator name → [target, achieved] as the database says (targets are the seed's). */
    private Map<String, int[]> expectedIndicators() {
        Map<String, int[]> expected = new LinkedHashMap<>();
        expected.put("Семинари", new int[]{4, 1});
        expected.put("Проведени семинари", new int[]{3, figures.getInt("seminarsHeld")});
        expected.put("Участници", new int[]{50, figures.getInt("participants")});
        expected.put("Участници от НПО", new int[]{10, groupFigure("NGO")});
        expected.put("Отпечатани справочници", new int[]{500, figures.getInt("handbookCopies")});
        return expected;
    }

    @Test
    void thePdfGivesTheFiguresOfTheDatabase() throws IOException {
        checkTheSeedItself();
        HttpResponse<byte[]> r = http.getBytes("/admin/projects/report?id=" + projectId + "&format=pdf");
        assertEquals(200, r.statusCode());
        assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        String fileName = "report-" + seed.getString("contractNumber").replaceAll("[^A-Za-z0-9.-]+", "-") + ".pdf";
        assertEquals("attachment; filename=\"" + fileName + "\"", r.headers().firstValue("Content-Disposition").orElse(""));

        String text;
        try (PDDocument pdf = Loader.loadPDF(r.body())) {
            assertTrue(pdf.getNumberOfPages() >= 2, "a cover and the sections");
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(pdf);
        }
        List<String> lines = text.lines().map(String::strip).toList();
        assertTrue(text.contains("Окончателен отчет"), "Cyrillic extracts as written");
        assertTrue(text.contains(seed.getString("title")));
        assertTrue(text.contains(seed.getString("contractNumber")));
        assertTrue(text.contains("съфинансиран"), "the funding statement");

        expectedIndicators().forEach((name, values) -> assertTrue(
                lines.stream().anyMatch(l -> l.startsWith(name + " ") && l.matches(Pattern.quote(name) + " \\D+ " + values[0] + " " + values[1] + " .*")),
                "indicator " + name + " " + values[0] + "/" + values[1] + " in\n" + text));
        for (int i = 0; i < 3; i++) {
            String title = seed.getJsonArray("eventTitles").getString(i);
            JsonObject e = event(i);
            assertTrue(lines.stream().anyMatch(l -> l.contains(title) && l.endsWith(" " + e.getInt("registered") + " " + e.getInt("present"))),
                    "event " + title + " in\n" + text);
        }
        JsonObject activities = figures.getJsonObject("activities");
        assertEquals(2, activities.size(), "the seed's two activities");
        for (String number : activities.keySet()) {
            JsonObject a = activities.getJsonObject(number);
            String ends = " " + a.getInt("events") + " " + a.getInt("present");
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(number + " ") && l.endsWith(ends)),
                    "activity " + number + " with" + ends + " in\n" + text);
        }
        int registered = 0, present = 0;
        for (int i = 0; i < 3; i++) {
            registered += event(i).getInt("registered");
            present += event(i).getInt("present");
        }
        String totals = "Общо " + registered + " " + present;
        assertTrue(lines.contains(totals), totals + " in\n" + text);
        assertTrue(lines.contains("Неправителствена организация " + groupFigure("NGO")), "NGO participants in\n" + text);
        assertTrue(lines.contains("Местна власт " + groupFigure("LOCAL_AUTHORITY")), "local authorities in\n" + text);
        assertTrue(lines.contains("2025-03 1 2"), "March in\n" + text);
        assertTrue(lines.contains("2025-05 1 2"), "May in\n" + text);
        for (var m : figures.getJsonArray("materials")) {
            JsonObject material = m.asJsonObject();
            assertTrue(lines.stream().anyMatch(l -> l.contains(material.getString("title") + " " + material.getInt("quantity") + " ")
                            && l.endsWith(" " + material.getInt("distributed"))),
                    "material " + material + " in\n" + text);
        }
        // rule names may wrap in their column: the statuses are counted on the rows' first lines
        List<String> met = lines.stream().filter(l -> l.contains(" Изпълнено ")).toList();
        assertEquals(1, met.size(), text);
        assertTrue(met.get(0).contains("Табела"), "the board is the evidence: " + met.get(0));
        assertEquals(1, lines.stream().filter(l -> l.contains(" Неприложимо ")).count(), text);
        assertEquals(8 - figures.getJsonObject("compliance").size(),
                lines.stream().filter(l -> l.matches(".* Липсва( .*)?")).count(), "rules missing in\n" + text);
    }

    @Test
    void theXlsxGivesTheFiguresOfTheDatabaseAsNumbers() throws IOException {
        checkTheSeedItself();
        HttpResponse<byte[]> r = http.getBytes("/admin/projects/report?id=" + projectId + "&format=xlsx");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").endsWith(".xlsx\""));
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            assertEquals(8, book.getNumberOfSheets(), "one sheet per section");
            Sheet cover = book.getSheetAt(0);
            assertEquals(seed.getString("contractNumber"), find(cover, 0, "Договор").getCell(1).getStringCellValue());

            Sheet indicators = book.getSheetAt(1);
            assertEquals("Наименование", indicators.getRow(0).getCell(0).getStringCellValue());
            expectedIndicators().forEach((name, values) -> {
                Row row = find(indicators, 0, name);
                assertEquals(values[0], number(row.getCell(2)), name + " target");
                assertEquals(values[1], number(row.getCell(3)), name + " achieved");
            });

            Sheet activities = book.getSheetAt(2);
            JsonObject perActivity = figures.getJsonObject("activities");
            assertEquals(perActivity.size(), activities.getLastRowNum(), "every activity of the project");
            for (int i = 1; i <= activities.getLastRowNum(); i++) {
                Row row = activities.getRow(i);
                JsonObject expected = perActivity.getJsonObject(Integer.toString(number(row.getCell(0))));
                assertEquals(expected.getInt("events"), number(row.getCell(3)), "events of activity " + i);
                assertEquals(expected.getInt("present"), number(row.getCell(4)), "present at activity " + i);
            }

            Sheet events = book.getSheetAt(3);
            for (int i = 0; i < 3; i++) {
                Row row = find(events, 3, seed.getJsonArray("eventTitles").getString(i));
                assertEquals(i == 1 ? 2 : 1, number(row.getCell(2)), "the activity the event carries out");
                assertEquals(event(i).getInt("registered"), number(row.getCell(5)));
                assertEquals(event(i).getInt("present"), number(row.getCell(6)));
            }

            Sheet groups = book.getSheetAt(4);
            assertEquals(8, groups.getLastRowNum(), "every target group");
            int sum = 0;
            for (int i = 1; i <= groups.getLastRowNum(); i++) sum += number(groups.getRow(i).getCell(1));
            assertEquals(3, sum, "a, b and e present, each in one group");

            Sheet months = book.getSheetAt(5);
            assertEquals(2, number(find(months, 0, "2025-03").getCell(2)));
            assertEquals(1, number(find(months, 0, "2025-05").getCell(1)));

            Sheet materials = book.getSheetAt(6);
            for (var m : figures.getJsonArray("materials")) {
                JsonObject material = m.asJsonObject();
                Row row = find(materials, 1, material.getString("title"));
                assertEquals(material.getInt("quantity"), number(row.getCell(2)));
                assertEquals(material.getInt("distributed"), number(row.getCell(5)));
            }

            Sheet compliance = book.getSheetAt(7);
            assertEquals("Изпълнено", find(compliance, 0, "Информационна табела в офиса на проекта").getCell(1).getStringCellValue());
            assertEquals(seed.getString("board"), find(compliance, 0, "Информационна табела в офиса на проекта").getCell(3).getStringCellValue());
            int missing = 0;
            for (int i = 1; i <= compliance.getLastRowNum(); i++) {
                if ("Липсва".equals(compliance.getRow(i).getCell(1).getStringCellValue())) missing++;
            }
            assertEquals(8 - figures.getJsonObject("compliance").size(), missing);
        }
    }

    @Test
    void theDashboardShowsTheSameFigures() {
        checkTheSeedItself();
        HttpResponse<String> r = http.get("/admin/projects/dashboard.xhtml?id=" + projectId);
        assertEquals(200, r.statusCode());
        String html = BackOffice.text(r.body());
        for (String chart : List.of("indicatorChart", "monthChart", "groupChart")) {
            assertTrue(html.contains("id=\"" + chart + "\""), chart + " is on the page");
        }
        Map<String, List<String>> indicatorRows = rows(html, "indicatorTable");
        expectedIndicators().forEach((name, values) -> {
            List<String> cells = indicatorRows.get(name);
            assertNotNull(cells, name + " in " + indicatorRows);
            assertEquals(List.of(Integer.toString(values[0]), Integer.toString(values[1])), cells);
        });
        Map<String, List<String>> monthRows = rows(html, "monthTable");
        assertEquals(List.of("1", "2"), monthRows.get("2025-03"));
        assertEquals(List.of("1", "2"), monthRows.get("2025-05"));
        Matcher ngo = Pattern.compile("<tr data-code=\"NGO\"><th scope=\"row\">[^<]*</th><td class=\"num\">(\\d+)</td>").matcher(html);
        assertTrue(ngo.find());
        assertEquals(groupFigure("NGO"), Integer.parseInt(ngo.group(1)));
        Matcher local = Pattern.compile("<tr data-code=\"LOCAL_AUTHORITY\"><th scope=\"row\">[^<]*</th><td class=\"num\">(\\d+)</td>").matcher(html);
        assertTrue(local.find());
        assertEquals(groupFigure("LOCAL_AUTHORITY"), Integer.parseInt(local.group(1)));
    }

    @Test
    void aCoordinatorOfAnotherOrganisationGetsNotFound() {
        Http other = new Http();
        new BackOffice(other).signInOrFail(seed.getString("stranger"), seed.getString("password"));
        assertEquals(404, other.getBytes("/admin/projects/report?id=" + projectId + "&format=pdf").statusCode());
        assertEquals(404, other.getBytes("/admin/projects/report?id=" + projectId + "&format=xlsx").statusCode());
        assertEquals(404, other.get("/admin/projects/dashboard.xhtml?id=" + projectId).statusCode());
        assertEquals(404, other.get("/admin/projects/checklist.xhtml?id=" + projectId).statusCode());
        // and nobody signed in gets the file either
        HttpResponse<byte[]> anonymous = new Http().getBytes("/admin/projects/report?id=" + projectId + "&format=pdf");
        assertTrue(anonymous.statusCode() != 200 || !new String(anonymous.body(), 0, Math.min(5, anonymous.body().length)).startsWith("%PDF"));
    }

    /** The rows of a dashboard table: the row header → the numeric cells. */
    private static Map<String, List<String>> rows(String html, String tableId) {
        int start = html.indexOf("id=\"" + tableId + "\"");
        assertTrue(start >= 0, tableId);
        String table = html.substring(start, html.indexOf("</table>", start));
        Map<String, List<String>> rows = new LinkedHashMap<>();
        Matcher row = Pattern.compile("<tr[^>]*><th scope=\"row\">([^<]*)</th>(.*?)</tr>", Pattern.DOTALL).matcher(table);
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = Pattern.compile("<td class=\"num\">([^<]*)</td>").matcher(row.group(2));
            while (cell.find()) cells.add(cell.group(1).strip());
            rows.put(row.group(1).strip(), cells);
        }
        return rows;
    }

    private static Row find(Sheet sheet, int column, String value) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(value)) return row;
        }
        throw new AssertionError("No row with " + value + " in sheet " + sheet.getSheetName());
    }

    private static int number(Cell cell) {
        assertEquals(CellType.NUMERIC, cell.getCellType(), "a number cell");
        return (int) cell.getNumericCellValue();
    }
}
