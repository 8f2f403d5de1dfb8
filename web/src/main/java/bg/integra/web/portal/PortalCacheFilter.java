package bg.integra.web.portal;

import bg.integra.web.cache.Caches;
import bg.integra.web.cache.PageTags;
import bg.integra.web.cache.TaggedCache;
import bg.integra.web.common.HttpValidation;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Serves the public portal pages fast and revalidatable. A rendered page is kept in memory ({@link Caches#pages()})
 * with the tags its backing bean declared ({@link PageTags}: "news", "project:12" …) and served again without
 * rendering until a committed change touches one of them. Each answer carries an ETag computed from its bytes, and
 * a browser or proxy that already holds those bytes gets {@code 304 Not Modified} with no body, which matters on
 * a slow mobile line. Visitors who miss the same page at the same moment wait for one render of it.
 * <p>
 * Only pages whose address has no query parameters other than the language, the page number and the filters of
 * the lists are kept, so that odd addresses cannot fill the memory; at its size limit the cache lets its oldest
 * pages go. Search pages ({@code /search?q=…}) are kept too, as people repeat the same few searches, but in a map
 * of their own, so that a run of distinct queries never pushes the other pages out. The registration form and its
 * result page are never kept: they hold what one visitor typed. Nor is any page of a visitor signed in on the
 * portal ({@link PortalSession}) served from the cache or kept in it: it shows their name and their forms.
 * <p>
 * Some pages also change with the clock: an event's page offers registration until the event starts. Such a page
 * names the moment it goes out of date in the request attribute {@link #VALID_UNTIL}; and no page is kept longer
 * than {@link #MAX_AGE}, so that lists of upcoming events move on by themselves.
 */
public class PortalCacheFilter extends HttpFilter {

    private static final Set<String> PAGES = Set.of("/", "/index.xhtml", "/project.xhtml", "/open-data", "/open-data/");
    /** The portal's sections: the list at {@code /news} and each item below it. */
    private static final Set<String> SECTIONS = Set.of("/projects", "/news", "/events", "/resources", "/info", "/network",
            "/practices", "/cases", "/measures", "/initiatives", "/forum", "/training");
    private static final Set<String> KEY_PARAMETERS = Set.of("lang", "page", "id", "when", "region", "kind", "topic",
            "language", "project", "q", "city", "open", "near", "lat", "lon",
            "audience", "area", "status", "order", "post");
    private static final String SEARCH = "/search";
    /**
     * The registration form of an event and its result page, below /events but one visitor's own, and the forum's
     * pages that only a signed-in visitor has: a new topic, an edit, the notifications (and a category's feed, which
     * keeps itself in the feeds' cache), and a course's lessons, which only its learners read.
     */
    private static final Pattern PRIVATE = Pattern.compile("/events/[^/]+/(register|registered)/?"
            + "|/forum/(notifications|c/[^/]+/new|c/[^/]+/feed\\.xml|p/[^/]+/edit)/?"
            + "|/training/[^/]+/lessons/.*");
    private static final int MAX_KEY_LENGTH = 300;
    private static final String CACHE_CONTROL = "public, max-age=0, must-revalidate";
    /** The request attribute (an {@link Instant}) with which a page says when it stops being true. */
    public static final String VALID_UNTIL = PortalCacheFilter.class.getName() + ".validUntil";
    static final Duration MAX_AGE = Duration.ofMinutes(5);

    @Inject
    private Caches caches;

    /** A page as rendered. */
    record RenderedPage(byte[] body, String etag, String contentType) {
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean portalPage = isPortalPage(path);
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (!portalPage || !read) {
            chain.doFilter(request, response);
            return;
        }
        if (PortalSession.signedIn(request)) { // their pages show their name and their forms: not to be shared
            response.setHeader("Cache-Control", "private, no-store");
            chain.doFilter(request, response);
            return;
        }
        String key = cacheKey(path, request.getQueryString());
        TaggedCache<Object> cache = isSearch(path) ? caches.searches() : caches.pages();
        Instant now = Instant.now();
        Object page;
        try {
            page = cache.obtain(key, now, () -> render(request, response, chain, now));
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
        if (page instanceof RenderedPage rendered) send(rendered, request, response);
    }

    /** Renders the page; anything but a complete 200 is sent as it is and not kept. */
    private static TaggedCache.Rendered<Object> render(HttpServletRequest request, HttpServletResponse response,
                                                       FilterChain chain, Instant now) throws IOException, ServletException {
        BufferingResponse buffered = new BufferingResponse(response);
        chain.doFilter(request, buffered);
        byte[] body = buffered.body();
        if (buffered.getStatus() != HttpServletResponse.SC_OK || response.isCommitted()) {
            if (!response.isCommitted()) response.getOutputStream().write(body);
            return TaggedCache.Rendered.notKept(null);
        }
        Instant expires = now.plus(MAX_AGE);
        if (request.getAttribute(VALID_UNTIL) instanceof Instant until && until.isBefore(expires)) expires = until;
        RenderedPage page = new RenderedPage(body, etag(body), buffered.getContentType());
        return TaggedCache.Rendered.kept(page, PageTags.of(request), expires, body.length + 200L);
    }

    static boolean isPortalPage(String path) {
        if (PAGES.contains(path) || isSearch(path)) return true;
        if (PRIVATE.matcher(path).matches()) return false;
        int second = path.indexOf('/', 1);
        return SECTIONS.contains(second < 0 ? path : path.substring(0, second));
    }

    private static boolean isSearch(String path) {
        return path.equals(SEARCH) || path.equals(SEARCH + "/") || path.equals("/search.xhtml");
    }

    private static void send(RenderedPage page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("ETag", page.etag());
        response.setHeader("Cache-Control", CACHE_CONTROL);
        response.setHeader("Vary", "Accept-Encoding");
        if (HttpValidation.notModified(request, page.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(page.contentType() == null ? "text/html;charset=UTF-8" : page.contentType());
        response.setContentLength(page.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(page.body());
        }
    }

    /** The cache key of an address, or null when the address must not be kept. */
    static String cacheKey(String path, String query) {
        if (query == null || query.isEmpty()) return path;
        if (path.length() + query.length() > MAX_KEY_LENGTH) return null;
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            if (!KEY_PARAMETERS.contains(name) || name.equals("q") && !isSearch(path)) return null;
        }
        return path + "?" + query;
    }

    static String etag(byte[] body) {
        return HttpValidation.etag(body);
    }

    /** Holds the page in memory until it is complete, so that its ETag can be computed before sending. */
    static final class BufferingResponse extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        private ServletOutputStream stream;
        private PrintWriter writer;

        BufferingResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override public boolean isReady() { return true; }
                    @Override public void setWriteListener(WriteListener listener) { throw new UnsupportedOperationException(); }
                    @Override public void write(int b) { bytes.write(b); }
                    @Override public void write(byte[] b, int off, int len) { bytes.write(b, off, len); }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), java.nio.charset.Charset.forName(encoding)));
            }
            return writer;
        }

        @Override public void setContentLength(int len) { }
        @Override public void setContentLengthLong(long len) { }
        @Override public void flushBuffer() { if (writer != null) writer.flush(); }
        @Override public void resetBuffer() { bytes.reset(); }
        @Override public void reset() { super.reset(); bytes.reset(); }

        byte[] body() {
            if (writer != null) writer.flush();
            return bytes.toByteArray();
        }
    }
}
