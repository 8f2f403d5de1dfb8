package bg.integra.it.portal;

import bg.integra.it.Bundles;
import bg.integra.it.Http;
import jakarta.json.JsonObject;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The catalogue of the portal's page types, shared by the page-quality tests (valid HTML, weight, accessibility,
 * keyboard): for each type its address, built from the items that {@code POST /test-support/content} seeds, the
 * status it must answer and a marker in its HTML that proves the page is of that type (not, say, the not-found
 * page or the home page answering for an address that has no page yet).
 * <p>
 * The system property {@code portal.pages} (comma-separated names, e.g. {@code -Dportal.pages=home,project})
 * narrows the catalogue; empty or absent means every type. A name that is not in the catalogue fails, so that a
 * typo does not make a test check nothing.
 */
public final class PortalPages {

    /** The languages every page type is checked in: the default one and a right-to-left one. */
    public static final List<String> LANGUAGES = List.of("bg", "ar");

    /**
     * A kind of portal page.
     *
     * @param name   short name used in the filter, test names and screenshot files
     * @param path   the address without the language, from the seed
     * @param status the status the page must answer
     * @param marker a pattern that must occur in the page's HTML, from the seed and the page's language
     * @param markerInMain whether the marker is part of the {@code <main>} content (else it is in the header)
     * @param signedInAs   for a page only a signed-in visitor has (a learner's lesson), the portal account from the
     *                     seed whose session fetches it ({@link #sessionCookie}); null for everyone's pages
     */
    public record PageType(String name, Function<JsonObject, String> path, int status,
                           BiFunction<JsonObject, String, Pattern> marker, boolean markerInMain,
                           Function<JsonObject, Long> signedInAs) {

        PageType(String name, Function<JsonObject, String> path, int status,
                 BiFunction<JsonObject, String, Pattern> marker, boolean markerInMain) {
            this(name, path, status, marker, markerInMain, null);
        }

        PageType(String name, Function<JsonObject, String> path, int status,
                 BiFunction<JsonObject, String, Pattern> marker) {
            this(name, path, status, marker, true, null);
        }
    }

    private static final List<PageType> ALL = List.of(
            new PageType("home", seed -> "/", 200,
                    (seed, lang) -> heading(Pattern.quote(Bundles.text(lang, "home.title")))),
            new PageType("project", seed -> "/projects/" + seed.getJsonNumber("projectId").longValue(), 200,
                    (seed, lang) -> headingWithTag(seed)),
            // a list proves its kind by linking to items of that kind; which ones depends on what else is stored
            new PageType("news", seed -> "/news", 200, (seed, lang) -> linkUnder("/news/")),
            new PageType("article", seed -> "/news/" + seed.getString("article"), 200,
                    (seed, lang) -> headingWithTag(seed)),
            new PageType("events", seed -> "/events", 200, (seed, lang) -> linkUnder("/events/")),
            new PageType("event", seed -> "/events/" + seed.getString("upcomingEvent"), 200,
                    (seed, lang) -> headingWithTag(seed)),
            // the registration form of the upcoming event: the form that posts back to its own address
            new PageType("register", seed -> "/events/" + seed.getString("upcomingEvent") + "/register", 200,
                    (seed, lang) -> Pattern.compile("<form class=\"register\"[^>]*action=\"/events/"
                            + Pattern.quote(seed.getString("upcomingEvent")) + "/register[?\"]")),
            new PageType("resources", seed -> "/resources", 200, (seed, lang) -> linkUnder("/resources/")),
            new PageType("resource", seed -> "/resources/" + seed.getString("resource"), 200,
                    (seed, lang) -> headingWithTag(seed)),
            new PageType("info", seed -> "/info", 200, (seed, lang) -> linkUnder("/info/")),
            new PageType("topic", seed -> "/info/" + seed.getString("info"), 200,
                    (seed, lang) -> headingWithTag(seed)),
            // every item of the seed carries its tag, so the search for it must list the seeded article
            new PageType("search", seed -> "/search?q=" + seed.getString("tag"), 200,
                    (seed, lang) -> Pattern.compile("href=\"/news/" + Pattern.quote(seed.getString("article")) + "[?\"]")),
            // the directory in the seed's own town lists its member's centres, each linking to the member's page
            new PageType("network", seed -> "/network?city=" + enc(network(seed).getString("city")), 200,
                    (seed, lang) -> Pattern.compile("href=\"/network/" + Pattern.quote(network(seed).getString("slug"))
                            + "[?#\"]")),
            new PageType("network-member", seed -> "/network/" + network(seed).getString("slug"), 200,
                    (seed, lang) -> Pattern.compile("<h1\\b[^>]*>[^<]*" + Pattern.quote(network(seed).getString("tag")) + "[^<]*</h1>")),
            // the knowledge base: each list links to published items of its kind; an item's heading carries the seed's tag
            new PageType("practices", seed -> "/practices", 200, (seed, lang) -> linkUnder("/practices/")),
            new PageType("practice", seed -> "/practices/" + knowledgeId(seed, "practices", "older"), 200,
                    (seed, lang) -> knowledgeHeading(seed)),
            new PageType("cases", seed -> "/cases", 200, (seed, lang) -> linkUnder("/cases/")),
            new PageType("case", seed -> "/cases/" + knowledgeId(seed, "cases", "school"), 200,
                    (seed, lang) -> knowledgeHeading(seed)),
            new PageType("measures", seed -> "/measures", 200, (seed, lang) -> linkUnder("/measures/")),
            new PageType("measure", seed -> "/measures/" + knowledgeId(seed, "measures", "adopted"), 200,
                    (seed, lang) -> knowledgeHeading(seed)),
            new PageType("initiatives", seed -> "/initiatives", 200, (seed, lang) -> linkUnder("/initiatives/")),
            new PageType("initiative", seed -> "/initiatives/" + knowledgeId(seed, "initiatives", "soon"), 200,
                    (seed, lang) -> knowledgeHeading(seed)),
            // open data links to the directory's data package in the page's language (a folder of its own but in Bulgarian)
            new PageType("open-data", seed -> "/open-data/", 200, (seed, lang) -> Pattern.compile("href=\"/open-data/hsds/"
                    + ("bg".equals(lang) ? "" : Pattern.quote(lang) + "/") + "datapackage\\.json\"")),
            // the forum lists the seeded category; the category and the topic show the forum seed's tag in their h1
            new PageType("forum", seed -> "/forum", 200, (seed, lang) -> Pattern.compile("href=\"/forum/c/"
                    + Pattern.quote(forum(seed).getString("categorySlug")) + "[?\"]")),
            new PageType("forum-category", seed -> "/forum/c/" + forum(seed).getString("categorySlug"), 200,
                    (seed, lang) -> forumHeading(seed)),
            new PageType("forum-topic", seed -> "/forum/t/" + forum(seed).getString("topicPath"), 200,
                    (seed, lang) -> forumHeading(seed)),
            // the topic's author (the seed's "member", whose display name carries the tag)
            new PageType("forum-member", seed -> "/forum/u/" + forum(seed).getString("memberHandle"), 200,
                    (seed, lang) -> Pattern.compile("<h1><bdi>[^<]*" + Pattern.quote(forum(seed).getString("tag")) + "</bdi></h1>")),
            // the training's catalogue links to courses; a course's page shows the training seed's tag in its h1
            new PageType("training", seed -> "/training", 200, (seed, lang) -> linkUnder("/training/")),
            new PageType("training-course", seed -> "/training/" + training(seed).getString("slug"), 200,
                    (seed, lang) -> trainingHeading(seed)),
            // a lesson is its enrolled learner's only: fetched in the seeded learner's session
            new PageType("training-lesson", seed -> "/training/" + training(seed).getString("slug") + "/lessons/"
                    + training(seed).getJsonArray("lessons").getJsonNumber(1).longValue(), 200,
                    (seed, lang) -> trainingHeading(seed), true, seed -> training(seed).getJsonNumber("learnerId").longValue()),
            // a certificate's verification page shows its code
            new PageType("certificate", seed -> "/certificates/" + seed.getJsonObject("certificate").getString("code"), 200,
                    (seed, lang) -> Pattern.compile("<code>" + Pattern.quote(seed.getJsonObject("certificate").getString("code")) + "</code>")),
            // the portal account's forms for visitors not signed in, each posting back to its own address
            new PageType("account-sign-up", seed -> "/account/sign-up", 200,
                    (seed, lang) -> Pattern.compile("<form class=\"register account\"[^>]*action=\"/account/sign-up[?\"]")),
            new PageType("account-sign-in", seed -> "/account/sign-in", 200,
                    (seed, lang) -> Pattern.compile("<form class=\"register account\"[^>]*action=\"/account/sign-in[?\"]")),
            new PageType("not-found", seed -> "/news/no-such-slug-" + seed.getString("tag"), 404,
                    (seed, lang) -> heading(Pattern.quote(Bundles.text(lang, "error.notFound.title")))));

    private PortalPages() {
    }

    /** Every page type of the catalogue, whatever the filter. */
    public static List<PageType> all() {
        return ALL;
    }

    /** A page type of the catalogue by name, whatever the filter (for the tests' checks of their own checks). */
    public static PageType any(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no page type " + name));
    }

    /** The page types the system property {@code portal.pages} selects (all when it is empty or absent). */
    public static List<PageType> selected() {
        String filter = System.getProperty("portal.pages", "").strip();
        if (filter.isEmpty()) return ALL;
        Set<String> names = Arrays.stream(filter.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
        List<PageType> chosen = new ArrayList<>();
        for (String name : names) {
            chosen.add(ALL.stream().filter(t -> t.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("portal.pages names an unknown page type '" + name
                            + "'; known: " + ALL.stream().map(PageType::name).collect(Collectors.joining(",")))));
        }
        return chosen;
    }

    /** The selected page type by name; fails when the filter leaves it out. */
    public static PageType selected(String name) {
        return selected().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("page type " + name + " is not selected"));
    }

    /** Arguments (type name, language) for a parameterised test over the selected types in both languages. */
    public static Stream<org.junit.jupiter.params.provider.Arguments> typesAndLanguages() {
        return selected().stream().flatMap(t -> LANGUAGES.stream().map(lang -> arguments(t.name(), lang)));
    }

    /** Names of the selected types, for a parameterised test over the types alone. */
    public static Stream<String> typeNames() {
        return selected().stream().map(PageType::name);
    }

    /** One page to check: a page type in a language, with the address and marker from the seed. */
    public record Page(PageType type, String lang, String path, Pattern marker, Long signedInAs) {

        public int status() {
            return type.status();
        }

        /** "article in ar (/news/x?lang=ar)", for messages. */
        public String describe() {
            return type.name() + " in " + lang + " (" + path + ")";
        }

        /** File name stem for screenshots and reports: {@code article-ar}. */
        public String id() {
            return type.name() + "-" + lang;
        }

        /**
         * Fails unless the page answered its status and carries its marker: a page type that is missing (404
         * where 200 is expected) or that shows another page fails here, before its quality is measured.
         */
        public void assertIsItself(int actualStatus, String html) {
            if (actualStatus != status()) {
                throw new AssertionError("Page type '" + type.name() + "' in " + lang + " at " + path + " answered "
                        + actualStatus + " instead of " + status() + (actualStatus == 404
                        ? ": the page type does not exist or its item was not found" : "")
                        + "\n" + excerpt(html));
            }
            if (!marker.matcher(html).find()) {
                throw new AssertionError("Page type '" + type.name() + "' in " + lang + " at " + path
                        + " does not show its marker /" + marker + "/, so it is not that page\n" + excerpt(html));
            }
        }

        private static String excerpt(String html) {
            if (html == null) return "(no body)";
            return html.length() <= 3000 ? html : html.substring(0, 3000) + "…";
        }
    }

    /** The page of a type in a language: the language is in the address unless it is Bulgarian, the default. */
    public static Page page(PageType type, JsonObject seed, String lang) {
        String path = type.path().apply(seed);
        if (!"bg".equals(lang)) path += (path.contains("?") ? "&" : "?") + "lang=" + lang;
        Long account = type.signedInAs() == null ? null : type.signedInAs().apply(seed);
        return new Page(type, lang, path, type.marker().apply(seed, lang), account);
    }

    /** The selected page of that name in a language. */
    public static Page page(String typeName, JsonObject seed, String lang) {
        return page(selected(typeName), seed, lang);
    }

    private static JsonObject network(JsonObject seed) {
        return seed.getJsonObject("network");
    }

    /**
     * The session cookie ({@code JSESSIONID=…}) in which the page is fetched, or null for a page of everyone: the
     * portal account of {@link PageType#signedInAs} signed in by {@code POST /test-support/forum-session}, as the
     * sign-in page would.
     */
    public static String sessionCookie(Page page) {
        if (page.signedInAs() == null) return null;
        Http http = new Http();
        java.net.http.HttpResponse<String> r = http.postForm("/test-support/forum-session",
                java.util.Map.of("account", Long.toString(page.signedInAs())));
        if (r.statusCode() != 200) throw new IllegalStateException("sign-in for " + page.describe() + ": " + r.statusCode());
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.split(";", 2)[0]).findFirst()
                .orElseThrow(() -> new IllegalStateException("no session cookie for " + page.describe()));
    }

    /** The headers of a request for the page: its session cookie when it is a signed-in visitor's. */
    public static String[] headers(Page page) {
        String cookie = sessionCookie(page);
        return cookie == null ? new String[0] : new String[] {"Cookie", cookie};
    }

    /**
     * Gives the browser tab the page's session (when it is a signed-in visitor's) before it opens the page, and
     * takes every cookie away otherwise, so that a tab shared by the tests sees each page as its visitor does.
     */
    public static void prepare(com.microsoft.playwright.Page tab, String baseUrl, Page page) {
        tab.context().clearCookies();
        String cookie = sessionCookie(page);
        if (cookie == null) return;
        String[] pair = cookie.split("=", 2);
        tab.context().addCookies(List.of(new com.microsoft.playwright.options.Cookie(pair[0], pair[1]).setUrl(baseUrl)));
    }

    private static JsonObject training(JsonObject seed) {
        return seed.getJsonObject("training");
    }

    /** An h1 that shows the training seed's tag (every course, module and lesson title carries it). */
    private static Pattern trainingHeading(JsonObject seed) {
        return Pattern.compile("<h1\\b[^>]*>[^<]*" + Pattern.quote(training(seed).getString("tag")) + "[^<]*</h1>");
    }

    private static JsonObject forum(JsonObject seed) {
        return seed.getJsonObject("forum");
    }

    /** An h1 that shows the forum seed's tag (its category's name and its topic's title carry it). */
    private static Pattern forumHeading(JsonObject seed) {
        return Pattern.compile("<h1\\b[^>]*>[^<]*" + Pattern.quote(forum(seed).getString("tag")) + "[^<]*</h1>");
    }

    private static long knowledgeId(JsonObject seed, String kind, String name) {
        return seed.getJsonObject("knowledge").getJsonObject(kind).getJsonNumber(name).longValue();
    }

    /** The h1 of an item of the knowledge base seeded with the seed's knowledge tag (in any language of the page). */
    private static Pattern knowledgeHeading(JsonObject seed) {
        return Pattern.compile("<h1\\b[^>]*>[^<]*" + Pattern.quote(seed.getJsonObject("knowledge").getString("tag")) + "[^<]*</h1>");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** An h1 whose text is the given pattern (inner elements such as a span with its own lang allowed). */
    private static Pattern heading(String text) {
        return Pattern.compile("<h1\\b[^>]*>\\s*(?:<[^>]+>\\s*)*" + text + "\\s*(?:<[^>]+>\\s*)*</h1>");
    }

    /** An h1 that shows the seed's tag: every seeded title carries it, whichever language it falls back to. */
    private static Pattern headingWithTag(JsonObject seed) {
        return Pattern.compile("<h1\\b[^>]*>(?:(?!</h1>)[\\s\\S])*?" + Pattern.quote(seed.getString("tag"))
                + "(?:(?!</h1>)[\\s\\S])*</h1>");
    }

    /** A link to an item below a list's address, e.g. {@code href="/news/some-slug"} (maybe with ?lang=). */
    private static Pattern linkUnder(String prefix) {
        return Pattern.compile("href=\"" + Pattern.quote(prefix) + "[a-z0-9]+(?:-[a-z0-9]+)*[?\"]");
    }
}
