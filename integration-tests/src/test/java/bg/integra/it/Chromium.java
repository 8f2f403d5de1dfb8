package bg.integra.it;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The browser of the browser tests as a JUnit extension: one headless Chromium ({@link Browser#launch}) for the
 * whole test run, started before the first test that needs it and closed when the run ends. A test class declares
 * {@code @RegisterExtension static final Chromium browser = new Chromium();} and asks {@code browser.page(width)}
 * for a page of its own (own cookies), which it closes ({@link Browser#close(Page)}). Without Chromium every such
 * test is skipped with the reason.
 */
public final class Chromium implements BeforeEachCallback {

    /**
     * The tag of the test classes that drive Chromium. CI's PostgreSQL pass leaves them out: what they add to the
     * other tests is the page in a browser, the same on either database; the services behind the pages run on
     * PostgreSQL in the in-container and HTTP tests.
     */
    public static final String TAG = "browser";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Chromium.class);

    private Browser browser;

    @Override
    public void beforeEach(ExtensionContext context) {
        if (browser == null) {
            browser = context.getRoot().getStore(NAMESPACE)
                    .getOrComputeIfAbsent("chromium", key -> new Running(Browser.launch()), Running.class).browser();
        }
    }

    /** A page in a context of its own (own cookies), with a viewport of the given width. */
    public Page page(int width) {
        return started().page(width);
    }

    /** A page in a context of its own with further options (no JavaScript, a position): {@link Browser#page(int, com.microsoft.playwright.Browser.NewContextOptions)}. */
    public Page page(int width, com.microsoft.playwright.Browser.NewContextOptions options) {
        return started().page(width, options);
    }

    public String url(String path) {
        return started().url(path);
    }

    private Browser started() {
        if (browser == null) throw new IllegalStateException("Chromium starts before each test: ask for a page in a test");
        return browser;
    }

    /** Closed by JUnit at the end of the run. */
    private record Running(Browser browser) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            browser.close();
        }
    }
}
