package bg.integra.it.event;

import bg.integra.it.BackOffice;
import bg.integra.it.Bundles;
import bg.integra.it.Http;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.text.MessageFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the public, institutions and staff see of an event's trainers, target groups and activity: the event page
 * (in Bulgarian and in Arabic, with the target groups' Arabic names), the project page's list of activities with
 * their events, the API's event and project, and the back-office's activities table and event form. The seeded
 * events (ContentSeeds) carry out the project's activity 1 with one trainer, for NGOs and local authorities.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ActivityPortalIT {

    private static final String ACTIVITY_BG = "Обучения за служители на институциите";
    private static final String ACTIVITY_EN = "Trainings for the staff of institutions";

    private final Http http = new Http();

    @Test
    void theEventPageNamesTrainersTargetGroupsAndTheActivityInThePagesLanguage() {
        JsonObject seed = http.seedContent();
        String tag = seed.getString("tag");
        String bg = page("/events/" + seed.getString("upcomingEvent"));
        assertTrue(bg.contains(Bundles.text("bg", "event.trainers")), "the trainers' heading");
        assertTrue(bg.contains("<bdi>Мария Петрова</bdi>, <bdi>Обучител " + tag + "</bdi>"), bg);
        assertTrue(bg.contains(Bundles.text("bg", "event.targetGroups")));
        assertTrue(bg.contains("Местна власт</span>, <span>Неправителствена организация"),
                "both groups, in their set order");
        assertTrue(bg.contains(MessageFormat.format(Bundles.text("bg", "event.activityNumber"), 1)));
        assertTrue(bg.contains(ACTIVITY_BG));
        assertTrue(bg.contains("/projects/" + seed.getJsonNumber("projectId").longValue() + "#activities"),
                "the activity links to the project's list");

        String ar = page("/events/" + seed.getString("upcomingEvent") + "?lang=ar");
        assertTrue(ar.contains(Bundles.text("ar", "event.trainers")));
        assertTrue(ar.contains("منظمة غير حكومية"), "the NGO group's Arabic name");
        assertTrue(ar.contains("<span lang=\"en\" dir=\"ltr\">" + ACTIVITY_EN + "</span>"),
                "the activity's English title, marked as such on an Arabic page: " + ar);
    }

    @Test
    void theProjectPageListsItsActivitiesWithTheEventsThatCarryThemOut() {
        JsonObject seed = http.seedContent();
        String html = page("/projects/" + seed.getJsonNumber("projectId").longValue());
        int section = html.indexOf("<h2 id=\"activities\">" + Bundles.text("bg", "project.activities") + "</h2>");
        assertTrue(section > 0, "the activities section");
        String list = html.substring(section, html.indexOf("</ol>", section));
        assertTrue(list.contains("<li value=\"1\">"), list);
        assertTrue(list.contains(ACTIVITY_BG), list);
        assertTrue(list.contains("href=\"/events/" + seed.getString("upcomingEvent") + "\""), list);
        assertTrue(list.contains("href=\"/events/" + seed.getString("pastEvent") + "\""), list);
    }

    @Test
    void theApiGivesTheEventsTrainersTargetGroupsAndActivityAndTheProjectsActivities() {
        JsonObject seed = http.seedContent();
        JsonObject event = http.getJson("/api/v1/events/" + seed.getJsonNumber("upcomingEventId").longValue());
        JsonArray trainers = event.getJsonArray("trainers");
        assertEquals(1, trainers.size());
        assertEquals("Мария Петрова", trainers.getJsonObject(0).getString("name"));
        assertEquals("Обучител " + seed.getString("tag"), trainers.getJsonObject(0).getString("affiliation"));
        assertEquals(List.of("LOCAL_AUTHORITY", "NGO"), event.getJsonArray("targetGroups").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        JsonObject activity = event.getJsonObject("activity");
        assertEquals(1, activity.getInt("number"));
        assertEquals(ACTIVITY_BG, activity.getJsonObject("title").getString("bg"));
        assertEquals(ACTIVITY_EN, activity.getJsonObject("title").getString("en"));

        JsonObject project = http.getJson("/api/v1/projects/" + seed.getJsonNumber("projectId").longValue());
        JsonArray activities = project.getJsonArray("activities");
        assertEquals(1, activities.size());
        assertEquals(activity.getJsonNumber("id").longValue(), activities.getJsonObject(0).getJsonNumber("id").longValue());
    }

    @Test
    void theBackOfficeShowsTheActivitiesWithTheirEventCountsAndTheEventsFields() {
        JsonObject seed = http.seedContent();
        BackOffice admin = new BackOffice().signInAsAdmin();
        HttpResponse<String> project = admin.get("/admin/projects/edit.xhtml?id=" + seed.getJsonNumber("projectId").longValue());
        assertEquals(200, project.statusCode());
        String html = BackOffice.text(project.body());
        int table = html.indexOf("id=\"activities:table\"");
        assertTrue(table > 0, "the activities table");
        String row = html.substring(html.indexOf(ACTIVITY_BG, table), html.indexOf("</tr>", html.indexOf(ACTIVITY_BG, table)));
        assertTrue(row.contains("<td role=\"gridcell\" style=\"width:7rem\">2</td>"), "two events carry it out: " + row);

        HttpResponse<String> event = admin.get("/admin/content/edit.xhtml?id=" + seed.getJsonNumber("upcomingEventId").longValue());
        assertEquals(200, event.statusCode());
        String form = BackOffice.text(event.body());
        assertTrue(form.contains("value=\"Мария Петрова\""), "the trainer's name in its field");
        assertTrue(form.contains("value=\"Обучител " + seed.getString("tag") + "\""), "the trainer's affiliation");
        assertTrue(form.matches("(?s).*value=\"NGO\"[^>]*checked.*"), "NGO is ticked");
        assertTrue(form.matches("(?s).*value=\"LOCAL_AUTHORITY\"[^>]*checked.*"), "local authority is ticked");
        assertTrue(form.contains("1. " + ACTIVITY_BG), "the project's activity to choose from");
    }

    private String page(String path) {
        HttpResponse<String> r = http.get(path);
        assertEquals(200, r.statusCode(), path);
        return BackOffice.text(r.body());
    }
}
