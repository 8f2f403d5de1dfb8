package bg.integra.it.portal;

import bg.integra.it.Browser;
import bg.integra.it.Chromium;
import bg.integra.it.Http;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every portal page type (see {@link PortalPages}), in Bulgarian and in Arabic (right to left), against WCAG 2.1
 * A and AA as axe-core checks them, with no image lacking alternative text and no error in the browser (a style
 * or script the Content-Security-Policy blocks would be one). On a 360 px phone screen nothing may be wider than
 * the screen or make it scroll sideways. With {@code -Dportal.screenshots=true} each page is photographed at 360 and
 * 1280 px into the folder of {@code integra.screenshots} ({@code article-ar-360.png}), for a person to look at.
 * <p>
 * One browser with one page per width serves the whole class, and axe runs once per page type and language (at
 * 1280 px; the rules it checks do not depend on the width), so that 13 types in two languages stay within minutes.
 */
// what it checks is markup and style, the same whatever the database: CI's PostgreSQL pass leaves it out
@Tag("markup")
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class PortalAccessibilityIT {

    @RegisterExtension
    static final Chromium browser = new Chromium();
    private static Page wide;
    private static Page phone;
    private static final List<String> browserErrors = new ArrayList<>();
    private static JsonObject seed;
    /** Photographs are for a person reviewing the pages, and cost a full-page capture each: only when asked. */
    private static final boolean PHOTOGRAPH = Boolean.getBoolean("portal.screenshots");
    private final Http http = new Http();

    @BeforeEach
    void startBrowser() {
        if (wide == null) {
            wide = watched(browser.page(Browser.DESKTOP_WIDTH));
            phone = watched(browser.page(Browser.MOBILE_WIDTH));
        }
        if (seed == null) seed = http.seedContent();
    }

    private static Page watched(Page page) {
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) browserErrors.add(m.text());
        });
        page.onPageError(browserErrors::add);
        return page;
    }

    @AfterAll
    static void stopBrowser() {
        Browser.close(wide);
        Browser.close(phone);
        wide = phone = null;
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("bg.integra.it.portal.PortalPages#typesAndLanguages")
    void isAccessibleAndFitsAPhone(String type, String lang) {
        PortalPages.Page page = PortalPages.page(type, seed, lang);

        open(wide, page);
        AxeResults results = new AxeBuilder(wide).withTags(Browser.WCAG_TAGS).analyze();
        assertTrue(results.getPasses().size() > 10, "axe-core ran its checks on " + page.describe());
        assertTrue(results.getViolations().isEmpty(),
                () -> "axe-core found violations on " + page.describe() + ":\n" + describe(results.getViolations()));
        assertImagesHaveAlt(wide, page);
        if (PHOTOGRAPH) Browser.screenshot(wide, page.id() + "-" + Browser.DESKTOP_WIDTH);

        open(phone, page);
        assertNothingOverflows(phone, page);
        assertImagesHaveAlt(phone, page);
        if (PHOTOGRAPH) Browser.screenshot(phone, page.id() + "-" + Browser.MOBILE_WIDTH);
    }

    /** The phone and alt checks must see what they look for, or their passes would mean nothing. */
    @Test
    void theChecksSeeAnElementWiderThanThePhoneAndAnImageWithoutAlt() {
        PortalPages.Page page = PortalPages.page(PortalPages.any("home"), seed, "bg");
        open(phone, page);
        assertNothingOverflows(phone, page);
        // set through the CSSOM, which the Content-Security-Policy allows (it forbids style attributes)
        phone.evaluate("() => { const d = document.createElement('div'); d.textContent = 'wide';"
                + " d.style.width = '600px'; document.querySelector('main').append(d); }");
        AssertionError overflow = assertThrows(AssertionError.class, () -> assertNothingOverflows(phone, page));
        assertTrue(overflow.getMessage().contains("main") || overflow.getMessage().contains("div"), overflow.getMessage());
        phone.evaluate("() => { const i = document.createElement('img'); i.src = '/static/eu-flag.svg';"
                + " document.querySelector('main').append(i); }");
        assertThrows(AssertionError.class, () -> assertImagesHaveAlt(phone, page));
    }

    /** Loads the page and proves it is the page of that type, in that language and direction, without errors. */
    private static void open(Page tab, PortalPages.Page page) {
        browserErrors.clear();
        PortalPages.prepare(tab, new Http().baseUrl(), page);
        Response response = tab.navigate(page.path());
        page.assertIsItself(response.status(), tab.content());
        assertEquals(page.lang(), tab.locator("html").getAttribute("lang"), page.describe());
        assertEquals(page.lang().equals("ar") ? "rtl" : "ltr", tab.locator("html").getAttribute("dir"), page.describe());
        // Chromium logs the 404 status of a not-found page itself as an error: that one is what the page is for
        List<String> errors = browserErrors.stream()
                .filter(e -> !(page.status() == 404 && e.contains("404"))).toList();
        assertTrue(errors.isEmpty(), () -> "browser errors on " + page.describe() + ": " + errors);
    }

    private static void assertImagesHaveAlt(Page tab, PortalPages.Page page) {
        Object withoutAlt = tab.evaluate("() => [...document.images].filter(i => !i.hasAttribute('alt'))"
                + ".map(i => i.outerHTML)");
        assertEquals(List.of(), withoutAlt, () -> "images without alt on " + page.describe());
    }

    /**
     * The document must not scroll sideways, and no element may be wider than the screen or stick out of it
     * (elements hidden off-screen on purpose, such as the skip link before it has focus, have no width inside).
     */
    private static void assertNothingOverflows(Page tab, PortalPages.Page page) {
        int viewport = tab.viewportSize().width;
        assertEquals(Browser.MOBILE_WIDTH, viewport);
        Object scrollWidth = tab.evaluate("() => document.documentElement.scrollWidth");
        Object overflowing = tab.evaluate("""
                () => [...document.querySelectorAll('body *')].filter(e => {
                    const r = e.getBoundingClientRect();
                    if (r.width === 0 || r.height === 0) return false;
                    if (r.width > innerWidth + 0.5) return true;
                    const s = getComputedStyle(e);
                    if (s.visibility === 'hidden' || s.position === 'absolute' && r.bottom <= 0) return false;
                    return r.right > innerWidth + 0.5 || r.left < -0.5;
                }).slice(0, 10).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                    + (e.className ? '.' + String(e.className).replace(/ +/g, '.') : '')
                    + ' ' + Math.round(e.getBoundingClientRect().left) + '..' + Math.round(e.getBoundingClientRect().right))
                """);
        assertTrue(((Number) scrollWidth).intValue() <= viewport,
                () -> page.describe() + " scrolls sideways at " + viewport + " px: scrollWidth " + scrollWidth
                        + "; elements out of the screen: " + overflowing);
        assertEquals(List.of(), overflowing,
                () -> "elements wider than or sticking out of a " + viewport + " px screen on " + page.describe());
    }

    static String describe(List<Rule> violations) {
        return violations.stream()
                .map(v -> "- " + v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " [" + v.getHelpUrl() + "]\n"
                        + v.getNodes().stream()
                        .map(n -> "    " + n.getTarget() + "  " + n.getHtml())
                        .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }
}
