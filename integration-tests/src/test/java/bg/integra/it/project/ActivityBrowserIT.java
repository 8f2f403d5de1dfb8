package bg.integra.it.project;

import bg.integra.it.Browser;
import bg.integra.it.Bundles;
import bg.integra.it.Chromium;
import bg.integra.it.Http;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static bg.integra.it.Browser.byId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Activities and an event's trainers, target groups and capacity in the back-office, in a real browser: the
 * administrator adds an activity to a project in its dialog, then in the event's form links the event to it,
 * adds a trainer (a row with an affiliation and no name gets a message at the field, and nothing is saved),
 * ticks a target group and sets the places; the API then gives exactly what was entered.
 */
@Tag(Chromium.TAG)
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ActivityBrowserIT {

    @RegisterExtension
    static final Chromium browser = new Chromium();

    private final Http http = new Http();
    private Page page;

    @AfterEach
    void closePage() {
        Browser.close(page);
    }

    @Test
    void anAdministratorAddsAnActivityAndLinksAnEventWithItsTrainersTargetGroupsAndPlaces() {
        JsonObject seed = http.seedContent();
        String tag = seed.getString("tag");
        long projectId = seed.getJsonNumber("projectId").longValue();
        long eventId = seed.getJsonNumber("upcomingEventId").longValue();
        String campaign = "Информационна кампания " + tag;
        page = browser.page(Browser.DESKTOP_WIDTH);
        Browser.signInAsAdmin(page);

        // the activity, in the project's dialog: the number is left empty for the next free one
        page.navigate("/admin/projects/edit.xhtml?id=" + projectId);
        page.locator(byId("activities:add")).click();
        Browser.waitForAjax(page);
        Locator dialog = Browser.openedDialog(page, "activityDialog");
        page.locator(byId("activityForm:title_bg")).fill(campaign);
        page.locator(byId("activityForm:title_en")).fill("Information campaign " + tag);
        page.locator(byId("activityForm:saveActivity")).click();
        Browser.waitForAjax(page);
        Browser.waitUntilClosed(page, dialog);
        Locator rows = page.locator(byId("activities:table") + " tbody tr");
        assertEquals(2, rows.count(), "the seeded activity and the new one");
        assertTrue(rows.nth(1).textContent().contains(campaign), rows.nth(1).textContent());
        assertEquals("2", rows.nth(1).locator("td").first().textContent().strip(), "the next number");
        Browser.screenshot(page, "backoffice-project-activities-1280");

        // the event's form
        page.navigate("/admin/content/edit.xhtml?id=" + eventId);
        Browser.chooseItem(page, "form:activity", "2. " + campaign);
        page.locator(byId("form:addTrainer")).click();
        Browser.waitForAjax(page);
        Locator secondName = page.locator(byId("form:trainerRows:1:trainerName"));
        secondName.waitFor();
        page.locator(byId("form:trainerRows:1:trainerAffiliation")).fill("Модератор " + tag);
        page.locator(byId("form:targetGroups")).getByText("Медии", new Locator.GetByTextOptions().setExact(true)).click();
        page.locator(byId("form:capacity")).fill("25");
        page.locator(byId("form:publish")).click(); // the event is published: "save and keep published"
        page.waitForLoadState();

        // an affiliation without a name: a message at the field, and nothing saved
        Locator message = page.locator(byId("form:trainerRows:1:trainerName") + " ~ .ui-message-error, "
                + "[id='form:trainers'] .ui-message-error");
        message.first().waitFor();
        assertEquals(Bundles.text("bg", "bo.required"), message.first().textContent().strip());
        JsonObject unchanged = http.getJson("/api/v1/events/" + eventId);
        assertEquals(1, unchanged.getJsonObject("activity").getInt("number"));
        assertEquals(1, unchanged.getJsonArray("trainers").size());

        // what was typed is still in the form: give the name and save again
        assertEquals("Модератор " + tag, page.locator(byId("form:trainerRows:1:trainerAffiliation")).inputValue());
        page.locator(byId("form:trainerRows:1:trainerName")).fill("Иван Георгиев");
        page.locator(byId("form:publish")).click(); // the event is published: "save and keep published"
        page.waitForLoadState();
        page.locator(".ui-messages-info").first().waitFor();
        Browser.screenshot(page, "backoffice-event-trainers-1280");

        JsonObject event = http.getJson("/api/v1/events/" + eventId);
        assertEquals(2, event.getJsonObject("activity").getInt("number"));
        assertEquals(campaign, event.getJsonObject("activity").getJsonObject("title").getString("bg"));
        assertEquals(List.of("Мария Петрова", "Иван Георгиев"), event.getJsonArray("trainers").stream()
                .map(t -> t.asJsonObject().getString("name")).toList());
        assertEquals("Модератор " + tag, event.getJsonArray("trainers").getJsonObject(1).getString("affiliation"));
        assertEquals(List.of("LOCAL_AUTHORITY", "NGO", "MEDIA"), event.getJsonArray("targetGroups")
                .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
        assertEquals(25, event.getJsonObject("registration").getInt("capacity"));
    }
}
