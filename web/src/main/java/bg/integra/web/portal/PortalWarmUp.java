package bg.integra.web.portal;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Warms the portal after a start: once the first request has told it the server's port, a background task asks
 * each portal page type a few hundred times over loopback (from the page cache: the path every visitor takes) and
 * renders each a few times, so that the JIT has compiled both before the first visitors arrive in numbers. It only
 * reads, never delays a request, and stops at the first failure.
 */
@WebListener
public class PortalWarmUp implements ServletRequestListener {

    private static final Logger LOG = Logger.getLogger(PortalWarmUp.class.getName());
    static final int CACHED = 300;
    static final int RENDERED = 10;
    private static final Pattern ITEM = Pattern.compile("href=\"(/(?:projects|news|events|resources|info|network)/[^\"?#/]+)(?:#[^\"]*)?\"");
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    @Resource
    private ManagedExecutorService executor;

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        if (STARTED.get() || !(event.getServletRequest() instanceof HttpServletRequest request)) return;
        if ("false".equals(System.getenv("INTEGRA_WARMUP")) || !STARTED.compareAndSet(false, true)) return;
        String base = "http://127.0.0.1:" + request.getLocalPort() + request.getContextPath();
        executor.submit(() -> warm(base));
    }

    private static void warm(String base) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long started = System.nanoTime();
        try {
            Set<String> pages = new LinkedHashSet<>(List.of("/", "/news", "/events", "/resources", "/info", "/network",
                    "/search?q=sofia", "/feed.xml"));
            for (String list : List.of("/", "/news", "/events", "/resources", "/info", "/network")) {
                Matcher item = ITEM.matcher(get(http, base + list));
                Set<String> sections = new LinkedHashSet<>();
                while (item.find()) {
                    String section = item.group(1).substring(0, item.group(1).indexOf('/', 1));
                    if (sections.add(section)) pages.add(item.group(1)); // the first item of each section
                }
            }
            List<String> all = new ArrayList<>(pages);
            for (String page : all) {
                String sep = page.contains("?") ? "&" : "?";
                for (int i = 0; i < RENDERED; i++) get(http, base + page + sep + "warm-up=" + i); // never kept
                for (int i = 0; i < CACHED; i++) get(http, base + page);
            }
            LOG.log(Level.INFO, "Warmed up {0} portal pages in {1} ms",
                    new Object[] {all.size(), (System.nanoTime() - started) / 1_000_000});
        } catch (Exception e) {
            LOG.log(Level.INFO, "Warm-up stopped: {0}", e.toString());
        }
    }

    private static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException(url + " answered " + r.statusCode());
        return r.body();
    }
}
