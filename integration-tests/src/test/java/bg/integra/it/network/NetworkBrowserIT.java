package bg.integra.it.network;

import bg.integra.it.Browser;
import bg.integra.it.Chromium;
import bg.integra.it.Http;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.Geolocation;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static bg.integra.it.Http.enc;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * /network in a browser, on a town of the test's own (testsupport.NetworkSeed: centres A and B with a position,
 * C without). Without JavaScript it is a list with a filter form that leads to a member's page, and nothing else.
 * With JavaScript a click shows the listed centres on a Leaflet map, which the portal serves itself and loads only
 * then; in the tests the map has no tiles (INTEGRA_MAP_TILES is unset), so no request leaves the test server.
 * "Nearest to me" ranks the centres from the browser's position, and says so when the browser may not tell it. The
 * same in Arabic, right to left, on a phone, with axe-core's WCAG 2.1 A and AA rules on the list (map open) and on a
 * member's page. Screenshots go to the folder of {@code integra.screenshots} ({@code network-map-bg.png}, …).
 */
@Tag(Chromium.TAG)
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class NetworkBrowserIT {

    @RegisterExtension
    static final Chromium browser = new Chromium();
    private static final String COURSES = "BULGARIAN_COURSES";
    private static JsonObject seed;

    private final Http http = new Http();
    private final List<Page> pages = new ArrayList<>();
    private final List<String> browserErrors = new ArrayList<>();
    private final List<String> requests = new ArrayList<>();

    @BeforeEach
    void seed() {
        if (seed == null) {
            HttpResponse<String> r = http.postForm("/test-support/network", Map.of());
            assertEquals(200, r.statusCode(), r.body());
            seed = Http.json(r);
        }
    }

    @AfterEach
    void closePages() {
        pages.forEach(Browser::close);
    }

    @Test
    void withoutJavaScriptTheFormListsTheCentresAndLeadsToAMembersHours() {
        Page page = watched(browser.page(Browser.DESKTOP_WIDTH,
                new com.microsoft.playwright.Browser.NewContextOptions().setJavaScriptEnabled(false)));
        page.navigate("/network");
        filter(page, "Покажи");
        assertEquals(List.of(name("А"), name("Б")), listed(page), "Bulgarian courses in the seed's town");
        assertEquals(0, page.locator("#map-tools button").count(), "no map or position buttons without JavaScript");
        assertTrue(page.locator("#map-tools").isHidden());
        assertEquals(0, page.getByText("Покажи на картата").count());
        String listedState = page.locator("ul.centres > li").first().locator(".open, .closed").innerText();
        Browser.screenshot(page, "network-nojs-bg");

        page.locator("ul.centres h2 a", new Page.LocatorOptions().setHasText(name("А"))).click();
        page.waitForURL(u -> u.contains("/network/" + seed.getString("slug")));
        Locator a = page.locator("#location-" + seed.getJsonObject("locations").getInt("a"));
        assertThat(a.locator("h3")).hasText(name("А"));
        assertEquals(7, a.locator("table.hours tbody tr").count(), "a row per day of the week");
        String state = a.locator(".open, .closed").innerText();
        assertTrue(Set.of("Отворено сега", "Затворено сега").contains(state), state);
        assertEquals(listedState, state, "the list and the member's page agree whether A is open");
        Browser.screenshot(page, "network-member-nojs-bg");
        assertEquals(List.of(), browserErrors);
    }

    @Test
    void theMapShowsTheListedCentresWithPositionsAndNearestToMeRanksFromTheBrowsersPosition() {
        // near B (41.70, 25.45); A is at (41.60, 25.30)
        Page page = watched(browser.page(Browser.DESKTOP_WIDTH, new com.microsoft.playwright.Browser.NewContextOptions()
                .setPermissions(List.of("geolocation")).setGeolocation(new Geolocation(41.69, 25.44))));
        page.navigate("/network?city=" + enc(seed.getString("city")));
        assertEquals(List.of(name("А"), name("Б"), name("В")), listed(page));
        assertEquals(2, page.locator("ul.centres > li[data-lat]:not([data-lat=''])").count(), "C has no position");
        String tiles = page.locator("#map-tools").getAttribute("data-tiles");
        assertTrue(tiles == null || tiles.isEmpty(), "the tests' server has no tile address, yet the page has " + tiles);
        assertFirstVisitIsLight(page);

        Locator show = page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Покажи на картата"));
        show.click();
        assertThat(page.locator("#network-map.leaflet-container")).isVisible();
        assertThat(page.locator("#network-map .leaflet-marker-icon")).hasCount(2);
        assertEquals("true", page.locator("#map-show").getAttribute("aria-expanded"));
        assertEquals(0, page.locator("#network-map .leaflet-tile").count(), "a plain background, no tiles");
        assertTrue(requests.stream().anyMatch(u -> u.contains("/static/leaflet/leaflet.js")), requests::toString);
        assertTrue(requests.stream().anyMatch(u -> u.contains("/static/leaflet/images/marker-icon")), requests::toString);

        // a marker from the keyboard: its popup links to the centre on its member's page
        Locator marker = page.locator("#network-map .leaflet-marker-icon[alt='" + name("Б") + "']");
        marker.focus();
        page.keyboard().press("Enter");
        Locator popupLink = page.locator("#network-map .leaflet-popup-content a");
        assertThat(popupLink).hasText(name("Б"));
        assertTrue(popupLink.getAttribute("href").contains("/network/" + seed.getString("slug") + "#location-"
                + seed.getJsonObject("locations").getInt("b")), popupLink.getAttribute("href"));
        assertTabLeavesTheMap(page);
        Browser.screenshot(page, "network-map-bg");

        page.locator("#near-me").click();
        page.waitForURL(u -> u.contains("lat=41.69"));
        assertTrue(page.url().contains("city=") && page.url().contains("lon=25.44"), page.url());
        assertEquals(List.of(name("Б"), name("А"), name("В")), listed(page), "B is nearest; C, without a position, last");
        assertThat(page.locator("main p.meta[role=status]")).containsText("Подредени по разстояние");
        Browser.screenshot(page, "network-near-me-bg");

        String origin = http.baseUrl() + "/";
        List<String> elsewhere = requests.stream().filter(u -> !u.startsWith(origin)).toList();
        assertEquals(List.of(), elsewhere, "every request goes to the test server");
        assertEquals(List.of(), browserErrors, "no errors (a Content-Security-Policy violation would be one)");
    }

    @Test
    void inArabicOnAPhoneTheSameWorksRightToLeftAndPassesAxe() {
        Page page = watched(browser.page(Browser.MOBILE_WIDTH));
        page.navigate("/network?lang=ar");
        assertEquals("rtl", page.locator("html").getAttribute("dir"));
        assertEquals("ar", page.locator("html").getAttribute("lang"));
        filter(page, "عرض");
        assertTrue(page.url().contains("lang=ar"), page.url());
        assertEquals(List.of(name("А"), name("Б")), listed(page));

        page.locator("#map-show").click();
        assertThat(page.locator("#network-map .leaflet-marker-icon")).hasCount(2);
        assertThat(page.locator("#map-show")).hasText("إخفاء الخريطة");
        assertThat(page.locator("#network-map .leaflet-control-zoom-in")).hasAttribute("aria-label", "تكبير");
        // this browser may not tell its position: the live region says so, and the list stays
        page.locator("#near-me").click();
        assertThat(page.locator("#map-tools [role=status]")).hasText("لم تسمح للموقع بمعرفة مكانك، لذلك لم تتغير القائمة.");
        assertNoAxeViolation(page, "/network in Arabic with its map open");
        assertNoSidewaysScroll(page, "/network in Arabic");
        Browser.screenshot(page, "network-map-ar-360");

        page.locator("ul.centres h2 a", new Page.LocatorOptions().setHasText(name("Б"))).click();
        page.waitForURL(u -> u.contains("/network/" + seed.getString("slug")) && u.contains("lang=ar"));
        assertEquals("rtl", page.locator("html").getAttribute("dir"));
        assertEquals(7, page.locator("#location-" + seed.getJsonObject("locations").getInt("b") + " table.hours tbody tr").count());
        assertNoAxeViolation(page, "a member's page in Arabic");
        assertNoSidewaysScroll(page, "a member's page in Arabic");
        Browser.screenshot(page, "network-member-ar-360");
        assertEquals(List.of(), browserErrors);
    }

    /** Fills the filter form: the seed's town, Bulgarian courses, not only those open now; then sends it. */
    private static void filter(Page page, String buttonText) {
        page.locator("#city").fill(seed.getString("city"));
        page.selectOption("#kind", COURSES);
        Locator open = page.locator("form.filters input[name=open]");
        open.uncheck();
        assertFalse(open.isChecked());
        page.locator("form.filters button[type=submit]").click();
        page.waitForURL(u -> u.contains("kind=" + COURSES));
        assertEquals(buttonText, page.locator("form.filters button[type=submit]").innerText().strip());
    }

    /**
     * The names of the listed centres, in order, as the seed wrote them in Bulgarian; a page in another language
     * shows a translation where there is one ("… (en)"), which must begin with it.
     */
    private static List<String> listed(Page page) {
        return page.locator("ul.centres > li h2").allInnerTexts().stream().map(String::strip)
                .map(n -> List.of("А", "Б", "В").stream().map(NetworkBrowserIT::name).filter(n::startsWith)
                        .findFirst().orElse(n))
                .toList();
    }

    private static String name(String letter) {
        return "Център " + letter + " " + seed.getString("tag");
    }

    /**
     * The first visit of /network loads no part of Leaflet, and its HTML, CSS and JavaScript stay within the
     * portal's budget (PortalBudgetIT's 100,000 bytes; bodies as the browser decoded them).
     */
    private void assertFirstVisitIsLight(Page page) {
        assertTrue(requests.stream().noneMatch(u -> u.contains("leaflet")), () -> "Leaflet on a first visit: " + requests);
        Object sizes = page.evaluate("""
                () => [location.href, ...performance.getEntriesByType('resource')
                    .filter(r => /\\.(css|js)(\\?|$)/.test(r.name)).map(r => r.name)]""");
        long total = 0;
        StringBuilder report = new StringBuilder();
        for (Object url : (List<?>) sizes) {
            byte[] body = http.getBytes(url.toString().substring(http.baseUrl().length())).body();
            total += body.length;
            report.append(String.format("  %7d  %s%n", body.length, url));
        }
        System.out.printf("First visit of /network (bodies, uncompressed):%n%s  total %d%n", report, total);
        assertTrue(total <= 100_000, "/network weighs " + total + " bytes on a first visit:\n" + report);
    }

    /** Tab from the map's button goes through the map (its markers) and out of it again: no focus trap. */
    private static void assertTabLeavesTheMap(Page page) {
        page.locator("#map-show").focus();
        boolean entered = false;
        for (int i = 0; i < 12; i++) {
            page.keyboard().press("Tab");
            boolean inMap = (Boolean) page.evaluate("() => !!document.activeElement.closest('#network-map')");
            if (inMap) entered = true;
            else if (entered) return;
        }
        throw new AssertionError("after 12 Tabs from the map's button the focus is still in the map (entered: "
                + entered + ")");
    }

    private static void assertNoAxeViolation(Page page, String what) {
        AxeResults results = new AxeBuilder(page).withTags(Browser.WCAG_TAGS).analyze();
        assertTrue(results.getPasses().size() > 10, "axe-core ran its checks on " + what);
        assertTrue(results.getViolations().isEmpty(),
                () -> "axe-core found violations on " + what + ":\n" + describe(results.getViolations()));
    }

    private static void assertNoSidewaysScroll(Page page, String what) {
        assertEquals(Browser.MOBILE_WIDTH, page.viewportSize().width);
        Object scrollWidth = page.evaluate("() => document.documentElement.scrollWidth");
        assertTrue(((Number) scrollWidth).intValue() <= Browser.MOBILE_WIDTH,
                () -> what + " scrolls sideways at " + Browser.MOBILE_WIDTH + " px: scrollWidth " + scrollWidth);
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(v -> "- " + v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + "\n" + v.getNodes().stream()
                        .map(n -> "    " + n.getTarget() + "  " + n.getHtml()).collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    /** A page whose requests and browser errors this test keeps. */
    private Page watched(Page page) {
        pages.add(page);
        page.onRequest((Request r) -> requests.add(r.url()));
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) browserErrors.add(m.text());
        });
        page.onPageError(browserErrors::add);
        return page;
    }
}
