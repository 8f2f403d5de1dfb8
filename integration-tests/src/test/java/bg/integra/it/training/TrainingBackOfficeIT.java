package bg.integra.it.training;

import bg.integra.it.BackOffice;
import bg.integra.it.Http;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The training's back-office over HTTP: a trainer finds their organisation's courses in the menu and the list, opens
 * a course, its outline, a lesson and its learners, saves a new title (the API shows it) and meets the conflict
 * message with a stale copy; another organisation's course is not found, and a moderator does not see the training.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class TrainingBackOfficeIT {

    private final Http http = new Http();

    private JsonObject seed() {
        HttpResponse<String> r = http.postForm("/test-support/training", Map.of());
        assertEquals(200, r.statusCode(), r::body);
        return Http.json(r);
    }

    @Test
    void aTrainerKeepsTheirOrganisationsCoursesAndMeetsAnotherEditorsSave() {
        JsonObject seed = seed();
        String tag = seed.getString("tag");
        long id = seed.getJsonNumber("courseId").longValue();
        BackOffice trainer = new BackOffice().signInOrFail(seed.getString("trainer"), seed.getString("staffPassword"));
        assertTrue(trainer.get("/admin/index.xhtml").body().contains("/admin/training/index.xhtml"), "the menu leads to the training");

        String list = BackOffice.text(trainer.get("/admin/training/index.xhtml").body());
        assertTrue(list.contains("Курс " + tag + " (bg)") && list.contains("Курс " + tag + "-draft (bg)"), list);
        assertFalse(list.contains("Първи стъпки в България"), "another organisation's course is not listed");

        HttpResponse<String> editor = trainer.get("/admin/training/course.xhtml?id=" + id);
        assertEquals(200, editor.statusCode());
        String outline = BackOffice.text(trainer.get("/admin/training/outline.xhtml?id=" + id).body());
        assertTrue(outline.contains("Модул 2 " + tag + " (bg)") && outline.contains("Урок 2.2 " + tag + " (bg)"), outline);
        long lesson = seed.getJsonArray("lessons").getJsonNumber(0).longValue();
        assertEquals(200, trainer.get("/admin/training/lesson.xhtml?id=" + lesson).statusCode());
        String learners = BackOffice.text(trainer.get("/admin/training/enrolments.xhtml?id=" + id).body());
        assertTrue(learners.contains("Обучаем " + tag) && learners.contains("0 от 4 урока"), learners);

        // two windows on the same course: each page is a view of its own with the course as it read it
        BackOffice.Form stale = BackOffice.Form.parse(editor.body(), "form");
        BackOffice.Form form = BackOffice.Form.parse(trainer.get("/admin/training/course.xhtml?id=" + id).body(), "form");
        HttpResponse<String> saved = form.set(form.nameEndingWith("title_bg"), "Нов курс " + tag).submit(trainer.http(), form.button(":save"));
        assertTrue(BackOffice.text(saved.body()).contains("Записът е запазен."), saved::body);
        assertEquals("Нов курс " + tag, http.getJson("/api/v1/courses/" + id).getString("title"), "the API shows the new title");
        HttpResponse<String> conflict = stale.set(stale.nameEndingWith("title_bg"), "Друг курс " + tag).submit(trainer.http(), stale.button(":save"));
        assertTrue(BackOffice.text(conflict.body()).contains("Някой друг е променил записа"), conflict::body);

        long demo = http.getJson("/api/v1/courses?audience=IMMIGRANTS&language=uk").getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(404, trainer.get("/admin/training/course.xhtml?id=" + demo).statusCode(), "another organisation's course");
        assertEquals(404, trainer.get("/admin/training/enrolments.xhtml?id=" + demo).statusCode());
    }

    @Test
    void aModeratorDoesNotSeeTheTrainingAndAnAdministratorSeesEveryCourse() {
        JsonObject seed = seed();
        JsonObject staff = Http.json(http.postForm("/test-support/forum-staff", Map.of()));
        BackOffice moderator = new BackOffice().signInOrFail(staff.getString("moderator"), staff.getString("password"));
        assertFalse(moderator.get("/admin/index.xhtml").body().contains("/admin/training/"), "no menu entry");
        assertEquals(404, moderator.get("/admin/training/index.xhtml").statusCode());
        assertEquals(404, moderator.get("/admin/training/course.xhtml?id=" + seed.getJsonNumber("courseId").longValue()).statusCode());

        BackOffice admin = new BackOffice().signInAsAdmin();
        assertEquals(200, admin.get("/admin/training/course.xhtml?id=" + seed.getJsonNumber("courseId").longValue()).statusCode());
        assertEquals(200, admin.get("/admin/training/course.xhtml").statusCode(), "a new course's form");
    }
}
