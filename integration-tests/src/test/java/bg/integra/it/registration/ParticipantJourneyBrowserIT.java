package bg.integra.it.registration;

import bg.integra.it.BackOffice;
import bg.integra.it.Browser;
import bg.integra.it.Bundles;
import bg.integra.it.Chromium;
import bg.integra.it.Http;
import bg.integra.it.Mailbox;
import bg.integra.it.Multipart;
import bg.integra.it.Seeding;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static bg.integra.it.Browser.byId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole journey of issue 4 in headless Chromium: a visitor registers for a project's event and gets the
 * e-mail; the event takes place (an editor moves its start to earlier today); the coordinator marks the visitor
 * present at the door; and the counted participants indicator on the portal's project page goes up by one.
 */
@Tag(Chromium.TAG)
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ParticipantJourneyBrowserIT {

    private static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");
    private static final Pattern CANCEL_LINK = Pattern.compile("http://\\S+/registrations/cancel/[A-Za-z0-9_-]+\\?lang=[a-z]{2}");
    private static final Pattern FIGURE = Pattern.compile("^(\\d+) ");
    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @RegisterExtension
    static final Chromium browser = new Chromium();

    private final Http http = new Http();

    @RegisterExtension
    final Mailbox mailbox = new Mailbox();

    @Test
    void aVisitorRegistersGetsTheMailIsMarkedPresentAndTheProjectsIndicatorGoesUp() {
        JsonObject seeded = seed();
        long projectId = seeded.getJsonNumber("projectId").longValue();
        long eventId = seeded.getJsonNumber("eventId").longValue();
        String slug = seeded.getString("eventSlug");
        String title = seeded.getString("eventTitle");
        String indicator = seeded.getString("indicator");
        String tag = Seeding.tag();
        String name = "Мария Иванова " + tag;
        String email = "maria-" + tag + "@example.bg";

        // (1) the indicator's figure on the portal's project page before
        int before;
        Page page = browser.page(Browser.DESKTOP_WIDTH);
        try {
            page.navigate("/projects/" + projectId);
            Locator row = indicatorRow(page, indicator);
            String achieved = row.locator("td").nth(1).textContent().strip();
            Matcher figure = FIGURE.matcher(achieved);
            assertTrue(figure.find(), achieved);
            before = Integer.parseInt(figure.group(1));
            assertEquals(0, before, "nobody has attended the project's events yet");
            assertTrue(achieved.startsWith(progress(before, 10)), achieved);
        } finally {
            Browser.close(page);
        }

        // (2) a visitor registers through the event page and the form
        page = browser.page(Browser.MOBILE_WIDTH);
        try {
            page.navigate("/events/" + slug);
            assertTrue(page.locator("main").textContent().contains(format("regForm.placesLeft", 20, 20)));
            page.locator("#register-link").click();
            page.waitForURL(url -> url.endsWith("/events/" + slug + "/register"));
            page.locator("#reg-name").fill(name);
            page.locator("#reg-organisation").fill("Сдружение „Мост“");
            page.locator("#reg-targetGroup").selectOption("NGO");
            page.locator("#reg-email").fill(email);
            page.locator("#reg-phone").fill("0888 123 456");
            page.locator("#reg-consent").check();
            page.locator("#reg-submit").click();
            page.waitForURL(url -> url.contains("/events/" + slug + "/registered?r="));
            assertEquals(Bundles.text("bg", "regForm.done.confirmed"), page.locator("#reg-status").textContent().strip());
        } finally {
            Browser.close(page);
        }

        // (3) the confirmation e-mail, with the event's title and the cancel link
        MimeMessage confirmation = mailbox.await(email, 1).get(0);
        assertTrue(Mailbox.subject(confirmation).contains(title), Mailbox.subject(confirmation));
        String body = Mailbox.body(confirmation);
        assertTrue(body.contains(title), body);
        assertTrue(CANCEL_LINK.matcher(body).find(), body);

        // the event starts tomorrow: no attendance yet
        BackOffice coordinator = new BackOffice().signInOrFail(seeded.getString("coordinator"), seeded.getString("password"));
        String attendance = "/admin/events/attendance.xhtml?event=" + eventId;
        assertTrue(BackOffice.text(coordinator.get(attendance).body()).contains(Bundles.text("bg", "att.tooEarly")),
                "attendance is not taken before the event's day");

        // (4) an editor moves the start to earlier today, through the back-office form
        LocalDateTime startsAt = earlierToday();
        BackOffice editor = new BackOffice().signInOrFail(seeded.getString("editor"), seeded.getString("password"));
        HttpResponse<String> edit = editor.get("/admin/content/edit.xhtml?id=" + eventId);
        assertEquals(200, edit.statusCode(), edit::body);
        BackOffice.Form form = BackOffice.Form.parse(edit.body(), "form");
        form.set(form.nameEndingWith(":startsAt_input"), PICKER.format(startsAt));
        form.set(form.nameEndingWith(":endsAt_input"), PICKER.format(startsAt.plusHours(2)));
        HttpResponse<String> saved = Multipart.submit(editor.http(), edit.body(), form, form.button(":publish"));
        assertEquals(200, saved.statusCode(), saved::body);
        assertTrue(BackOffice.text(saved.body()).contains(Bundles.text("bg", "cnt.publishedNow")), saved::body);

        // (5) the coordinator signs in, finds the visitor at the door and taps present
        page = browser.page(Browser.MOBILE_WIDTH);
        try {
            page.navigate("/login.xhtml");
            page.locator(byId("login:username")).fill(seeded.getString("coordinator"));
            page.locator(byId("login:password")).fill(seeded.getString("password"));
            page.locator(byId("login:submit")).click();
            page.waitForURL(url -> url.contains("/admin/"));
            page.navigate(attendance);
            assertFalse(page.locator("body").textContent().contains(Bundles.text("bg", "att.tooEarly")), "the event has started");
            assertTrue(page.locator("body").textContent().contains(DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").format(startsAt)),
                    "the page shows the new start");
            Locator count = page.locator(byId("att:count"));
            assertEquals(format("att.presentOf", 0, 1), count.textContent().strip());

            page.locator(byId("att:search")).pressSequentially(tag);
            Locator people = page.locator(".att-person");
            PlaywrightAssertions.assertThat(people).hasCount(1);
            assertTrue(people.first().textContent().contains(name), people.first().textContent());
            people.first().locator("button").click();
            PlaywrightAssertions.assertThat(count).hasText(format("att.presentOf", 1, 1));
            PlaywrightAssertions.assertThat(people.first().locator("button")).hasAttribute("aria-pressed", "true");
        } finally {
            Browser.close(page);
        }

        // (6) the portal's project page: one more, and the sentence that the figure is counted
        page = browser.page(Browser.DESKTOP_WIDTH);
        try {
            page.navigate("/projects/" + projectId);
            Locator row = indicatorRow(page, indicator);
            String achieved = row.locator("td").nth(1).textContent().strip();
            assertTrue(achieved.startsWith(progress(before + 1, 10)), achieved);
            Locator source = row.locator("td").nth(2);
            assertEquals(Bundles.text("bg", "project.measure.PARTICIPANTS"), source.textContent().strip());
            PlaywrightAssertions.assertThat(source).hasClass("counted");
            Browser.screenshot(page, "participant-journey-project-bg");
        } finally {
            Browser.close(page);
        }
    }

    private JsonObject seed() {
        HttpResponse<String> r = http.postForm("/test-support/journey", Map.of());
        if (r.statusCode() != 200) throw new IllegalStateException("Seeding failed: " + r.statusCode() + " " + r.body());
        return Http.json(r);
    }

    /**
     * A start in the past and on today's date in Sofia, at a whole minute (the form's precision): a minute ago,
     * or midnight when a minute ago was yesterday.
     */
    static LocalDateTime earlierToday() {
        LocalDateTime now = LocalDateTime.now(SOFIA);
        LocalDateTime minuteAgo = now.minusMinutes(1).truncatedTo(ChronoUnit.MINUTES);
        return minuteAgo.toLocalDate().equals(now.toLocalDate()) ? minuteAgo : now.toLocalDate().atStartOfDay();
    }

    private static Locator indicatorRow(Page page, String name) {
        Locator row = page.locator("table.indicators tbody tr").filter(new Locator.FilterOptions().setHas(
                page.locator("th", new Page.LocatorOptions().setHasText(name))));
        PlaywrightAssertions.assertThat(row).hasCount(1);
        return row;
    }

    private static String progress(int achieved, int target) {
        return format("project.progress", achieved, target, Math.min(100, Math.round(achieved * 100f / target)));
    }

    private static String format(String key, Object... args) {
        return new MessageFormat(Bundles.text("bg", key), Locale.forLanguageTag("bg")).format(args);
    }
}
