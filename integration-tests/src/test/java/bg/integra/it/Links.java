package bg.integra.it;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The site's own links on a page, and the check that each leads to a page that exists. */
public final class Links {

    private static final Pattern HREF = Pattern.compile("<a\\s[^>]*href=\"([^\"]*)\"");
    private static final Path WEBAPP = Path.of(System.getProperty("basedir", "."), "..", "web", "src", "main", "webapp");

    private Links() {
    }

    /** The addresses on this site that a page links to (not #fragments, mailto: or other sites), HTML entities undone. */
    public static Set<String> internal(String html) {
        Set<String> links = new LinkedHashSet<>();
        Matcher m = HREF.matcher(html);
        while (m.find()) {
            String href = m.group(1).replace("&amp;", "&");
            if (href.startsWith("/") && !href.startsWith("//")) links.add(href);
        }
        return links;
    }

    /**
     * Asserts that every link answers 200. Links to portal pages that another part of issue 3 builds (their Facelet
     * is not in this source tree yet) are checked last and, while missing, skip the test with their names, so that
     * the check becomes strict by itself once those pages are there.
     */
    public static void assertAllAnswer(Http http, Collection<String> hrefs) {
        List<String> notBuilt = new ArrayList<>();
        for (String href : hrefs) {
            String facelet = faceletOf(href);
            if (facelet != null && !Files.exists(WEBAPP.resolve(facelet))) {
                notBuilt.add(href + " (" + facelet + ")");
                continue;
            }
            assertEquals(200, finalStatus(http, href), href);
        }
        assumeTrue(notBuilt.isEmpty(), () -> "not in this build yet, so not followed: " + notBuilt);
    }

    /** The status at the end of a few redirects (the back-office link leads to the sign-in page). */
    private static int finalStatus(Http http, String href) {
        String at = href;
        for (int hops = 0; hops < 4; hops++) {
            HttpResponse<String> r = http.get(at);
            String location = r.headers().firstValue("Location").orElse(null);
            if (r.statusCode() / 100 != 3 || location == null) return r.statusCode();
            at = location.replaceFirst("^https?://[^/]+", "");
        }
        return -1;
    }

    /** The Facelet behind a portal address, for the pages this build may not have yet; null for the others. */
    static String faceletOf(String href) {
        String path = href.replaceFirst("[?#].*$", "");
        if (path.matches("/info/?")) return "info.xhtml";
        if (path.matches("/info/.+")) return "topic.xhtml";
        if (path.matches("/news/?")) return "news.xhtml";
        if (path.matches("/news/.+")) return "article.xhtml";
        if (path.matches("/events/?")) return "events.xhtml";
        if (path.matches("/events/.+")) return "event.xhtml";
        if (path.matches("/resources/?")) return "resources.xhtml";
        if (path.matches("/resources/.+")) return "resource.xhtml";
        return null;
    }
}
