package bg.integra.it.training;

import bg.integra.it.Browser;
import bg.integra.it.Bundles;
import bg.integra.it.Chromium;
import bg.integra.it.Http;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Page;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A learner in headless Chromium on a 360 px phone, in Bulgarian and in Arabic (right to left): from the course page
 * to the sign-in page and back, enrols, reads the first lesson and goes on to the next, and the course page then
 * offers to continue where they stopped; no page scrolls sideways and axe-core finds nothing on the lesson.
 */
@Tag(Chromium.TAG)
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class TrainingBrowserIT {

    @RegisterExtension
    static final Chromium browser = new Chromium();

    private final Http http = new Http();

    @ParameterizedTest
    @ValueSource(strings = {"bg", "ar"})
    void aLearnerEnrolsReadsTwoLessonsAndContinuesOnAPhone(String lang) {
        HttpResponse<String> seeded = http.postForm("/test-support/training", Map.of());
        assertEquals(200, seeded.statusCode(), seeded.body());
        JsonObject seed = Http.json(seeded);
        String course = "/training/" + seed.getString("slug");
        String suffix = "bg".equals(lang) ? "" : "?lang=" + lang;
        Page phone = browser.page(Browser.MOBILE_WIDTH);
        try {
            phone.navigate(course + suffix);
            fits(phone);
            phone.waitForNavigation(() -> phone.locator("#training-sign-in").click());
            phone.locator("#acc-login").fill(seed.getString("otherEmail"));
            phone.locator("#acc-password").fill(seed.getString("password"));
            phone.waitForNavigation(() -> phone.locator("#acc-submit").click());
            assertTrue(phone.url().contains(course), "back at the course: " + phone.url());

            phone.waitForNavigation(() -> phone.locator("#training-enrol").click());
            assertTrue(phone.url().contains(course + "/lessons/" + seed.getJsonArray("lessons").getJsonNumber(0).longValue()), phone.url());
            assertEquals("ar".equals(lang) ? "rtl" : "ltr", phone.locator("html").getAttribute("dir"));
            assertTrue(phone.locator("h1").textContent().contains("Урок 1.1 " + seed.getString("tag") + " (" + lang + ")"));
            fits(phone);

            phone.waitForNavigation(() -> phone.locator("#training-next").click());
            assertEquals(text(lang, "training.progress", 2, 4), phone.locator("#training-progress").textContent().strip());
            fits(phone);
            AxeResults axe = new AxeBuilder(phone).withTags(Browser.WCAG_TAGS).analyze();
            assertTrue(axe.getViolations().isEmpty(), () -> "axe-core on the lesson: "
                    + axe.getViolations().stream().map(v -> v.getId() + " " + v.getNodes()).toList());

            phone.navigate(course + suffix);
            assertEquals(Bundles.text(lang, "training.continue"), phone.locator("#training-continue").textContent().strip());
            phone.waitForNavigation(() -> phone.locator("#training-continue").click());
            assertTrue(phone.url().contains("/lessons/" + seed.getJsonArray("lessons").getJsonNumber(2).longValue()),
                    "the first lesson not yet viewed: " + phone.url());
        } finally {
            Browser.close(phone);
        }
    }

    /** Nothing wider than the phone: the page does not scroll sideways. */
    private static void fits(Page phone) {
        Object wider = phone.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertEquals(0, ((Number) wider).intValue(), "scrolls sideways at 360 px: " + phone.url());
    }

    private static String text(String lang, String key, Object... args) {
        return new MessageFormat(Bundles.text(lang, key), Locale.ROOT).format(args);
    }
}
