package bg.integra.it.portal;

import bg.integra.it.Browser;
import bg.integra.it.Chromium;
import bg.integra.it.Http;
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
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal works from the keyboard alone, on every page type (see {@link PortalPages}) in Bulgarian and Arabic:
 * the first Tab reaches the skip link, which then moves the focus to the main content; Tab reaches every link and
 * control of the header, each showing where the focus is (the pixels around it change when it gets the focus);
 * and the language switch, followed with Enter, opens the same page in the other language.
 * <p>
 * Tab's order is followed on every page. Whether each control shows its focus is a comparison of screenshots, the
 * slow part, and is made once per distinct header: the same markup (addresses aside), language, stylesheets and
 * width render the same pixels, so the same check again on the next page type would only repeat itself.
 */
// what it checks is markup and style, the same whatever the database: CI's PostgreSQL pass leaves it out
@Tag("markup")
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class PortalKeyboardIT {

    @RegisterExtension
    static final Chromium browser = new Chromium();
    private static Page tab;
    private static JsonObject seed;
    /** The headers whose focus rendering was already photographed (see {@link #headerLook()}). */
    private static final Set<String> headersSeen = new HashSet<>();
    private final Http http = new Http();

    @BeforeEach
    void startBrowser() {
        if (tab == null) {
            tab = browser.page(Browser.DESKTOP_WIDTH);
        }
        if (seed == null) seed = http.seedContent();
    }

    @AfterAll
    static void stopBrowser() {
        Browser.close(tab);
        tab = null;
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("bg.integra.it.portal.PortalPages#typesAndLanguages")
    void theSkipLinkComesFirstAndMovesTheFocusToTheMainContent(String type, String lang) {
        PortalPages.Page page = open(type, lang);
        tab.keyboard().press("Tab");
        Map<?, ?> first = focused();
        assertEquals("a", first.get("tag"), () -> "the first Tab on " + page.describe() + " reaches " + first);
        assertEquals("#content", first.get("href"), () -> "the first Tab on " + page.describe() + " reaches " + first);
        assertTrue((Boolean) first.get("onScreen"), () -> "the skip link is focused but not shown on " + page.describe());

        tab.keyboard().press("Enter");
        tab.waitForFunction("() => location.hash === '#content'");
        Map<?, ?> after = focused();
        assertEquals(Boolean.TRUE, after.get("inMain"),
                () -> "after the skip link on " + page.describe() + " the focus is on " + after + ", not in <main>");
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("bg.integra.it.portal.PortalPages#typesAndLanguages")
    void everyHeaderControlIsReachedByTabAndShowsItsFocus(String type, String lang) {
        PortalPages.Page page = open(type, lang);
        int expected = numberHeaderControls();
        assertTrue(expected >= 3, () -> page.describe() + " has only " + expected + " focusable elements in its header");
        boolean photograph = headersSeen.add(headerLook());

        List<Integer> reached = new ArrayList<>();
        List<String> invisible = new ArrayList<>();
        for (int presses = 0; presses < expected + 10 && reached.size() < expected; presses++) {
            tab.keyboard().press("Tab");
            Map<?, ?> now = focused();
            if (now.get("kbd") == null) continue; // the skip link, or something outside the header
            int index = Integer.parseInt((String) now.get("kbd"));
            if (reached.contains(index)) break; // Tab went round
            reached.add(index);
            if (photograph && !showsFocus(index)) invisible.add(now.toString());
        }
        List<Integer> all = java.util.stream.IntStream.range(0, expected).boxed().toList();
        assertEquals(all, reached, () -> "Tab on " + page.describe() + " reached header elements " + reached
                + " of " + expected + ", in that order");
        assertTrue(invisible.isEmpty(), () -> "no visible focus on " + page.describe() + ": " + invisible);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("bg.integra.it.portal.PortalPages#typesAndLanguages")
    void theLanguageSwitchWorksFromTheKeyboard(String type, String lang) {
        PortalPages.Page page = open(type, lang);
        String other = lang.equals("bg") ? "ar" : "bg";
        String selector = "header a[hreflang='" + other + "']";
        assertEquals(1, tab.locator(selector).count(), () -> page.describe() + " has no switch to " + other);
        boolean found = false;
        for (int presses = 0; presses < 40 && !found; presses++) {
            tab.keyboard().press("Tab");
            found = (Boolean) tab.evaluate("s => document.activeElement === document.querySelector(s)", selector);
        }
        assertTrue(found, () -> "Tab never reaches the switch to " + other + " on " + page.describe());

        Response response = tab.waitForNavigation(() -> tab.keyboard().press("Enter"));
        PortalPages.Page switched = PortalPages.page(type, seed, other);
        assertEquals(browser.url(switched.path()), tab.url(), "the switch opens the same page in " + other);
        switched.assertIsItself(response.status(), tab.content());
        assertEquals(other, tab.locator("html").getAttribute("lang"));
        assertEquals(other.equals("ar") ? "rtl" : "ltr", tab.locator("html").getAttribute("dir"));
    }

    /** The focus check must notice a control whose focus is not shown, or its passes would mean nothing. */
    @Test
    void theFocusCheckNoticesAControlThatHidesItsFocus() {
        open(PortalPages.page(PortalPages.any("home"), seed, "bg"));
        int controls = numberHeaderControls();
        assertTrue(controls > 0);
        // a rule added through the CSSOM, which the Content-Security-Policy allows
        tab.evaluate("() => document.styleSheets[0].insertRule('header a:focus, header a:focus-visible"
                + " { outline: none !important; box-shadow: none !important }', document.styleSheets[0].cssRules.length)");
        tab.locator("[data-kbd='0']").focus();
        assertFalse(showsFocus(0), "a header link without any focus style was taken for one that shows its focus");
    }

    /**
     * What decides how the header's focus looks: its markup without the addresses (the language switch links to the
     * page itself), the document's language and direction, its stylesheets and the width.
     */
    private static String headerLook() {
        return (String) tab.evaluate("""
                () => [document.querySelector('header').outerHTML.replace(/(href|action)="[^"]*"/g, '$1'),
                       document.documentElement.lang, document.documentElement.dir, innerWidth,
                       ...[...document.styleSheets].map(s => s.href || s.ownerNode.textContent)].join('\\n')""");
    }

    /** Numbers the header's focusable elements in document order, the order Tab must follow; answers how many. */
    private static int numberHeaderControls() {
        Object count = tab.evaluate("""
                () => { const all = [...document.querySelectorAll('header a[href], header button, header input,'
                          + ' header select, header textarea, header [tabindex]')]
                      .filter(e => !e.disabled && e.tabIndex >= 0 && e.getClientRects().length > 0);
                  all.forEach((e, i) => e.dataset.kbd = String(i));
                  return all.length; }""");
        return ((Number) count).intValue();
    }

    private PortalPages.Page open(String type, String lang) {
        return open(PortalPages.page(type, seed, lang));
    }

    private PortalPages.Page open(PortalPages.Page page) {
        PortalPages.prepare(tab, http.baseUrl(), page);
        Response response = tab.navigate(page.path());
        page.assertIsItself(response.status(), tab.content());
        tab.evaluate("() => document.activeElement && document.activeElement.blur()");
        return page;
    }

    /** What has the keyboard focus: tag, href as written, its header number, whether it is in main, on screen. */
    private static Map<?, ?> focused() {
        return (Map<?, ?>) tab.evaluate("""
                () => { const e = document.activeElement; const r = e.getBoundingClientRect();
                  return { tag: e.tagName.toLowerCase(), href: e.getAttribute('href'), kbd: e.dataset ? e.dataset.kbd : null,
                           text: (e.textContent || '').trim().slice(0, 40), inMain: !!e.closest('main'),
                           onScreen: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0
                                     && r.top < innerHeight && r.left < innerWidth }; }""");
    }

    /**
     * Whether the focused element looks different from the same element without focus: a screenshot of the area
     * around it (where an outline or shadow would be drawn), with and without the focus, must differ.
     */
    private static boolean showsFocus(int index) {
        String element = "[data-kbd='" + index + "']";
        Map<?, ?> box = (Map<?, ?>) tab.evaluate("s => { const r = document.querySelector(s).getBoundingClientRect();"
                + " return {x: r.x, y: r.y, w: r.width, h: r.height}; }", element);
        double margin = 6;
        double x = Math.max(0, num(box.get("x")) - margin);
        double y = Math.max(0, num(box.get("y")) - margin);
        com.microsoft.playwright.options.Clip clip = new com.microsoft.playwright.options.Clip(
                x, y, num(box.get("w")) + 2 * margin, num(box.get("h")) + 2 * margin);
        byte[] withFocus = tab.screenshot(new Page.ScreenshotOptions().setClip(clip));
        tab.evaluate("() => document.activeElement.blur()");
        byte[] without = tab.screenshot(new Page.ScreenshotOptions().setClip(clip));
        // give the focus back where Tab left it, so the next Tab goes on from there
        tab.evaluate("s => document.querySelector(s).focus({focusVisible: true})", element);
        boolean focusedAgain = (Boolean) tab.evaluate("s => document.activeElement === document.querySelector(s)", element);
        assertFalse(!focusedAgain, "could not give the focus back to " + element);
        return !Arrays.equals(withFocus, without);
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }
}
