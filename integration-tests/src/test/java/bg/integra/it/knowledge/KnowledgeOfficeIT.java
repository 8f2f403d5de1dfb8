package bg.integra.it.knowledge;

import bg.integra.it.BackOffice;
import bg.integra.it.Bundles;
import bg.integra.it.Http;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The knowledge base's back-office pages over HTTP, as a browser without JavaScript uses them: who reaches which page
 * and item (a member its organisation's items and not the review, an editor every member's and the review, a
 * coordinator none of it), an editor's new item for the member picked (never one the picker did not offer), and a
 * save over someone else's save, which is the conflict message on the page.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class KnowledgeOfficeIT {

    private final Http http = new Http();

    private JsonObject seed() {
        HttpResponse<String> r = http.postForm("/test-support/knowledge", Map.of("accounts", "true"));
        assertEquals(200, r.statusCode(), r.body());
        return Http.json(r);
    }

    @Test
    void aMemberReachesItsOwnItemsButNeitherAnotherMembersNorTheReview() {
        JsonObject seed = seed();
        String tag = seed.getString("tag");
        long own = seed.getJsonObject("practices").getJsonNumber("draft").longValue();
        long other = seed.getJsonNumber("otherPractice").longValue();
        BackOffice member = new BackOffice().signInOrFail(seed.getString("member"), seed.getString("password"));

        HttpResponse<String> list = member.get("/admin/knowledge/index.xhtml");
        assertEquals(200, list.statusCode());
        String text = BackOffice.text(list.body());
        assertTrue(text.contains("Практика " + tag + " чернова"), "the member's own draft is listed");
        assertFalse(text.contains("Чужда практика " + tag), "another member's is not");
        assertFalse(list.body().contains("/admin/knowledge/review.xhtml"), "no way to the review");

        HttpResponse<String> form = member.get("/admin/knowledge/practice.xhtml?id=" + own);
        assertEquals(200, form.statusCode());
        assertEquals("Практика " + tag + " чернова", BackOffice.Form.parse(form.body(), "form").get("form:title_bg"));
        long initiative = seed.getJsonObject("initiatives").getJsonNumber("draft").longValue();
        HttpResponse<String> initiativeForm = member.get("/admin/knowledge/initiative.xhtml?id=" + initiative);
        assertEquals(200, initiativeForm.statusCode());
        assertEquals("Инициатива " + tag + " чернова", BackOffice.Form.parse(initiativeForm.body(), "form").get("form:title_bg"));
        assertTrue(BackOffice.text(member.get("/admin/knowledge/index.xhtml?kind=INITIATIVE").body())
                .contains("Инициатива " + tag + " чернова"), "the member's initiatives are listed");
        for (String path : List.of("/admin/knowledge/practice.xhtml?id=" + other, "/admin/knowledge/practice.xhtml?id=x",
                "/admin/knowledge/practice.xhtml?id=999999999999", "/admin/knowledge/case.xhtml?id=" + own + "999",
                "/admin/knowledge/review.xhtml", "/admin/knowledge/review.xhtml?kind=PRACTICE&id=" + own)) {
            HttpResponse<String> refused = member.get(path);
            assertEquals(404, refused.statusCode(), path);
            assertFalse(refused.body().contains("Exception"), path);
        }

        BackOffice editor = new BackOffice().signInOrFail(seed.getString("editor"), seed.getString("password"));
        assertEquals(200, editor.get("/admin/knowledge/review.xhtml").statusCode());
        HttpResponse<String> others = editor.get("/admin/knowledge/practice.xhtml?id=" + other);
        assertEquals(200, others.statusCode());
        assertTrue(BackOffice.text(others.body()).contains("Друг член " + tag), "the editor sees whose it is");
        HttpResponse<String> opened = editor.get("/admin/knowledge/review.xhtml?kind=PRACTICE&id=" + own);
        assertEquals(200, opened.statusCode());
        assertTrue(BackOffice.text(opened.body()).contains("Цели на Практика " + tag + " чернова"), "every text, read only");

        JsonObject coordinator = new Http().seed();
        BackOffice staff = new BackOffice().signInOrFail(coordinator.getString("username"), coordinator.getString("password"));
        for (String path : List.of("/admin/knowledge/index.xhtml", "/admin/knowledge/initiative.xhtml", "/admin/knowledge/measure.xhtml")) {
            assertEquals(404, staff.get(path).statusCode(), "a coordinator is no member of the network: " + path);
        }
    }

    @Test
    void aSolvedForumTopicBecomesAMembersCaseDraftInOneStep() {
        JsonObject seed = seed();
        String tag = seed.getString("tag");
        // a topic of the forum: its first post by "member", two replies by "basic", the second marked as the solution
        JsonObject topic = Http.json(http.postForm("/test-support/forum", Map.of("replies", "2", "solution", "3")));
        JsonObject unsolved = Http.json(http.postForm("/test-support/forum", Map.of("replies", "1")));
        String forumTag = topic.getString("tag");
        BackOffice member = new BackOffice().signInOrFail(seed.getString("member"), seed.getString("password"));
        String page = "/admin/knowledge/case.xhtml?fromTopic=" + topic.getJsonNumber("topicId");

        // on the portal, the solved topic offers the step to a staff member signed in there, and to nobody else
        Http portal = new Http();
        Matcher token = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"").matcher(portal.get("/account/sign-in").body());
        assertTrue(token.find(), "the sign-in form's token");
        HttpResponse<String> signedIn = portal.postForm("/account/sign-in", Map.of("formToken", token.group(1),
                "login", seed.getString("member"), "password", seed.getString("password")));
        assertEquals(303, signedIn.statusCode(), signedIn.body());
        String link = "href=\"" + page + "\" id=\"forum-to-case\"";
        assertTrue(portal.get("/forum/t/" + topic.getString("topicPath")).body().contains(link), "the step, for staff");
        assertFalse(portal.get("/forum/t/" + unsolved.getString("topicPath")).body().contains("forum-to-case"), "not on an unsolved topic");
        assertFalse(http.get("/forum/t/" + topic.getString("topicPath")).body().contains("forum-to-case"), "nor for a reader");

        HttpResponse<String> opened = member.get(page);
        assertEquals(200, opened.statusCode());
        BackOffice.Form form = BackOffice.Form.parse(opened.body(), "form");
        assertEquals("Тема за теста " + forumTag, form.get("form:title_bg"), "the topic's title");
        assertEquals("Въпрос в темата Тема за теста " + forumTag, form.get("form:question_bg"), "its first post as the question");
        assertEquals("Отговор 2 в темата Тема за теста " + forumTag, form.get("form:actions_bg"), "the solution as the actions");
        assertTrue(opened.body().contains("href=\"/forum/t/" + topic.getString("topicPath") + "\""), "a link to the topic");

        form.set("form:area_input", "EDUCATION").set("form:title_bg", "Казус от форума " + tag);
        HttpResponse<String> saved = form.submit(member.http(), form.button(":save"));
        assertTrue(BackOffice.isRedirect(saved), saved.statusCode() + " " + BackOffice.text(saved.body()));
        BackOffice.Form stored = BackOffice.Form.parse(member.get(BackOffice.location(saved)).body(), "form");
        assertEquals("Казус от форума " + tag, stored.get("form:title_bg"));
        assertEquals("Отговор 2 в темата Тема за теста " + forumTag, stored.get("form:actions_bg"), "stored as a draft of the member's");
        assertTrue(BackOffice.text(member.get("/admin/knowledge/index.xhtml?kind=CASE").body()).contains("Казус от форума " + tag));

        for (String missing : List.of("?fromTopic=" + unsolved.getJsonNumber("topicId"), "?fromTopic=999999999", "?fromTopic=x")) {
            assertEquals(404, member.get("/admin/knowledge/case.xhtml" + missing).statusCode(), "not a solved topic: " + missing);
        }
    }

    @Test
    void anEditorWritesANewItemForTheMemberPickedAndForNoneThatWasNotOffered() {
        JsonObject seed = seed();
        String tag = seed.getString("tag");
        long other = seed.getJsonNumber("otherMemberId").longValue();
        BackOffice editor = new BackOffice().signInOrFail(seed.getString("editor"), seed.getString("password"));
        String page = "/admin/knowledge/case.xhtml?organisation=" + other;

        // a number the picker never offered (here: another member than the one the page was opened for) is refused
        BackOffice.Form forged = BackOffice.Form.parse(editor.get(page).body(), "form");
        assertEquals(String.valueOf(other), forged.get("form:organisation_hinput"), "the member of the address, picked");
        forged.set("form:organisation_hinput", String.valueOf(seed.getJsonNumber("organisationId").longValue()));
        forged.set("form:area_input", "HEALTH").set("form:title_bg", "Подправен казус " + tag);
        HttpResponse<String> refused = forged.submit(editor.http(), forged.button(":save"));
        assertEquals(200, refused.statusCode());
        assertTrue(BackOffice.text(refused.body()).contains(Bundles.text("bg", "bo.notOffered")), BackOffice.text(refused.body()));

        BackOffice.Form form = BackOffice.Form.parse(editor.get(page).body(), "form");
        form.set("form:area_input", "HEALTH").set("form:title_bg", "Казус на друг член " + tag);
        HttpResponse<String> saved = form.submit(editor.http(), form.button(":save"));
        assertTrue(BackOffice.isRedirect(saved), saved.statusCode() + " " + BackOffice.text(saved.body()));
        String made = BackOffice.text(editor.get(BackOffice.location(saved)).body());
        assertTrue(made.contains("Друг член " + tag), "written for the member picked: " + made);
        assertFalse(BackOffice.text(editor.get("/admin/knowledge/index.xhtml?kind=CASE").body()).contains("Подправен казус " + tag));
    }

    @Test
    void aSaveOverAnotherSaveShowsTheConflictAndKeepsWhatWasTyped() {
        JsonObject seed = seed();
        String tag = seed.getString("tag");
        long id = seed.getJsonObject("practices").getJsonNumber("draft").longValue();
        BackOffice member = new BackOffice().signInOrFail(seed.getString("member"), seed.getString("password"));
        String page = "/admin/knowledge/practice.xhtml?id=" + id;
        BackOffice.Form first = BackOffice.Form.parse(member.get(page).body(), "form");
        BackOffice.Form second = BackOffice.Form.parse(member.get(page).body(), "form");

        first.set("form:title_bg", "Първа промяна " + tag);
        HttpResponse<String> saved = first.submit(member.http(), first.button(":save"));
        assertEquals(200, saved.statusCode());
        assertTrue(BackOffice.text(saved.body()).contains(Bundles.text("bg", "bo.saved")), BackOffice.text(saved.body()));

        second.set("form:title_bg", "Втора промяна " + tag);
        HttpResponse<String> refused = second.submit(member.http(), second.button(":save"));
        assertEquals(200, refused.statusCode(), "the page again, not an error page");
        assertTrue(BackOffice.text(refused.body()).contains(Bundles.text("bg", "conflict.stale")), BackOffice.text(refused.body()));
        assertEquals("Втора промяна " + tag, BackOffice.Form.parse(refused.body(), "form").get("form:title_bg"), "what was typed stays");
        assertEquals("Първа промяна " + tag, BackOffice.Form.parse(member.get(page).body(), "form").get("form:title_bg"));
    }
}
