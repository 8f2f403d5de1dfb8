package bg.integra.it.attendance;

import bg.integra.account.Role;
import bg.integra.attendance.AttendanceService;
import bg.integra.attendance.ImportProblem;
import bg.integra.attendance.ImportRejectedException;
import bg.integra.attendance.ImportResult;
import bg.integra.common.ConflictException;
import bg.integra.content.Content;
import bg.integra.event.Event;
import bg.integra.registration.Registration;
import bg.integra.registration.RegistrationStatus;
import bg.integra.testsupport.AttendanceSeeds;
import bg.integra.testsupport.TestData;
import bg.integra.testsupport.runas.AsAdministrator;
import bg.integra.testsupport.runas.AsCoordinator;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

import static bg.integra.it.Failures.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Importing a signed attendance list as a coordinator: good CSV and XLSX lists become confirmed registrations
 * marked present (or mark the registrations that exist), and a list with any bad row is refused whole, with each
 * problem named by row and column and nothing stored.
 */
@ExtendWith(ArquillianExtension.class)
class AttendanceImportIT {

    @Inject
    AttendanceService attendance;

    @Inject
    AttendanceSeeds seeds;

    @Inject
    AsCoordinator coordinator;

    @Inject
    AsAdministrator admin;

    private Event event(String tag) {
        return seeds.startedEvent(seeds.organisationOf(AsCoordinator.USERNAME, Role.COORDINATOR), tag);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aGoodCsvWithSemicolonsBecomesConfirmedRegistrationsMarkedPresentAndMarksAnExistingOne() {
        String tag = TestData.unique("csv");
        Event event = event(tag);
        String existing = "boris-" + tag + "@example.bg";
        seeds.registration(event.getId(), "Борис " + tag, existing, RegistrationStatus.CONFIRMED);
        String csv = "\uFEFFИме;Организация;Длъжност;Целева група;Имейл;Телефон\n"
                + "Анна " + tag + ";Община Хасково;експерт;Местна власт;ANNA-" + tag + "@Example.bg;+359 38 123 456\n"
                + "\"Борис " + tag + "\";;;NGO;" + existing + ";\n"
                + ";;;;;\n" // a blank row is skipped
                + "Вера " + tag + ";;;immigrant community;vera-" + tag + "@example.bg;\n";

        ImportResult result = coordinator.call(() -> attendance.importList(event.getId(), utf8(csv)));
        assertEquals(2, result.created());
        assertEquals(1, result.marked());

        List<Object[]> rows = seeds.rows(event.getId());
        assertEquals(3, rows.size(), "Борис is not registered twice");
        for (Object[] r : rows) {
            assertEquals("CONFIRMED", r[2]);
            assertNotNull(r[4], r[0] + " is marked present");
            assertEquals(AsCoordinator.USERNAME, r[5]);
        }
        Object[] anna = rows.stream().filter(r -> r[0].equals("Анна " + tag)).findFirst().orElseThrow();
        assertEquals("anna-" + tag + "@example.bg", anna[1], "the e-mail is normalised");
        assertEquals(AttendanceService.PAPER_CONSENT, anna[3]);
        assertEquals("LOCAL_AUTHORITY", anna[6], "the target group found by its Bulgarian name");
        Object[] vera = rows.stream().filter(r -> r[0].equals("Вера " + tag)).findFirst().orElseThrow();
        assertEquals("IMMIGRANT_COMMUNITY", vera[6], "by its English name, in any case");
        Object[] boris = rows.stream().filter(r -> r[1].equals(existing)).findFirst().orElseThrow();
        assertEquals("2026-11", boris[3], "the existing registration keeps its own consent");
    }

    @Test
    void aGoodXlsxMadeWithPoiIsImported() throws IOException {
        String tag = TestData.unique("xlsx");
        Event event = event(tag);
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Присъствие");
            String[][] cells = {
                    {"name", "organisation", "role", "target group", "e-mail", "phone"},
                    {"Мария " + tag, "Институция", "инспектор", "INSTITUTION", "maria-" + tag + "@example.bg", "0888123456"},
                    {"Георги " + tag, "", "", "Media", "georgi-" + tag + "@example.bg", ""},
            };
            for (int r = 0; r < cells.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) row.createCell(c).setCellValue(cells[r][c]);
            }
            workbook.createSheet("Бележки").createRow(0).createCell(0).setCellValue("ignored");
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        ImportResult result = coordinator.call(() -> attendance.importList(event.getId(), xlsx));
        assertEquals(2, result.created());
        List<Object[]> rows = seeds.rows(event.getId());
        assertEquals(2, rows.size());
        assertTrue(rows.stream().allMatch(r -> r[4] != null && "CONFIRMED".equals(r[2])));
        assertEquals("INSTITUTION", rows.stream().filter(r -> r[0].equals("Мария " + tag)).findFirst().orElseThrow()[6]);
        assertEquals("MEDIA", rows.stream().filter(r -> r[0].equals("Георги " + tag)).findFirst().orElseThrow()[6]);
    }

    @Test
    void aCsvWithABrokenRowAnOverLongNameAndAnInvalidEmailIsRefusedWholeWithEachProblemByRowAndColumn() {
        String tag = TestData.unique("bad");
        Event event = event(tag);
        String csv = "name,organisation,role,target group,e-mail,phone\n"
                + "Анна " + tag + ",,,NGO,anna-" + tag + "@example.bg,\n"             // row 2: good
                + "Борис " + tag + ",,,NGO\n"                                          // row 3: broken, no e-mail
                + "x".repeat(Registration.NAME_LENGTH + 1) + ",,,NGO,long-" + tag + "@example.bg,\n" // row 4
                + "Вера " + tag + ",,,NGO,vera-at-example.bg,\n"                       // row 5
                + "Галя " + tag + ",,,пенсионери,galya-" + tag + "@example.bg,\n"      // row 6: unknown group
                + "Дора " + tag + ",,,NGO,ANNA-" + tag + "@example.bg,\n";             // row 7: same e-mail as row 2

        ImportRejectedException e = assertFails(ImportRejectedException.class,
                () -> coordinator.call(() -> attendance.importList(event.getId(), utf8(csv))));
        List<ImportProblem> problems = e.problems();
        assertTrue(problems.contains(new ImportProblem(3, "email", "att.import.required", null)), problems.toString());
        assertTrue(problems.contains(new ImportProblem(4, "name", "att.import.tooLong", Registration.NAME_LENGTH)), problems.toString());
        assertTrue(problems.contains(new ImportProblem(5, "email", "att.import.invalidEmail", null)), problems.toString());
        assertTrue(problems.contains(new ImportProblem(6, "targetGroup", "att.import.unknownTargetGroup", "пенсионери")), problems.toString());
        assertTrue(problems.contains(new ImportProblem(7, "email", "att.import.sameEmail", 2)), problems.toString());
        assertEquals(5, problems.size(), problems.toString());
        assertTrue(seeds.rows(event.getId()).isEmpty(), "nothing stored, not even the good row");
    }

    @Test
    void filesThatAreNotAListAreRefusedWithAClearReason() {
        String tag = TestData.unique("file");
        Event event = event(tag);
        byte[] oldExcel = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0};
        assertEquals("att.import.notCsvOrXlsx", fileProblem(event, oldExcel));
        assertEquals("att.import.notCsvOrXlsx", fileProblem(event, new byte[]{'P', 'K', 3, 4, 1, 2, 3}));
        assertEquals("att.import.tooLarge", fileProblem(event, new byte[AttendanceService.MAX_IMPORT_BYTES + 1]));
        StringBuilder many = new StringBuilder("name,target group,e-mail\n");
        for (int i = 0; i <= AttendanceService.MAX_IMPORT_ROWS; i++) many.append("П").append(i).append(",NGO,p").append(i).append("@example.bg\n");
        assertEquals("att.import.tooManyRows", fileProblem(event, utf8(many.toString())));
        ImportRejectedException e = assertFails(ImportRejectedException.class, () -> coordinator.call(() ->
                attendance.importList(event.getId(), utf8("име,град\nАнна,Хасково\n"))));
        assertTrue(e.problems().contains(new ImportProblem(1, "град", "att.import.unknownColumn", null)), e.problems().toString());
        assertTrue(e.problems().contains(new ImportProblem(1, "email", "att.import.missingColumn", null)), e.problems().toString());
        assertTrue(seeds.rows(event.getId()).isEmpty());
    }

    @Test
    void importingBeforeTheEventsDayIsRefused() {
        String tag = TestData.unique("early");
        Event event = seeds.event(seeds.organisationOf(AsCoordinator.USERNAME, Role.COORDINATOR), tag,
                LocalDateTime.now(Content.ZONE).plusDays(2));
        ConflictException e = assertFails(ConflictException.class, () -> coordinator.call(() -> attendance.importList(event.getId(),
                utf8("name,target group,e-mail\nАнна,NGO,anna-" + tag + "@example.bg\n"))));
        assertEquals("att.tooEarly", e.reason());
        assertTrue(seeds.rows(event.getId()).isEmpty());
    }

    private String fileProblem(Event event, byte[] content) {
        ImportRejectedException e = assertFails(ImportRejectedException.class,
                () -> coordinator.call(() -> attendance.importList(event.getId(), content)));
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertEquals(0, e.problems().get(0).row());
        return e.problems().get(0).reason();
    }
}
