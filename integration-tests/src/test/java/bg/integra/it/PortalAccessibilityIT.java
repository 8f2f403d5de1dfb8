package bg.integra.it;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public portal against WCAG 2.1 A and AA as axe-core checks it, in Bulgarian and English, on a wide and a
 * phone-sized screen; at 360 px nothing may scroll sideways, and the browser may report no error (a style or
 * script the Content-Security-Policy blocks would be one). Each page is also photographed at 360 and 1280 px into
 * the folder of integra.screenshots, for a person to look at.
 */
@ExtendWith(ArquillianExtension.class)
class PortalAccessibilityIT {

    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static Browser browser;
    private final Http http = new Http();

    @BeforeEach
    void startBrowser() {
        if (browser == null) browser = Browser.launch(); // skips the test when Chromium is not installed
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) browser.close();
        browser = null;
    }

    @Test
    void homePageInBulgarian() {
        http.seed(); // so that there are projects to list
        check("/", 200, "home-bg", "bg", "Проекти за интеграция на имигранти");
    }

    @Test
    void homePageInEnglish() {
        http.seed();
        check("/?lang=en", 200, "home-en", "en", "Projects for the integration of immigrants");
    }

    @Test
    void projectPageInBulgarian() {
        JsonObject seeded = http.seed();
        check("/projects/" + seeded.getInt("projectId"), 200, "project-bg", "bg", "Проект " + seeded.getString("tag"));
    }

    @Test
    void projectPageInEnglish() {
        JsonObject seeded = http.seed();
        check("/projects/" + seeded.getInt("projectId") + "?lang=en", 200, "project-en", "en",
                "Project " + seeded.getString("tag"));
    }

    @Test
    void homePageInArabic() {
        http.seed();
        check("/?lang=ar", 200, "home-ar", "ar", arabic("home.title"));
    }

    @Test
    void projectPageInArabicFallingBackToEnglish() {
        JsonObject seeded = http.seed();
        check("/projects/" + seeded.getInt("projectId") + "?lang=ar", 200, "project-ar", "ar",
                "Project " + seeded.getString("tag"));
    }

    @Test
    void notFoundPageInArabic() {
        check("/no-such-page?lang=ar", 404, "not-found-ar", "ar", arabic("error.notFound.title"));
    }

    private static String arabic(String key) {
        return Bundles.text("ar", key);
    }

    @Test
    void notFoundPageInBulgarian() {
        check("/no-such-page", 404, "not-found-bg", "bg", "Страницата не е намерена");
    }

    @Test
    void notFoundPageInEnglish() {
        check("/projects/999999999999?lang=en", 404, "not-found-en", "en", "Page not found");
    }

    /** One page at both widths: status, language, expected text, axe, horizontal overflow, errors, screenshot. */
    private void check(String path, int status, String name, String lang, String expectedText) {
        for (int width : new int[]{Browser.MOBILE_WIDTH, Browser.DESKTOP_WIDTH}) {
            Page page = browser.page(width);
            List<String> errors = new ArrayList<>();
            page.onConsoleMessage(m -> {
                if ("error".equals(m.type())) errors.add(m.text());
            });
            page.onPageError(errors::add);
            try {
                Response response = page.navigate(path);
                assertEquals(status, response.status(), path);
                assertEquals(lang, page.locator("html").getAttribute("lang"), path);
                assertEquals(List.of("ar", "fa").contains(lang) ? "rtl" : "ltr", page.locator("html").getAttribute("dir"), path);
                assertTrue(page.locator("body").innerText().contains(expectedText),
                        path + " should show '" + expectedText + "'");

                AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
                assertTrue(results.getPasses().size() > 10, "axe-core ran its checks on " + path);
                assertTrue(results.getViolations().isEmpty(),
                        () -> "axe-core found violations on " + path + " at " + width + " px:\n"
                                + describe(results.getViolations()));

                if (width == Browser.MOBILE_WIDTH) {
                    Object overflow = page.evaluate("() => ({scrollWidth: document.documentElement.scrollWidth,"
                            + " innerWidth: window.innerWidth,"
                            + " wide: [...document.querySelectorAll('body *')]"
                            + "   .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)"
                            + "   .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''))})");
                    Boolean fits = (Boolean) page.evaluate(
                            "() => document.documentElement.scrollWidth <= window.innerWidth");
                    assertTrue(fits, () -> path + " overflows horizontally at 360 px: " + overflow);
                }
                Browser.screenshot(page, name + "-" + width);
                assertTrue(errors.stream().noneMatch(e -> !isExpectedNotFoundError(e, status)),
                        () -> "browser errors on " + path + ": " + errors);
            } finally {
                Browser.close(page);
            }
        }
    }

    /** Chromium logs the 404 status of the page itself as a console error; that one is what the test asks for. */
    private static boolean isExpectedNotFoundError(String error, int status) {
        return status == 404 && error.contains("404");
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
