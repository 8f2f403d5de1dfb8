package bg.integra.attendance;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An attendance list as uploaded: a CSV file (UTF-8, comma or semicolon, header row) or the first sheet of an
 * XLSX workbook, read into rows of cell texts. The kind is told by the content, not by the file's name: an XLSX
 * file is a ZIP archive, a CSV file is UTF-8 text; anything else is refused. Rows keep their spreadsheet numbers
 * (the header is row 1), so that problems can be reported where the coordinator will look for them.
 */
final class AttendanceFile {

    /** A row of the file: its number in the file and its cells, blank cells as empty strings. */
    record Line(int number, List<String> cells) {
        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    private final List<String> header;
    private final List<Line> lines;

    private AttendanceFile(List<String> header, List<Line> lines) {
        this.header = header;
        this.lines = lines;
    }

    List<String> header() { return header; }
    List<Line> lines() { return lines; }

    /**
     * Reads the file, or throws {@link ImportRejectedException} when it is too big, not CSV/XLSX, unreadable, has
     * no header or more than {@code maxRows} rows (blank rows do not count).
     */
    static AttendanceFile read(byte[] content, int maxBytes, int maxRows) {
        if (content == null || content.length == 0) throw reject("att.import.empty", null);
        if (content.length > maxBytes) throw reject("att.import.tooLarge", maxBytes / (1024 * 1024));
        List<List<String>> rows = isZip(content) ? xlsx(content, maxRows) : csv(content, maxRows);
        if (rows.isEmpty() || rows.get(0).stream().allMatch(String::isBlank)) throw reject("att.import.noHeader", null);
        List<Line> lines = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            Line line = new Line(i + 1, rows.get(i));
            if (!line.isBlank()) lines.add(line);
        }
        if (lines.size() > maxRows) throw reject("att.import.tooManyRows", maxRows);
        if (lines.isEmpty()) throw reject("att.import.noRows", null);
        return new AttendanceFile(rows.get(0).stream().map(String::strip).toList(), lines);
    }

    private static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static List<List<String>> csv(byte[] content, int maxRows) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw reject("att.import.notCsvOrXlsx", null); // a binary file, an old .xls, or text in another encoding
        }
        if (text.indexOf('\0') >= 0) throw reject("att.import.notCsvOrXlsx", null);
        if (text.startsWith("\uFEFF")) text = text.substring(1); // the byte-order mark spreadsheet programs write
        int firstLineEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
        String firstLine = text.substring(0, firstLineEnd);
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true).get();
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                if (rows.size() > maxRows + 1 + 1000) break; // far over the limit: stop reading, the count says enough
                List<String> cells = new ArrayList<>();
                record.forEach(cell -> cells.add(cell == null ? "" : cell));
                rows.add(cells);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw reject("att.import.brokenCsv", null); // an unclosed quote, say
        }
        return rows;
    }

    private static List<List<String>> xlsx(byte[] content, int maxRows) {
        DataFormatter formatter = new DataFormatter();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) throw reject("att.import.noHeader", null);
            Sheet sheet = workbook.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            int last = Math.min(sheet.getLastRowNum(), maxRows + 1000);
            for (int r = 0; r <= last; r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                    }
                }
                rows.add(cells);
            }
            return rows;
        } catch (ImportRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) { // not a workbook (another ZIP), or a damaged one
            throw reject("att.import.notCsvOrXlsx", null);
        }
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(ch -> ch == c).count();
    }

    private static ImportRejectedException reject(String reason, Object argument) {
        return new ImportRejectedException(List.of(ImportProblem.ofFile(reason, argument)));
    }
}
