package bg.integra.it.training;

import bg.integra.it.Bundles;
import bg.integra.it.Http;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static bg.integra.it.Problems.assertBadParameter;
import static bg.integra.it.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The training's portal pages and API from outside: the catalogue with its filters, a course's page for a visitor
 * and for a learner, enrolment through the form (the session's token required, a wrong key said in the page's
 * language), a lesson only for its learners and never cached, Arabic right to left; the API's list, outline, 404
 * and hidden drafts.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class TrainingPagesIT {

    private final Http anonymous = new Http();

    private JsonObject seed() {
        HttpResponse<String> r = anonymous.postForm("/test-support/training", Map.of());
        assertEquals(200, r.statusCode(), r::body);
        return Http.json(r);
    }

    /** A client signed in on the portal as the account; answers its session's form token. */
    private static String signIn(Http client, long accountId) {
        HttpResponse<String> r = client.postForm("/test-support/forum-session", Map.of("account", Long.toString(accountId)));
        assertEquals(200, r.statusCode(), r::body);
        return Http.json(r).getString("formToken");
    }

    private static String location(HttpResponse<String> r) {
        return r.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no Location: " + r.statusCode()))
                .replaceFirst("^https?://[^/]+", "");
    }

    private static String text(String lang, String key, Object... args) {
        return new MessageFormat(Bundles.text(lang, key), Locale.ROOT).format(args);
    }

    /**
     * Whether the catalogue at this address (filters and language) lists the link on one of its pages: other tests'
     * courses share the database, so the seeded one may be on any page.
     */
    private boolean listed(String address, String link) {
        for (int page = 1; page <= 200; page++) {
            HttpResponse<String> r = anonymous.get(address + "&page=" + page);
            assertEquals(200, r.statusCode());
            if (r.body().contains(link)) return true;
            if (!r.body().contains("rel=\"next\"")) return false;
        }
        throw new AssertionError("more than 200 pages at " + address);
    }

    /** The API's course of this id among every page of the list at this address, or null. */
    private JsonObject listedInApi(String address, long id) {
        for (int page = 0; page < 200; page++) {
            JsonObject answer = anonymous.getJson(address + "&size=100&page=" + page);
            for (JsonObject c : answer.getJsonArray("items").getValuesAs(JsonObject.class)) {
                if (c.getJsonNumber("id").longValue() == id) return c;
            }
            if (page + 1 >= answer.getInt("totalPages")) return null;
        }
        throw new AssertionError("more than 200 pages at " + address);
    }

    private static long lesson(JsonObject seed, int index) {
        return seed.getJsonArray("lessons").getJsonNumber(index).longValue();
    }

    @Test
    void theCatalogueFiltersWithAPlainFormAndArabicIsRightToLeft() {
        JsonObject seed = seed();
        String course = "href=\"/training/" + seed.getString("slug") + "\"";
        HttpResponse<String> all = anonymous.get("/training?audience=IMMIGRANTS&topic=SETTLING_IN&language=ar");
        assertEquals(200, all.statusCode());
        assertTrue(all.body().contains("<form class=\"filters\" method=\"get\""));
        assertTrue(listed("/training?audience=IMMIGRANTS&topic=SETTLING_IN&language=ar", course));
        assertFalse(listed("/training?audience=PROFESSIONALS&language=ar&topic=SETTLING_IN", course));
        assertFalse(listed("/training?language=tr&audience=IMMIGRANTS&topic=SETTLING_IN", course));
        assertFalse(listed("/training?audience=PROFESSIONALS&topic=PRACTICE", "href=\"/training/" + seed.getString("draftSlug") + "\""),
                "a draft is not listed");
        assertEquals(200, anonymous.get("/training?audience=nonsense&page=abc").statusCode(), "odd values are no filter");

        String arabic = anonymous.get("/training?lang=ar").body();
        assertTrue(Pattern.compile("<html[^>]*dir=\"rtl\"").matcher(arabic).find(), "right to left");
        assertTrue(arabic.contains(Bundles.text("ar", "training.title")));
        assertTrue(anonymous.get("/training/" + seed.getString("slug") + "?lang=ar").body()
                .contains("Курс " + seed.getString("tag") + " (ar)"), "the course's Arabic title");
    }

    @Test
    void aVisitorSeesTheOutlineAndTheWayToSignInADraftIsNotFoundALessonSendsThemToTheCourse() {
        JsonObject seed = seed();
        String course = "/training/" + seed.getString("slug");
        HttpResponse<String> page = anonymous.get(course);
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("Курс " + seed.getString("tag") + " (bg)"));
        assertTrue(html.contains("Урок 2.2 " + seed.getString("tag") + " (bg)"), "the outline's lessons");
        assertTrue(html.contains("Удостоверение " + seed.getString("tag") + " bg"), "what the certificate says");
        assertTrue(html.contains("href=\"/account/sign-in?next=%2Ftraining%2F" + seed.getString("slug") + "\""), html);
        assertFalse(html.contains("name=\"formToken\""), "no form for a visitor");
        assertTrue(page.headers().firstValue("Set-Cookie").isEmpty(), "reading makes no session");
        assertTrue(anonymous.get(course + "?lang=ar").body().contains("dir=\"rtl\""));
        String ukrainian = anonymous.get(course + "?lang=uk").body();
        assertTrue(ukrainian.contains(Bundles.text("uk", "content.notTranslated").split("\\{")[0].strip()),
                "a course not written in Ukrainian says so and offers its languages");
        assertTrue(ukrainian.contains("hreflang=\"ar\""));

        assertEquals(404, anonymous.get("/training/" + seed.getString("draftSlug")).statusCode());
        assertEquals(404, anonymous.get("/training/no-such-course-" + seed.getString("tag")).statusCode());
        HttpResponse<String> lesson = anonymous.get(course + "/lessons/" + lesson(seed, 0));
        assertEquals(303, lesson.statusCode());
        assertEquals(course, location(lesson));
        assertEquals(404, anonymous.get(course + "/lessons/999999999").statusCode());
    }

    @Test
    void aLearnerEnrolsWithTheSessionsTokenReadsALessonAndContinuesWhereTheyStopped() {
        JsonObject seed = seed();
        String course = "/training/" + seed.getString("slug");
        Http other = new Http();
        String token = signIn(other, seed.getJsonNumber("otherId").longValue());
        assertEquals(303, other.get(course + "/lessons/" + lesson(seed, 0)).statusCode(), "not enrolled: to the course");

        String form = other.get(course).body();
        assertTrue(form.contains("name=\"formToken\" value=\"" + token + "\""), "the enrolment form");
        assertEquals(403, other.postForm(course, Map.of()).statusCode(), "no token, no enrolment");
        assertEquals(403, other.postForm(course, Map.of("formToken", "forged")).statusCode());
        assertEquals(303, other.get(course + "/lessons/" + lesson(seed, 0)).statusCode(), "still not enrolled");

        HttpResponse<String> enrolled = other.postForm(course, Map.of("formToken", token));
        assertEquals(303, enrolled.statusCode(), enrolled::body);
        assertEquals(course + "/lessons/" + lesson(seed, 0), location(enrolled), "straight to the first lesson");

        HttpResponse<String> first = other.get(course + "/lessons/" + lesson(seed, 0));
        assertEquals(200, first.statusCode());
        assertTrue(first.body().contains("Урок 1.1 " + seed.getString("tag") + " (bg)"));
        assertTrue(first.body().contains("<p>Текст на урок 1.1 " + seed.getString("tag") + ".</p>"));
        assertTrue(first.headers().firstValue("Cache-Control").orElse("").contains("no-store"), "one learner's page");
        assertTrue(first.body().contains("href=\"" + course + "/lessons/" + lesson(seed, 1) + "\""), "the next lesson");
        assertTrue(first.body().contains(text("bg", "training.progress", 1, 4)));
        other.get(course + "/lessons/" + lesson(seed, 2));

        String again = other.get(course).body();
        assertTrue(again.contains(text("bg", "training.progress", 2, 4)), again);
        assertTrue(Pattern.compile("href=\"" + Pattern.quote(course + "/lessons/" + lesson(seed, 1)) + "\" id=\"training-continue\"")
                .matcher(again).find(), "continue where they stopped");

        String arabic = other.get(course + "/lessons/" + lesson(seed, 1) + "?lang=ar").body();
        assertTrue(arabic.contains("Урок 1.2 " + seed.getString("tag") + " (ar)"));
        assertTrue(Pattern.compile("<html[^>]*dir=\"rtl\"").matcher(arabic).find());
    }

    @Test
    void aWrongKeyIsSaidAtTheFieldInThePagesLanguageAndTheRightOneEnrols() {
        JsonObject seed = seed();
        String course = "/training/" + seed.getString("keySlug");
        Http learner = new Http();
        String token = signIn(learner, seed.getJsonNumber("otherId").longValue());
        assertTrue(learner.get(course).body().contains("name=\"key\""), "the key field");

        HttpResponse<String> wrong = learner.postForm(course + "?lang=en", Map.of("formToken", token, "key", "not-the-key"));
        assertEquals(200, wrong.statusCode());
        assertTrue(wrong.body().contains(Bundles.text("en", "training.refused.wrongKey")), wrong.body());
        assertTrue(wrong.body().contains("aria-invalid=\"true\""));
        HttpResponse<String> none = learner.postForm(course, Map.of("formToken", token, "key", ""));
        assertTrue(none.body().contains("id=\"acc-key-error\""), none.body());

        HttpResponse<String> right = learner.postForm(course, Map.of("formToken", token, "key", seed.getString("key")));
        assertEquals(303, right.statusCode(), right::body);
    }

    @Test
    void theApiListsPublishedCoursesWithTheirOutlineAndHidesDrafts() {
        JsonObject seed = seed();
        long id = seed.getJsonNumber("courseId").longValue();
        JsonObject listed = listedInApi("/api/v1/courses?audience=IMMIGRANTS&topic=SETTLING_IN&language=ar&lang=ar", id);
        assertNotNull(listed, "listed");
        assertNull(listedInApi("/api/v1/courses?audience=IMMIGRANTS&topic=SETTLING_IN&language=tr", id), "not in Turkish");
        assertEquals("Курс " + seed.getString("tag") + " (ar)", listed.getString("title"));
        assertEquals("ar", listed.getString("textLanguage"));
        assertEquals("/training/" + seed.getString("slug"), listed.getString("page"));
        assertNull(listedInApi("/api/v1/courses?audience=PROFESSIONALS&topic=PRACTICE", seed.getJsonNumber("draftId").longValue()),
                "a draft is not listed");

        JsonObject outline = anonymous.getJson("/api/v1/courses/" + id + "?lang=en");
        assertEquals("Курс " + seed.getString("tag") + " (en)", outline.getString("title"));
        assertEquals("Удостоверение " + seed.getString("tag") + " en", outline.getString("certificateText"));
        JsonArray modules = outline.getJsonArray("modules");
        assertEquals(2, modules.size());
        assertEquals(2, modules.getJsonObject(1).getJsonArray("lessons").size());
        assertEquals("Урок 2.1 " + seed.getString("tag") + " (en)",
                modules.getJsonObject(1).getJsonArray("lessons").getJsonObject(0).getString("title"));
        assertFalse(outline.toString().contains("Текст на урок"), "the lessons' texts are for learners");

        assertProblem(anonymous.get("/api/v1/courses/" + seed.getJsonNumber("draftId").longValue()), 404);
        assertProblem(anonymous.get("/api/v1/courses/999999999"), 404);
        assertBadParameter(anonymous.get("/api/v1/courses?audience=EVERYONE"), "audience");
        assertBadParameter(anonymous.get("/api/v1/courses?language=de"), "language");
        String openApi = anonymous.get("/openapi").body();
        assertTrue(openApi.contains("/api/v1/courses") && openApi.contains("/api/v1/courses/{id}"), "documented");
    }
}
