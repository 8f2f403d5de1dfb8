package bg.integra.it.attendance;

import bg.integra.it.BackOffice;
import bg.integra.it.Http;
import bg.integra.it.Seeding;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The attendance sheet as a coordinator downloads it: a PDF whose text (read back with PDFBox) holds the EU funding
 * statement of the project's fund, the event and every confirmed registrant numbered, over pages with their count;
 * and no sheet for a registrar or for another organisation's event.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class AttendanceSheetIT {

    private static JsonObject seed(Http http, int confirmed) {
        HttpResponse<String> r = http.postForm("/test-support/attendance", Map.of("confirmed", String.valueOf(confirmed)));
        if (r.statusCode() != 200) throw new IllegalStateException("Seeding failed: " + r.statusCode() + " " + r.body());
        return Http.json(r);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void aCoordinatorDownloadsASheetWithTheFundingStatementAndEveryConfirmedRegistrantOverTwoPages() throws IOException {
        Http http = new Http();
        JsonObject seeded = seed(http, 40); // more than one A4 page of rows
        BackOffice coordinator = new BackOffice().signInOrFail(seeded.getString("coordinator"), seeded.getString("password"));

        HttpResponse<byte[]> r = coordinator.http().getBytes("/admin/events/sheet?event=" + seeded.getJsonNumber("eventId").longValue());
        assertEquals(200, r.statusCode());
        assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename=\"attendance-"),
                r.headers().map().toString());
        byte[] pdf = r.body();
        assertEquals("%PDF", new String(pdf, 0, 4));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(2, document.getNumberOfPages());
        }
        String text = text(pdf).replaceAll("\\s+", " ");

        // the fund of TestData's projects is EIF, worded as the portal's publicity block words it
        assertTrue(text.contains("се осъществява с финансовата подкрепа на Европейски фонд за интеграция на граждани на трети"
                + " страни, съфинансиран от Европейския съюз"), text);
        assertTrue(text.contains("Европейски съюз"));
        assertTrue(text.contains("Присъствен списък: " + seeded.getString("eventTitle")), text);
        assertTrue(text.contains("Страница 1 от 2") && text.contains("Страница 2 от 2"), text);

        List<String> names = seeded.getJsonArray("names").getValuesAs(JsonString::getString);
        for (int i = 0; i < names.size(); i++) {
            assertTrue(text.contains((i + 1) + " " + names.get(i)), "row " + (i + 1) + " " + names.get(i));
        }
        Matcher rows = Pattern.compile("Участник " + Pattern.quote(seeded.getString("tag")) + " \\d{3}").matcher(text);
        int count = 0;
        while (rows.find()) count++;
        assertEquals(40, count, "each confirmed registrant once");
        assertFalse(text.contains("Чакащ " + seeded.getString("tag")), "no waitlisted person");
        assertFalse(text.contains("Отказал се " + seeded.getString("tag")), "no cancelled person");
    }

    @Test
    void aRegistrarGetsNoSheetAndACoordinatorNoneOfAnotherOrganisation() {
        Http http = new Http();
        JsonObject seeded = seed(http, 2);
        BackOffice registrar = new BackOffice().signInOrFail(seeded.getString("registrar"), seeded.getString("password"));
        assertEquals(404, registrar.http().getBytes("/admin/events/sheet?event=" + seeded.getJsonNumber("eventId").longValue()).statusCode());

        BackOffice coordinator = new BackOffice().signInOrFail(seeded.getString("coordinator"), seeded.getString("password"));
        assertEquals(404, coordinator.http().getBytes("/admin/events/sheet?event=" + seeded.getJsonNumber("otherEventId").longValue()).statusCode());
        assertEquals(404, coordinator.http().getBytes("/admin/events/sheet?event=x").statusCode());
        assertEquals(200, coordinator.http().getBytes("/admin/events/sheet?event=" + seeded.getJsonNumber("eventId").longValue()).statusCode());
    }
}
