package bg.integra.it.project;

import bg.integra.it.BackOffice;
import bg.integra.it.Bundles;
import bg.integra.it.Http;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two people edit the same project in the back-office at the same time, each in their own session: the first
 * save wins, the second is refused with the stale-record message instead of silently overwriting the first.
 * No deliberate sign-in failures here (see BackOfficeSecurityIT about the LoginThrottle).
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ConcurrentProjectEditIT {

    @Test
    void theSecondSaveOfTheSameVersionIsRefusedAndTheFirstIsKept() throws IOException {
        JsonObject seeded = new Http().seed();
        int id = seeded.getInt("projectId");
        String tag = seeded.getString("tag");
        String page = "/admin/projects/edit.xhtml?id=" + id;

        BackOffice first = new BackOffice().signInAsAdmin();
        BackOffice second = new BackOffice().signInAsAdmin();
        HttpResponse<String> firstPage = first.get(page);
        HttpResponse<String> secondPage = second.get(page);
        assertEquals(200, firstPage.statusCode());
        assertEquals(200, secondPage.statusCode());
        BackOffice.Form firstForm = BackOffice.Form.parse(firstPage.body(), "form");
        BackOffice.Form secondForm = BackOffice.Form.parse(secondPage.body(), "form");
        assertEquals("Проект " + tag, firstForm.get("form:title_bg"));
        assertEquals("Проект " + tag, secondForm.get("form:title_bg"));

        String firstTitle = "Първа редакция " + tag;
        String secondTitle = "Втора редакция " + tag;
        HttpResponse<String> firstSave = firstForm.set("form:title_bg", firstTitle).submit(first.http(), firstForm.button(":save"));
        assertTrue(BackOffice.isRedirect(firstSave), "the first save redirects: " + firstSave.statusCode() + "\n" + firstSave.body());
        assertEquals(page, BackOffice.location(firstSave));

        HttpResponse<String> secondSave = secondForm.set("form:title_bg", secondTitle).submit(second.http(), secondForm.button(":save"));
        assertEquals(200, secondSave.statusCode(), "the second save answers the page again");
        String shown = BackOffice.text(secondSave.body());
        assertTrue(shown.contains(message("conflict.stale")), "the stale-record message is shown:\n" + shown);
        assertFalse(shown.contains(message("bo.saved")), "and no confirmation");

        JsonObject stored = Http.json(new Http().get("/api/v1/projects/" + id));
        assertEquals(firstTitle, stored.getJsonObject("title").getString("bg"), "the first person's title is kept");

        // the first editor, reloading, sees their own title and the stale-record message is not theirs
        HttpResponse<String> reloaded = first.get(page);
        assertEquals(firstTitle, BackOffice.Form.parse(reloaded.body(), "form").get("form:title_bg"));
    }

    static String message(String key) {
        return Bundles.text("bg", key);
    }
}
