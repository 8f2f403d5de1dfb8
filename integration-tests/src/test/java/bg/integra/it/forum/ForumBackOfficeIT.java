package bg.integra.it.forum;

import bg.integra.it.BackOffice;
import bg.integra.it.Http;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The forum's back-office over HTTP: a moderator finds a held post in the queue, opens it and approves it (then the
 * API shows it); the categories are the administrators' (a moderator neither sees the link nor opens the page), and
 * a coordinator does not learn that the forum's pages exist.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ForumBackOfficeIT {

    @Test
    void aModeratorApprovesAHeldPostFromTheQueue() {
        Http http = new Http();
        HttpResponse<String> seeded = http.postForm("/test-support/forum-staff", Map.of());
        assertEquals(200, seeded.statusCode(), seeded::body);
        JsonObject seed = Http.json(seeded);
        long held = seed.getJsonNumber("heldId").longValue();

        String topicAnswer = "/api/v1/forum/topics/" + seed.getJsonNumber("topicId").longValue();
        assertEquals(2, http.getJson(topicAnswer).getJsonObject("posts").getInt("totalItems"), "the held reply is not shown");

        BackOffice moderator = new BackOffice().signInOrFail(seed.getString("moderator"), seed.getString("password"));
        HttpResponse<String> queue = moderator.get("/admin/forum/index.xhtml");
        assertEquals(200, queue.statusCode());
        String menu = BackOffice.text(moderator.get("/admin/index.xhtml").body());
        assertTrue(menu.contains("/admin/forum/index.xhtml"), "the menu leads to the forum");
        assertFalse(queue.body().contains("/admin/forum/categories.xhtml"), "no link to the administrators' categories");
        assertEquals(404, moderator.get("/admin/forum/categories.xhtml").statusCode());

        HttpResponse<String> page = moderator.get("/admin/forum/post.xhtml?id=" + held);
        assertEquals(200, page.statusCode());
        String text = BackOffice.text(page.body());
        assertTrue(text.contains(seed.getString("heldText")) && text.contains(seed.getString("topicTitle")), text);
        assertTrue(text.contains("Задържана"), "its status");

        // meanwhile the same moderator hides it in another window: the first window's decision is on a stale copy
        BackOffice other = new BackOffice().signInOrFail(seed.getString("moderator"), seed.getString("password"));
        BackOffice.Form hide = BackOffice.Form.parse(other.get("/admin/forum/post.xhtml?id=" + held).body(), "post");
        HttpResponse<String> hidden = hide.set("post:reason", "Проверка").submit(other.http(), hide.button(":hide"));
        assertTrue(BackOffice.text(hidden.body()).contains("Публикацията е скрита."), hidden::body);
        BackOffice.Form stale = BackOffice.Form.parse(page.body(), "post");
        HttpResponse<String> conflict = stale.submit(moderator.http(), stale.button(":approve"));
        String refused = BackOffice.text(conflict.body());
        assertTrue(refused.contains("Някой друг е променил записа"), refused);
        assertTrue(refused.contains("Скрита"), "the page shows the post as it is now");

        BackOffice.Form now = BackOffice.Form.parse(conflict.body(), "post");
        HttpResponse<String> approved = now.submit(moderator.http(), now.button(":approve"));
        assertEquals(200, approved.statusCode());
        assertTrue(BackOffice.text(approved.body()).contains("Публикацията е одобрена."), approved::body);

        JsonObject topic = http.getJson(topicAnswer);
        assertEquals(3, topic.getJsonObject("posts").getInt("totalItems"), "the approved reply is shown: the kept answer was dropped");
        assertEquals(404, moderator.get("/admin/forum/post.xhtml?id=999999999").statusCode());
    }

    @Test
    void theCategoriesAreTheAdministratorsAndACoordinatorSeesNoForum() {
        Http http = new Http();
        JsonObject seed = Http.json(http.postForm("/test-support/forum-staff", Map.of()));
        BackOffice admin = new BackOffice().signInAsAdmin();
        HttpResponse<String> categories = admin.get("/admin/forum/categories.xhtml");
        assertEquals(200, categories.statusCode());
        assertTrue(categories.body().contains("/forum/c/vaprosi-za-prebivavane"), "the demo categories are listed");
        assertTrue(admin.get("/admin/forum/index.xhtml").body().contains("/admin/forum/categories.xhtml"));

        // a new category through the form: a taken address is refused at its field, a free one is saved
        String slug = "kategoria-" + seed.getString("coordinator").substring("coord-".length());
        BackOffice.Form form = BackOffice.Form.parse(categories.body(), "category");
        form.set("category:slug", "vaprosi-za-prebivavane").set("category:name_bg", "Категория " + slug)
                .set("category:name_en", "Category " + slug).set("category:description_bg", "За теста");
        HttpResponse<String> taken = form.submit(admin.http(), form.button(":save"));
        assertTrue(BackOffice.text(taken.body()).contains("Вече е заето от друг."), taken::body);
        BackOffice.Form again = BackOffice.Form.parse(taken.body(), "category");
        HttpResponse<String> saved = again.set("category:slug", slug).submit(admin.http(), again.button(":save"));
        assertTrue(BackOffice.text(saved.body()).contains("Записът е запазен."), saved::body);
        String listed = http.get("/api/v1/forum/categories?lang=en").body();
        assertTrue(listed.contains("\"slug\":\"" + slug + "\"") && listed.contains("Category " + slug), listed);

        BackOffice coordinator = new BackOffice().signInOrFail(seed.getString("coordinator"), seed.getString("password"));
        assertEquals(404, coordinator.get("/admin/forum/index.xhtml").statusCode());
        assertEquals(404, coordinator.get("/admin/forum/post.xhtml?id=" + seed.getJsonNumber("heldId").longValue()).statusCode());
        assertFalse(coordinator.get("/admin/index.xhtml").body().contains("/admin/forum/"), "no menu entry");
    }
}
