package bg.integra.it.portal;

import bg.integra.it.Http;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal is light: every page type (see {@link PortalPages}), on a first visit (empty cache), transfers at
 * most {@value #BUDGET} bytes of HTML, CSS, JavaScript and fonts, counted as they cross the wire (status line,
 * headers and body) when nothing is compressed, the worst case: a browser that accepts gzip gets fewer. Images
 * (pictures, icons) are not counted. The page needs no JavaScript to be read (its main content is in the HTML the server sends), and it
 * loads nothing of PrimeFaces.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class PortalBudgetIT {

    static final int BUDGET = 100_000;

    private static JsonObject seed;
    private final Http http = new Http();
    private final Wire wire = new Wire(http.baseUrl());

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("bg.integra.it.portal.PortalPages#typesAndLanguages")
    void firstVisitStaysWithinTheBudgetAndNeedsNoScript(String type, String lang) {
        if (seed == null) seed = http.seedContent();
        PortalPages.Page page = PortalPages.page(type, seed, lang);
        URI pageUri = URI.create(http.baseUrl() + page.path());
        Wire.Fetched html = wire.fetch(pageUri, PortalPages.headers(page));
        String body = html.text();
        page.assertIsItself(html.status(), body);

        Visit visit = new Visit(wire);
        visit.count("html", pageUri, html);
        for (Reference ref : references(body, pageUri)) visit.follow(ref);

        String report = visit.report();
        System.out.println("First visit of " + page.describe() + ":\n" + report);
        assertTrue(visit.total() <= BUDGET, () -> page.describe() + " transfers " + visit.total()
                + " bytes on a first visit, over the budget of " + BUDGET + ":\n" + report);
        assertTrue(visit.bytesOf("css") > 0, () -> page.describe() + " loads no stylesheet: was it counted?\n" + report);

        // no PrimeFaces on the portal: neither its resources nor its script API
        List<String> primeFaces = visit.urls().stream()
                .filter(u -> u.toLowerCase(Locale.ROOT).contains("primefaces")).toList();
        assertTrue(primeFaces.isEmpty(), () -> page.describe() + " loads PrimeFaces resources: " + primeFaces);
        Matcher linked = Pattern.compile("(?i)\\b(?:src|href|srcset)=\"[^\"]*primefaces[^\"]*\"").matcher(body);
        assertFalse(linked.find(), () -> page.describe() + " refers to a PrimeFaces resource: " + linked.group());
        assertFalse(body.contains("PrimeFaces."), () -> page.describe() + " calls PrimeFaces' script API");

        // readable without JavaScript: the main content is in the HTML itself
        String main = main(body);
        assertTrue(main != null, () -> page.describe() + " has no <main> element in its HTML");
        Matcher h1 = Pattern.compile("<h1\\b[^>]*>(.*?)</h1>", Pattern.DOTALL).matcher(main);
        assertTrue(h1.find() && !h1.group(1).replaceAll("<[^>]*>", "").isBlank(),
                () -> page.describe() + ": the HTML's <main> has no heading with text:\n" + main);
        if (page.type().markerInMain()) {
            assertTrue(page.marker().matcher(main).find(), () -> page.describe()
                    + ": the page's content (" + page.marker() + ") is not in the HTML's <main>:\n" + main);
        }
        List<String> scripts = visit.urls().stream().filter(u -> visit.kindOf(u).equals("js")).toList();
        if (!scripts.isEmpty() || body.contains("<script")) {
            System.out.println(page.describe() + " has scripts (" + scripts + "); its content is in the HTML all the same");
        }
    }

    /** The counting itself must see every kind of reference, or a page could pass by hiding its weight. */
    @Test
    void theCounterFindsStylesheetsScriptsPreloadsFontsAndImports() {
        URI base = URI.create("http://localhost/news/x?lang=ar");
        String html = """
                <link href="/static/a.css?v=1&amp;x=2" rel="stylesheet"><link rel="icon" href="/i.svg">
                <link rel="preload" as="font" href="f.woff2" crossorigin><link rel="modulepreload" href="/m.js">
                <script src="/s.js" defer></script><script>inline()</script><img src="/cover.jpg" alt="">
                """;
        List<Reference> refs = references(html, base);
        assertEquals(List.of(new Reference("css", URI.create("http://localhost/static/a.css?v=1&x=2")),
                new Reference("font", URI.create("http://localhost/news/f.woff2")),
                new Reference("js", URI.create("http://localhost/m.js")),
                new Reference("js", URI.create("http://localhost/s.js"))), refs);
        String css = """
                @import url("more.css"); @import 'print.css' print;
                @font-face { font-family: X; src: url(/fonts/x.woff2) format("woff2"), url('x.woff') format("woff"); }
                .hero { background: url(/static/hero.jpg) }
                """;
        assertEquals(List.of(new Reference("css", URI.create("http://localhost/static/more.css")),
                new Reference("css", URI.create("http://localhost/static/print.css")),
                new Reference("font", URI.create("http://localhost/fonts/x.woff2")),
                new Reference("font", URI.create("http://localhost/static/x.woff"))),
                cssReferences(css, URI.create("http://localhost/static/a.css")));
    }

    /** A resource a page or a stylesheet refers to, and what kind of bytes it is. */
    record Reference(String kind, URI uri) {
    }

    private static final Pattern TAG_LINK = Pattern.compile("<link\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG_SCRIPT = Pattern.compile("<script\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern IMPORT = Pattern.compile(
            "@import\\s+(?:url\\(\\s*)?[\"']?([^\"')\\s;]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern FONT_FACE = Pattern.compile("@font-face\\s*\\{([^}]*)}", Pattern.CASE_INSENSITIVE);
    private static final Pattern URL = Pattern.compile("url\\(\\s*[\"']?([^\"')]+)[\"']?\\s*\\)", Pattern.CASE_INSENSITIVE);

    /** Stylesheets, scripts and preloaded fonts, scripts and styles of a page; icons and images are not counted. */
    static List<Reference> references(String html, URI base) {
        List<Reference> refs = new ArrayList<>();
        Matcher links = TAG_LINK.matcher(html);
        while (links.find()) {
            String tag = links.group();
            String rel = attribute(tag, "rel").toLowerCase(Locale.ROOT);
            String href = attribute(tag, "href");
            if (href.isEmpty()) continue;
            String kind = null;
            if (rel.matches(".*\\bstylesheet\\b.*")) kind = "css";
            else if (rel.matches(".*\\bmodulepreload\\b.*")) kind = "js";
            else if (rel.matches(".*\\bpreload\\b.*")) {
                kind = switch (attribute(tag, "as").toLowerCase(Locale.ROOT)) {
                    case "style" -> "css";
                    case "script" -> "js";
                    case "font" -> "font";
                    default -> null;
                };
            }
            if (kind != null) refs.add(new Reference(kind, base.resolve(href)));
        }
        Matcher scripts = TAG_SCRIPT.matcher(html);
        while (scripts.find()) {
            String src = attribute(scripts.group(), "src");
            if (!src.isEmpty()) refs.add(new Reference("js", base.resolve(src)));
        }
        return refs;
    }

    /** What a stylesheet loads besides images: imported stylesheets and the fonts of its @font-face rules. */
    static List<Reference> cssReferences(String css, URI base) {
        List<Reference> refs = new ArrayList<>();
        Matcher imports = IMPORT.matcher(css);
        while (imports.find()) refs.add(new Reference("css", base.resolve(imports.group(1))));
        Matcher faces = FONT_FACE.matcher(css);
        while (faces.find()) {
            Matcher urls = URL.matcher(faces.group(1));
            while (urls.find()) refs.add(new Reference("font", base.resolve(urls.group(1).strip())));
        }
        return refs;
    }

    /** An attribute's value in a start tag, with the entities that occur in addresses decoded; "" when absent. */
    private static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + name + "\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))",
                Pattern.CASE_INSENSITIVE).matcher(tag);
        if (!m.find()) return "";
        String v = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        return v.replace("&amp;", "&").strip();
    }

    /** The inside of the page's {@code <main>} element in the HTML as sent, or null. */
    private static String main(String html) {
        Matcher m = Pattern.compile("<main\\b[^>]*>(.*)</main>", Pattern.DOTALL).matcher(html);
        return m.find() ? m.group(1) : null;
    }

    /** The resources of one first visit, each fetched once, with the bytes each transferred. */
    private static final class Visit {
        private final Wire wire;
        private final Map<String, String> kinds = new LinkedHashMap<>();
        private final Map<String, Long> bytes = new LinkedHashMap<>();

        Visit(Wire wire) {
            this.wire = wire;
        }

        void count(String kind, URI uri, Wire.Fetched fetched) {
            kinds.put(uri.toString(), kind);
            bytes.put(uri.toString(), fetched.transferred());
        }

        void follow(Reference ref) {
            String url = ref.uri().toString();
            if (kinds.containsKey(url)) return;
            if (!wire.sameOrigin(ref.uri())) {
                throw new AssertionError("The portal loads " + url + " from another site; it must serve what it needs itself");
            }
            Wire.Fetched fetched = wire.fetch(ref.uri());
            if (fetched.status() != 200) throw new AssertionError(url + " (" + ref.kind() + ") answered " + fetched.status());
            count(ref.kind(), ref.uri(), fetched);
            if (ref.kind().equals("css")) {
                for (Reference inner : cssReferences(fetched.text(), ref.uri())) follow(inner);
            }
        }

        long total() {
            return bytes.values().stream().mapToLong(Long::longValue).sum();
        }

        long bytesOf(String kind) {
            return bytes.entrySet().stream().filter(e -> kinds.get(e.getKey()).equals(kind))
                    .mapToLong(Map.Entry::getValue).sum();
        }

        List<String> urls() {
            return List.copyOf(kinds.keySet());
        }

        String kindOf(String url) {
            return kinds.get(url);
        }

        String report() {
            return bytes.entrySet().stream()
                    .map(e -> String.format("  %-5s %7d  %s", kinds.get(e.getKey()), e.getValue(), e.getKey()))
                    .collect(Collectors.joining("\n")) + String.format("%n  total %7d of %d", total(), BUDGET);
        }
    }

    /** Fetches as a browser on a first visit would (nothing cached), asking for uncompressed answers. */
    static final class Wire {
        private final URI base;
        private final HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();

        Wire(String baseUrl) {
            this.base = URI.create(baseUrl);
        }

        boolean sameOrigin(URI uri) {
            return base.getScheme().equals(uri.getScheme()) && base.getHost().equals(uri.getHost())
                    && base.getPort() == uri.getPort();
        }

        record Fetched(int status, HttpHeaders headers, byte[] body) {
            /** Status line, headers and body as they crossed the wire (HTTP/1.1 framing). */
            long transferred() {
                long head = ("HTTP/1.1 " + status + " OK\r\n").length() + 2;
                for (Map.Entry<String, List<String>> h : headers.map().entrySet()) {
                    for (String v : h.getValue()) head += (h.getKey() + ": " + v + "\r\n").getBytes(StandardCharsets.UTF_8).length;
                }
                return head + body.length;
            }

            /** The body as text; a compressed body is not decoded, so a compressing server fails loudly here. */
            String text() {
                String encoding = headers.firstValue("Content-Encoding").orElse("identity");
                if (!encoding.equals("identity")) {
                    throw new AssertionError("Compressed answers (" + encoding + ") need decoding before reading");
                }
                return new String(body, StandardCharsets.UTF_8);
            }
        }

        Fetched fetch(URI uri, String... headers) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .header("Accept", "text/html,text/css,*/*;q=0.8")
                    .header("Accept-Encoding", "identity");
            if (headers.length > 0) builder.headers(headers);
            HttpRequest request = builder.GET().build();
            try {
                HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                return new Fetched(r.statusCode(), r.headers(), r.body());
            } catch (IOException e) {
                throw new IllegalStateException("Request failed: " + uri, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
