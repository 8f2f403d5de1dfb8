package bg.integra.it.attendance;

import bg.integra.it.BackOffice;
import bg.integra.it.Browser;
import bg.integra.it.Chromium;
import bg.integra.it.Http;
import bg.integra.it.Seeding;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static bg.integra.it.Browser.byId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The door of an event on a 360 px phone: a registrar signs in, lands on their organisation's events, opens one,
 * finds a person by name and marks them present with one tap, and the count goes up (and stays up). Over plain
 * HTTP: a registrar finds no other back-office page, no import and no sheet.
 */
@Tag(Chromium.TAG)
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class AttendanceBrowserIT {

    @RegisterExtension
    static final Chromium browser = new Chromium();

    private Page page;

    @AfterEach
    void closePage() {
        Browser.close(page);
    }

    private static JsonObject seed(Http http) {
        HttpResponse<String> r = http.postForm("/test-support/attendance", Map.of("confirmed", "3"));
        if (r.statusCode() != 200) throw new IllegalStateException("Seeding failed: " + r.statusCode() + " " + r.body());
        return Http.json(r);
    }

    @Test
    void aRegistrarAtTheDoorFindsAPersonByNameAndMarksThemPresentOnAPhone() {
        JsonObject seeded = seed(new Http());
        List<String> names = seeded.getJsonArray("names").getValuesAs(JsonString::getString);
        page = browser.page(Browser.MOBILE_WIDTH);

        page.navigate("/login.xhtml");
        page.locator(byId("login:username")).fill(seeded.getString("registrar"));
        page.locator(byId("login:password")).fill(seeded.getString("password"));
        page.locator(byId("login:submit")).click();
        page.waitForURL(url -> url.contains("/admin/events/list.xhtml"));

        page.getByText(seeded.getString("eventTitle"), new Page.GetByTextOptions().setExact(true)).first().click();
        page.waitForURL(url -> url.contains("/admin/events/attendance.xhtml"));
        Locator count = page.locator(byId("att:count"));
        assertEquals("Присъстват 0 от 3", count.textContent().strip());
        assertEquals(0, page.locator(byId("import:upload")).count(), "a registrar does not import");
        assertEquals(0, page.locator(byId("sheet")).count(), "nor print the sheet");

        page.locator(byId("att:search")).pressSequentially(names.get(1).substring(names.get(1).length() - 3)); // "002"
        Locator people = page.locator(".att-person");
        PlaywrightAssertions.assertThat(people).hasCount(1);
        assertTrue(people.first().textContent().contains(names.get(1)));

        Locator button = people.first().locator("button");
        assertTrue(button.boundingBox().height >= 44, "a tap target a finger can hit");
        button.click();
        PlaywrightAssertions.assertThat(count).hasText("Присъстват 1 от 3");
        PlaywrightAssertions.assertThat(people.first().locator("button")).hasAttribute("aria-pressed", "true");
        Number scrollWidth = (Number) page.evaluate("() => document.documentElement.scrollWidth");
        assertTrue(scrollWidth.intValue() <= Browser.MOBILE_WIDTH, "no sideways scrolling at 360 px: " + scrollWidth);
        Browser.screenshot(page, "backoffice-attendance-360");

        page.reload();
        PlaywrightAssertions.assertThat(page.locator(byId("att:count"))).hasText("Присъстват 1 от 3");
        Locator marked = page.locator(".att-present");
        PlaywrightAssertions.assertThat(marked).hasCount(1);
        assertTrue(marked.textContent().contains(names.get(1)));
    }

    @Test
    void aRegistrarFindsNoOtherBackOfficePageAndNoOtherOrganisationsEvent() {
        JsonObject seeded = seed(new Http());
        BackOffice registrar = new BackOffice().signInOrFail(seeded.getString("registrar"), seeded.getString("password"));

        HttpResponse<String> start = registrar.get("/admin/index.xhtml");
        assertTrue(BackOffice.isRedirect(start), "the dashboard sends a registrar to the events");
        assertEquals("/admin/events/list.xhtml", BackOffice.location(start));
        HttpResponse<String> list = registrar.get("/admin/events/list.xhtml");
        assertEquals(200, list.statusCode());
        assertTrue(BackOffice.text(list.body()).contains(seeded.getString("eventTitle")));
        assertFalse(BackOffice.text(list.body()).contains("other-" + seeded.getString("tag")), "not another organisation's event");

        for (String path : List.of("/admin/projects/list.xhtml", "/admin/projects/edit.xhtml", "/admin/organisations/list.xhtml",
                "/admin/content/list.xhtml", "/admin/content/edit.xhtml?type=NEWS", "/admin/accounts/list.xhtml",
                "/admin/legacy/list.xhtml", "/admin/events/attendance.xhtml?event=" + seeded.getJsonNumber("otherEventId"),
                "/admin/events/attendance.xhtml?event=nonsense")) {
            assertEquals(404, registrar.get(path).statusCode(), path);
        }
        HttpResponse<String> own = registrar.get("/admin/events/attendance.xhtml?event=" + seeded.getJsonNumber("eventId"));
        assertEquals(200, own.statusCode());
        assertFalse(own.body().contains("id=\"import\""), "no import form for a registrar");
        assertFalse(own.body().contains("/admin/events/sheet"), "no sheet link for a registrar");
        String menu = BackOffice.text(own.body());
        assertFalse(menu.contains(">Проекти<") || menu.contains(">Профили<"), "the menu offers no project or account tools");

        BackOffice coordinator = new BackOffice().signInOrFail(seeded.getString("coordinator"), seeded.getString("password"));
        HttpResponse<String> managed = coordinator.get("/admin/events/attendance.xhtml?event=" + seeded.getJsonNumber("eventId"));
        assertEquals(200, managed.statusCode());
        assertTrue(managed.body().contains("id=\"import\""), "a coordinator imports");
        assertTrue(managed.body().contains("/admin/events/sheet"), "and prints the sheet");
    }
}
