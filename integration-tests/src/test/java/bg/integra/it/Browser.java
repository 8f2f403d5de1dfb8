package bg.integra.it;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Headless Chromium for the browser tests: Debian's own Chromium (system property {@code integra.chromium},
 * {@code /usr/bin/chromium} by default) driven by Playwright, which never downloads a browser of its own. The
 * browser reaches only localhost. When that Chromium is not installed the calling test class is skipped, with
 * the reason and the way to install it ({@code apt-get install -y chromium}); every other problem fails.
 * <p>
 * Tests get it through the {@link Chromium} extension (one browser for the whole run) and a fresh
 * {@link #page(int)} (own context: own cookies) per test.
 */
public final class Browser implements AutoCloseable {

    public static final int MOBILE_WIDTH = 360;
    public static final int DESKTOP_WIDTH = 1280;

    /** The WCAG 2.1 A and AA rules of axe-core, which every page a visitor sees must pass. */
    public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    static final List<String> ARGS = List.of(
            "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost");

    private static boolean missingReported;

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;
    private final String baseUrl;

    private Browser(Playwright playwright, com.microsoft.playwright.Browser chromium, String baseUrl) {
        this.playwright = playwright;
        this.chromium = chromium;
        this.baseUrl = baseUrl;
    }

    /** Starts Chromium, or skips the calling tests (JUnit assumption) when it is not installed. */
    public static Browser launch() {
        Path executable = Path.of(System.getProperty("integra.chromium", "/usr/bin/chromium"));
        if (!Files.isExecutable(executable)) {
            String reason = "Browser tests skipped: no Chromium at " + executable
                    + ". Install Debian's Chromium with: apt-get install -y chromium"
                    + " (or point the system property integra.chromium at another Chromium).";
            if (!missingReported) {
                missingReported = true;
                System.err.println("[WARNING] " + reason);
            }
            assumeTrue(false, reason);
        }
        // an Ajax answer on a loaded 2-core CI machine can take longer than Playwright's 5 s for assertions
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            com.microsoft.playwright.Browser chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(executable)
                    .setHeadless(true)
                    .setArgs(ARGS));
            return new Browser(playwright, chromium, System.getProperty("integra.baseUrl", "http://localhost:28080"));
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String url(String path) {
        return baseUrl + path;
    }

    /** A page in a context of its own (own cookies), with a viewport of the given width. */
    public Page page(int width) {
        return page(width, new com.microsoft.playwright.Browser.NewContextOptions());
    }

    /**
     * A page in a context of its own with further options of that context: without JavaScript, with a position
     * and the permission to read it. The width and the site's address are set here.
     */
    public Page page(int width, com.microsoft.playwright.Browser.NewContextOptions options) {
        BrowserContext context = chromium.newContext(options
                .setViewportSize(width, width < 600 ? 740 : 900)
                .setBaseURL(baseUrl));
        context.setDefaultTimeout(20_000);
        context.setDefaultNavigationTimeout(30_000);
        return context.newPage();
    }

    /** Closes a page and its context. */
    public static void close(Page page) {
        if (page != null) page.context().close();
    }

    /** A CSS selector for an element by id; JSF ids contain colons. */
    public static String byId(String id) {
        return "[id='" + id + "']";
    }

    /** Waits until PrimeFaces has no Ajax request pending (a page without PrimeFaces has none). */
    public static void waitForAjax(Page page) {
        page.waitForFunction("() => !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty()");
    }

    /**
     * Waits until a PrimeFaces dialog has opened and has put the focus in its first field, which it does a moment
     * after it shows. A field filled before that moment can lose its text to that field: the keystrokes go where the
     * focus is (seen in CI under load: the activity's title ended up in its number field).
     */
    public static Locator openedDialog(Page page, String id) {
        Locator dialog = page.locator(byId(id));
        dialog.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        page.waitForFunction("id => { const d = document.getElementById(id); "
                + "return d && document.activeElement && d.contains(document.activeElement); }", id);
        return dialog;
    }

    /**
     * Waits until a dialog has closed after its save. A dialog that stays open fails the test with what it shows
     * (its messages) and the page's address, and leaves a screenshot: the only account there is of a failure in
     * CI, where the browser is gone afterwards.
     */
    public static void waitUntilClosed(Page page, Locator dialog) {
        try {
            dialog.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        } catch (PlaywrightException e) {
            Path shot = screenshot(page, "dialog-still-open");
            throw new AssertionError("the dialog stayed open after its save; it shows: "
                    + dialog.innerText().replaceAll("\\s+", " ") + " (page " + page.url() + ", screenshot " + shot
                    + ")", e);
        }
    }

    /**
     * Chooses an item of a PrimeFaces selectOneMenu as a person would: opens the widget, clicks the option
     * with that exact label in its panel, and checks that the widget now shows it.
     */
    public static void chooseItem(Page page, String id, String label) {
        Locator panel = page.locator(byId(id + "_panel"));
        Locator opened = page.locator(byId(id + "_panel") + ".ui-connected-overlay-enter-done");
        // an option clicked while the panel is still sliding in may be missed: wait until it has opened.
        // A click on the trigger can itself be lost while another menu's panel is still closing (seen once
        // in CI under load), so a panel that has not opened is asked for again.
        for (int attempt = 1; ; attempt++) {
            page.locator(byId(id)).click();
            try {
                opened.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE)
                        .setTimeout(attempt < 3 ? 5_000 : 20_000));
                break;
            } catch (TimeoutError e) {
                if (attempt == 3) {
                    throw e;
                }
                page.keyboard().press("Escape");
            }
        }
        panel.getByRole(AriaRole.OPTION, new Locator.GetByRoleOptions().setName(label).setExact(true)).click();
        panel.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        String shown = page.locator(byId(id + "_label")).textContent().strip();
        if (!shown.equals(label)) {
            throw new AssertionError("selectOneMenu " + id + " shows '" + shown + "' instead of '" + label + "'");
        }
    }

    /** Signs in to the back-office as the administrator of the test domain. */
    public static void signInAsAdmin(Page page) {
        signIn(page, "admin", System.getProperty("integra.adminPassword"));
    }

    /** Signs in to the back-office and waits for the dashboard. */
    public static void signIn(Page page, String username, String password) {
        page.navigate("/login.xhtml");
        page.locator(byId("login:username")).fill(username);
        page.locator(byId("login:password")).fill(password);
        page.locator(byId("login:submit")).click();
        page.waitForURL(url -> url.contains("/admin/index.xhtml"));
    }

    /** A full-page PNG screenshot into the folder of system property integra.screenshots. */
    public static Path screenshot(Page page, String name) {
        Path dir = Path.of(System.getProperty("integra.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path file = dir.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    @Override
    public void close() {
        try {
            chromium.close();
        } finally {
            playwright.close();
        }
    }
}
