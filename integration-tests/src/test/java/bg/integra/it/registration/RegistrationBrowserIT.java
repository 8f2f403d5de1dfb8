package bg.integra.it.registration;

import bg.integra.it.Browser;
import bg.integra.it.Bundles;
import bg.integra.it.Chromium;
import bg.integra.it.Http;
import bg.integra.it.Mailbox;
import bg.integra.it.Registrations;
import bg.integra.it.Seeding;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Page;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A visitor registers for an event in headless Chromium and gets the e-mail: from the event page through the
 * form to "confirmed", the confirmation at a real SMTP server (GreenMail) with the event's title and the cancel
 * link; a second visitor finds the one place taken and is waitlisted; the first follows the link in the e-mail
 * and cancels, and the second is promoted and told so by e-mail.
 */
@Tag(Chromium.TAG)
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class RegistrationBrowserIT {

    private static final Pattern CANCEL_LINK = Pattern.compile("http://\\S+/registrations/cancel/[A-Za-z0-9_-]+\\?lang=[a-z]{2}");

    @RegisterExtension
    static final Chromium browser = new Chromium();

    private final Http http = new Http();

    @RegisterExtension
    final Mailbox mailbox = new Mailbox();

    @Test
    void aVisitorRegistersGetsTheMailAndCancellingPromotesTheNextOnTheWaitlist() {
        JsonObject event = Registrations.event(http, 1);
        String slug = event.getString("slug");
        String title = "Семинар " + event.getString("tag");
        String maria = "maria-" + Seeding.tag() + "@example.bg";
        String john = "john-" + Seeding.tag() + "@example.bg";

        Page page = browser.page(Browser.MOBILE_WIDTH);
        try {
            page.navigate("/events/" + slug);
            assertTrue(page.locator("main").textContent().contains(format("bg", "regForm.placesLeft", 1, 1)));
            page.locator("#register-link").click();
            page.waitForURL(url -> url.endsWith("/events/" + slug + "/register"));
            fill(page, "Мария Иванова", "NGO", maria);
            page.locator("#reg-submit").click();
            page.waitForURL(url -> url.contains("/events/" + slug + "/registered?r="));
            assertEquals(Bundles.text("bg", "regForm.done.confirmed"), page.locator("#reg-status").textContent().strip());
            assertTrue(page.locator("main").textContent().contains(format("bg", "regForm.done.mail", maria)));
            Browser.screenshot(page, "registration-confirmed-bg-360");
        } finally {
            Browser.close(page);
        }

        MimeMessage confirmation = mailbox.await(maria, 1).get(0);
        assertTrue(Mailbox.subject(confirmation).contains(title), Mailbox.subject(confirmation));
        String body = Mailbox.body(confirmation);
        assertTrue(body.contains(title), body);
        Matcher link = CANCEL_LINK.matcher(body);
        assertTrue(link.find(), body);
        String cancelLink = link.group();

        // a second visitor, in English, finds the place taken: a bad e-mail first, then the waitlist
        page = browser.page(Browser.DESKTOP_WIDTH);
        try {
            page.navigate("/events/" + slug + "?lang=en");
            assertTrue(page.locator("main").textContent().contains(Bundles.text("en", "regForm.event.waitlistOnly")));
            page.locator("#register-link").click();
            page.waitForURL(url -> url.endsWith("/events/" + slug + "/register?lang=en"));
            fill(page, "John Smith", "MEDIA", "john.example.bg");
            Page form = page;
            page.waitForNavigation(() -> form.locator("#reg-submit").click());
            assertEquals("true", page.locator("#reg-email").getAttribute("aria-invalid"));
            assertEquals(Bundles.text("en", "regForm.error.malformed.email"), page.locator("#reg-email-error").textContent().strip());
            assertEquals("John Smith", page.locator("#reg-name").inputValue());
            assertEquals("MEDIA", page.locator("#reg-targetGroup").inputValue());
            assertTrue(page.locator("#reg-consent").isChecked());
            // the form with its messages is as accessible as the empty form that the page-quality tests check
            AxeResults axe = new AxeBuilder(page).withTags(Browser.WCAG_TAGS).analyze();
            assertTrue(axe.getViolations().isEmpty(), () -> "axe-core on the form with a message: "
                    + axe.getViolations().stream().map(v -> v.getId() + " " + v.getNodes()).toList());
            page.locator(".error-summary a[href='#reg-email']").click();
            page.locator("#reg-email").fill(john);
            page.locator("#reg-submit").click();
            page.waitForURL(url -> url.contains("/registered?r="));
            assertEquals(format("en", "regForm.done.waitlisted", 1), page.locator("#reg-status").textContent().strip());
        } finally {
            Browser.close(page);
        }
        assertTrue(Mailbox.subject(mailbox.await(john, 1).get(0)).startsWith("You are on the waiting list"));

        // Maria follows the link in her e-mail and cancels; John gets the place and the mail that says so
        page = browser.page(Browser.MOBILE_WIDTH);
        try {
            page.navigate(cancelLink);
            assertTrue(page.locator("main").textContent().contains(title));
            Page cancel = page;
            page.waitForNavigation(() -> cancel.locator("form button[type=submit]").click());
            assertTrue(page.locator("main").textContent().contains(
                    format("bg", "reg.cancel.done", title)), page.locator("main").textContent());
        } finally {
            Browser.close(page);
        }
        MimeMessage promotion = mailbox.await(john, 2).stream()
                .filter(m -> Mailbox.subject(m).startsWith("A place has become free for you")).findFirst()
                .orElseThrow(() -> new AssertionError("No promotion e-mail to " + john));
        assertTrue(Mailbox.body(promotion).contains("Seminar " + event.getString("tag")), Mailbox.body(promotion));

        JsonObject stored = Registrations.stored(http, event.getJsonNumber("id").longValue());
        assertEquals(List.of(maria + "=CANCELLED", john + "=CONFIRMED"),
                stored.getJsonArray("registrations").stream().map(JsonValue::asJsonObject)
                        .map(r -> r.getString("email") + "=" + r.getString("status")).toList());
    }

    private static void fill(Page page, String name, String targetGroup, String email) {
        page.locator("#reg-name").fill(name);
        page.locator("#reg-organisation").fill("Сдружение „Мост“");
        page.locator("#reg-targetGroup").selectOption(targetGroup);
        page.locator("#reg-email").fill(email);
        page.locator("#reg-phone").fill("0888 123 456");
        page.locator("#reg-consent").check();
    }

    private static String format(String lang, String key, Object... args) {
        return new MessageFormat(Bundles.text(lang, key), Locale.forLanguageTag(lang)).format(args);
    }
}
