package bg.integra.it.project;

import bg.integra.it.BackOffice;
import bg.integra.it.Bundles;
import bg.integra.it.Http;
import bg.integra.it.Indicators;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.text.MessageFormat;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Counted indicators as institutions and the public see them: the API names each indicator's source (and, for a
 * counted one, its measure and parameter) with the figure counted at the request; the portal's project page shows
 * the counted figure and says how it is known, and goes up when attendance is marked (the page cache lets go of it).
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class IndicatorApiIT {

    private final Http http = new Http();

    @Test
    void theApiNamesEachIndicatorsSourceAndTheCountedFigure() {
        JsonObject seeded = Indicators.project(http);
        long id = seeded.getJsonNumber("projectId").longValue();
        JsonObject project = http.getJson("/api/v1/projects/" + id);

        JsonObject entered = Indicators.indicator(project, "Семинари");
        assertEquals("ENTERED", entered.getString("source"));
        assertEquals(1, entered.getInt("achieved"));
        assertFalse(entered.containsKey("measure"), entered.toString());

        JsonObject participants = Indicators.indicator(project, "Участници");
        assertEquals("COUNTED", participants.getString("source"));
        assertEquals("PARTICIPANTS", participants.getString("measure"));
        assertFalse(participants.containsKey("parameter"));
        assertEquals(2, participants.getInt("achieved"), "Anna, at two seminars, and Boris; Vera did not come");

        JsonObject ngo = Indicators.indicator(project, "Участници от НПО");
        assertEquals("PARTICIPANTS_IN_TARGET_GROUP", ngo.getString("measure"));
        assertEquals("NGO", ngo.getString("parameter"));
        assertEquals(1, ngo.getInt("achieved"));

        JsonObject seminars = Indicators.indicator(project, "Проведени семинари");
        assertEquals("EVENTS_HELD", seminars.getString("measure"));
        assertEquals("SEMINAR", seminars.getString("parameter"));
        assertEquals(2, seminars.getInt("achieved"), "the seminar to come is not held yet");
        assertEquals(250, Indicators.indicator(project, "Отпечатани справочници").getInt("achieved"));

        // marking Vera present changes the figures the next request gets
        Indicators.attend(http, seeded.getJsonNumber("veraId").longValue(), true);
        JsonObject after = http.getJson("/api/v1/projects/" + id);
        assertEquals(3, Indicators.indicator(after, "Участници").getInt("achieved"));
        assertEquals(2, Indicators.indicator(after, "Участници от НПО").getInt("achieved"));
    }

    @Test
    void thePortalPageShowsTheCountedFigureSaysHowItIsKnownAndGoesUpWhenAttendanceIsMarked() {
        JsonObject seeded = Indicators.project(http);
        String page = "/projects/" + seeded.getJsonNumber("projectId").longValue();

        String before = page(page);
        assertTrue(before.contains(Bundles.text("bg", "project.indicatorSource")), "the column of the source");
        assertTrue(before.contains(Bundles.text("bg", "project.measure.PARTICIPANTS")), "what the participants count is");
        assertTrue(before.contains(Bundles.text("bg", "project.source.ENTERED")), "the entered indicator says so");
        assertTrue(before.contains(progress("bg", 2, 10)), "2 of 10 participants");
        assertTrue(before.contains(MessageFormat.format(Bundles.text("bg", "project.measure.EVENTS_HELD.of"),
                Bundles.text("bg", "eventKind.SEMINAR"))), "seminars held, by kind");
        assertEquals(before, page(page), "the same page while nothing changes");

        String english = page(page + "?lang=en");
        assertTrue(english.contains(MessageFormat.format(Bundles.text("en", "project.measure.PARTICIPANTS_IN_TARGET_GROUP.of"),
                "Non-governmental organisation")), "the target group in the page's language");

        Indicators.attend(http, seeded.getJsonNumber("veraId").longValue(), true);
        String after = page(page);
        assertTrue(after.contains(progress("bg", 3, 10)), "the figure went up");
        assertFalse(after.contains(progress("bg", 2, 10)));
        assertTrue(page(page + "?lang=en").contains(progress("en", 3, 10)));
    }

    private String page(String path) {
        HttpResponse<String> r = http.get(path);
        assertEquals(200, r.statusCode(), path);
        return BackOffice.text(r.body());
    }

    private static String progress(String lang, int achieved, int target) {
        return new MessageFormat(Bundles.text(lang, "project.progress"), Locale.forLanguageTag(lang))
                .format(new Object[]{achieved, target, Math.min(100, Math.round(achieved * 100f / target))});
    }
}
