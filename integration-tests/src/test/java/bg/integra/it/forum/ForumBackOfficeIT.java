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
        HttpResponse<String> approved = BackOffice.Form.parse(page.body(), "post").submit(moderator.http(),
                BackOffice.Form.parse(page.body(), "post").button(":approve"));
        assertEquals(200, approved.statusCode());
        assertTrue(BackOffice.text(approved.body()).contains("Публикацията е одобрена."), approved::body);

        JsonObject topic = http.getJson("/api/v1/forum/topics/" + seed.getJsonNumber("topicId").longValue());
        assertEquals(3, topic.getJsonObject("posts").getInt("totalItems"), "the approved reply is shown");
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

        BackOffice coordinator = new BackOffice().signInOrFail(seed.getString("coordinator"), seed.getString("password"));
        assertEquals(404, coordinator.get("/admin/forum/index.xhtml").statusCode());
        assertEquals(404, coordinator.get("/admin/forum/post.xhtml?id=" + seed.getJsonNumber("heldId").longValue()).statusCode());
        assertFalse(coordinator.get("/admin/index.xhtml").body().contains("/admin/forum/"), "no menu entry");
    }
}
