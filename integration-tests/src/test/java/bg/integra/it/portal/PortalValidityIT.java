package bg.integra.it.portal;

import bg.integra.it.Http;
import jakarta.json.JsonObject;
import nu.validator.validation.SimpleDocumentValidator;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every portal page type (see {@link PortalPages}), in Bulgarian and Arabic, is valid HTML: the Nu Html Checker,
 * the engine of the W3C's validator, run in this JVM from its Maven artifact, reports no error. Its warnings are
 * printed with the errors but do not fail the page.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class PortalValidityIT {

    /** The checker's schema for HTML as the W3C service checks it (shipped inside the artifact, no download). */
    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private static Checker checker;
    private static JsonObject seed;
    private final Http http = new Http();

    @BeforeAll
    static void startChecker() throws Exception {
        checker = new Checker();
        // the checker must find errors where there are some, or a pass would mean nothing
        List<String> known = checker.errors("<!DOCTYPE html><html lang=\"bg\"><head><title>x</title></head>"
                + "<body><p><li>item</ul><img src=\"a.png\"></body></html>");
        assertTrue(known.size() >= 3, () -> "the checker missed errors in a broken page: " + known);
        assertTrue(checker.errors("<!DOCTYPE html><html lang=\"bg\"><head><meta charset=\"utf-8\"><title>x</title>"
                + "</head><body><p>ok</p></body></html>").isEmpty(), "the checker rejects a valid page");
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("bg.integra.it.portal.PortalPages#typesAndLanguages")
    void isValidHtml(String type, String lang) throws Exception {
        if (seed == null) seed = http.seedContent();
        PortalPages.Page page = PortalPages.page(type, seed, lang);
        HttpResponse<String> response = http.get(page.path(), PortalPages.headers(page));
        page.assertIsItself(response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
                page.describe() + " is not text/html");

        List<String> messages = checker.check(response.body());
        List<String> errors = messages.stream().filter(m -> m.startsWith("error")).toList();
        System.out.println("Nu Html Checker on " + page.describe() + ": " + errors.size() + " error(s), "
                + (messages.size() - errors.size()) + " warning(s)");
        assertTrue(errors.isEmpty(), () -> "The Nu Html Checker found " + errors.size() + " error(s) on "
                + page.describe() + ":\n" + messages.stream().collect(Collectors.joining("\n"))
                + "\n--- the page:\n" + numbered(response.body()));
    }

    /**
     * The forum's pages as a signed-in visitor sees them, which no cached page type shows: the topic with its forms
     * and a refused reply's messages, the new topic and edit forms with theirs, the notifications; in both languages.
     */
    @Test
    void theForumsPagesOfASignedInVisitorAreValidHtml() throws Exception {
        Http visitor = new Http();
        JsonObject forum = Http.json(visitor.postForm("/test-support/forum", Map.of("replies", "2")));
        String token = Http.json(visitor.postForm("/test-support/forum-session",
                Map.of("account", Long.toString(forum.getJsonNumber("memberId").longValue())))).getString("formToken");
        String topic = "/forum/t/" + forum.getString("topicPath");
        String category = "/forum/c/" + forum.getString("categorySlug");
        String edit = java.util.regex.Pattern.compile("href=\"(/forum/p/\\d+/edit)\"").matcher(visitor.get(topic).body())
                .results().findFirst().orElseThrow().group(1);
        for (String lang : PortalPages.LANGUAGES) {
            String q = "bg".equals(lang) ? "" : "?lang=" + lang;
            Map<String, HttpResponse<String>> pages = Map.of(
                    "topic", visitor.get(topic + q),
                    "topic, reply refused", visitor.postForm(topic + q, Map.of("formToken", token, "action", "reply", "text", "")),
                    "new topic, refused", visitor.postForm(category + "/new" + q, Map.of("formToken", token, "title", "x", "text", "")),
                    "edit", visitor.get(edit + q),
                    "notifications", visitor.get("/forum/notifications" + q));
            for (Map.Entry<String, HttpResponse<String>> page : pages.entrySet()) {
                String html = page.getValue().body();
                assertTrue(html.contains("name=\"formToken\" value=\"" + token + "\""), page.getKey() + ": signed in");
                List<String> errors = checker.errors(html);
                assertTrue(errors.isEmpty(), () -> "The Nu Html Checker found errors on the forum's " + page.getKey()
                        + " in " + lang + ":\n" + String.join("\n", errors) + "\n--- the page:\n" + numbered(html));
            }
        }
    }

    /**
     * The training's course page as signed-in visitors see it: the enrolment form, the key refused with its messages,
     * and a learner's progress with the way on; in both languages.
     */
    @Test
    void theTrainingsPagesOfASignedInVisitorAreValidHtml() throws Exception {
        Http anonymous = new Http();
        JsonObject training = Http.json(anonymous.postForm("/test-support/training", Map.of()));
        Http other = new Http();
        String token = Http.json(other.postForm("/test-support/forum-session",
                Map.of("account", Long.toString(training.getJsonNumber("otherId").longValue())))).getString("formToken");
        Http learner = new Http();
        learner.postForm("/test-support/forum-session", Map.of("account", Long.toString(training.getJsonNumber("learnerId").longValue())));
        String course = "/training/" + training.getString("slug");
        String keyed = "/training/" + training.getString("keySlug");
        learner.get(course + "/lessons/" + training.getJsonArray("lessons").getJsonNumber(0).longValue());
        for (String lang : PortalPages.LANGUAGES) {
            String q = "bg".equals(lang) ? "" : "?lang=" + lang;
            Map<String, HttpResponse<String>> pages = Map.of(
                    "enrolment form", other.get(keyed + q),
                    "wrong key", other.postForm(keyed + q, Map.of("formToken", token, "key", "wrong")),
                    "no key", other.postForm(keyed + q, Map.of("formToken", token, "key", "")),
                    "a learner's progress", learner.get(course + q));
            for (Map.Entry<String, HttpResponse<String>> page : pages.entrySet()) {
                String html = page.getValue().body();
                assertEquals(200, page.getValue().statusCode(), page.getKey());
                List<String> errors = checker.errors(html);
                assertTrue(errors.isEmpty(), () -> "The Nu Html Checker found errors on the training's " + page.getKey()
                        + " in " + lang + ":\n" + String.join("\n", errors) + "\n--- the page:\n" + numbered(html));
            }
            assertTrue(pages.get("wrong key").body().contains("aria-invalid=\"true\""), "the refusal is shown");
            assertTrue(pages.get("a learner's progress").body().contains("id=\"training-continue\""), "the way on");
        }
    }

    private static String numbered(String html) {
        String[] lines = html.split("\n", -1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.length; i++) sb.append(i + 1).append(": ").append(lines[i]).append('\n');
        return sb.toString();
    }

    /** The checker, set up once (reading its schemas takes seconds), and the messages of the last document. */
    static final class Checker implements ErrorHandler {

        private final SimpleDocumentValidator validator;
        private final List<String> messages = new ArrayList<>();

        Checker() throws Exception {
            // load no external entities, and no language detection (its guesses are warnings at best)
            validator = new SimpleDocumentValidator(true, false, true);
            validator.setUpMainSchema(SCHEMA, this);
            validator.setUpValidatorAndParsers(this, true, false);
            if (!messages.isEmpty()) throw new IllegalStateException("Checker set-up: " + messages);
        }

        /** Every message on the document, each starting with "error" or "warning", with line and column. */
        synchronized List<String> check(String html) throws Exception {
            messages.clear();
            InputSource source = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            source.setEncoding("UTF-8");
            source.setSystemId("page.html");
            validator.checkHtmlInputSource(source);
            return List.copyOf(messages);
        }

        List<String> errors(String html) throws Exception {
            return check(html).stream().filter(m -> m.startsWith("error")).toList();
        }

        @Override
        public void warning(SAXParseException e) {
            messages.add(format("warning", e));
        }

        @Override
        public void error(SAXParseException e) {
            messages.add(format("error", e));
        }

        @Override
        public void fatalError(SAXParseException e) {
            messages.add(format("error (fatal)", e));
        }

        private static String format(String kind, SAXParseException e) {
            return kind + " at " + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
        }
    }
}
