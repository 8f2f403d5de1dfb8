package bg.integra.it.content;

import bg.integra.it.TestFiles;
import bg.integra.it.BackOffice;
import bg.integra.it.Bundles;
import bg.integra.it.Http;
import bg.integra.it.Multipart;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The content back-office over real HTTP, as a browser without JavaScript posts its forms: an editor writes,
 * publishes and illustrates news; other roles and visitors never reach it; bad uploads and stale edits are
 * refused with a message and leave the stored data as it was.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class BackOfficeContentIT {

    private static final String EDIT_NEWS = "/admin/content/edit.xhtml?type=NEWS";
    private static final String SAVED_BG = "Записът е запазен.";
    private static final String PUBLISHED_BG = "Съдържанието е публикувано.";
    private static final String TOO_LARGE_BG = "Файлът е по-голям от 10 MB.";
    private static final String UNSUPPORTED_BG = "Този вид файл не се приема: качете JPEG, PNG, GIF или PDF (за галерията само изображение).";
    private static final String CONFLICT_BG = "Някой друг е записал това съдържание, докато го редактирахте.";
    private static final Pattern EDIT_ID = Pattern.compile("/admin/content/edit\\.xhtml\\?id=(\\d+)");

    private final Http http = new Http();

    @Test
    void anEditorWritesADraftPublishesItAndTheNewsServiceThenShowsIt() {
        JsonObject seeded = seedEditor();
        BackOffice editor = signIn(seeded.getString("editor"), seeded.getString("password"));
        String title = "Семинар в Хасково " + seeded.getString("tag");

        long id = createDraft(editor, title, "<p>Програма на <strong>семинара</strong>.</p><script>alert(1)</script>",
                seeded.getInt("projectId"));
        JsonObject draft = inspect(id);
        assertEquals("DRAFT", draft.getJsonObject("content").getString("status"));
        assertEquals(seeded.getInt("projectId"), draft.getJsonObject("content").getInt("project"));
        String body = draft.getJsonObject("content").getJsonObject("texts").getJsonObject("bg").getString("body");
        assertTrue(body.contains("<strong>семинара</strong>"), body);
        assertFalse(body.contains("script"), "the body is sanitised: " + body);
        assertFalse(draft.getBoolean("publicNews"), "a draft is not public");
        String slug = draft.getJsonObject("content").getString("slug");
        boolean portalPages = http.get("/news").statusCode() == 200; // the public news pages come from another branch
        if (portalPages) assertEquals(404, http.get("/news/" + slug).statusCode(), "a draft has no public page");

        HttpResponse<String> page = editor.get("/admin/content/edit.xhtml?id=" + id);
        assertEquals(200, page.statusCode());
        assertTrue(BackOffice.text(page.body()).contains("Чернова"), "the page shows the status");
        HttpResponse<String> published = Multipart.submit(editor.http(), page.body(), form(page), button(page, ":publish"));
        assertEquals(200, published.statusCode(), published::body);
        assertTrue(BackOffice.text(published.body()).contains(PUBLISHED_BG), published::body);

        JsonObject after = inspect(id);
        assertEquals("PUBLISHED", after.getJsonObject("content").getString("status"));
        assertTrue(after.getBoolean("publicNews"), "the public news service finds it by its address");
        if (portalPages) assertEquals(200, http.get("/news/" + slug).statusCode());
    }

    @Test
    void visitorsNeverReachTheContentPagesCoordinatorsOnlyTheirEventsAndEditorsNothingElse() {
        JsonObject seeded = seedEditor();
        for (String path : List.of("/admin/content/list.xhtml", EDIT_NEWS)) {
            HttpResponse<String> anonymous = http.get(path);
            assertEquals(302, anonymous.statusCode(), path);
            assertEquals(BackOffice.LOGIN_PAGE, BackOffice.location(anonymous), path);
        }

        // a coordinator writes their projects' events (CoordinatorEventIT), never news
        BackOffice coordinator = signIn(seeded.getString("coordinator"), seeded.getString("password"));
        assertEquals(404, coordinator.get(EDIT_NEWS).statusCode());
        HttpResponse<String> coordinatorHome = coordinator.get("/admin/index.xhtml");
        assertEquals(200, coordinatorHome.statusCode());
        assertTrue(coordinatorHome.body().contains("/admin/content/list.xhtml"), "the coordinator's menu has their events");
        assertTrue(coordinatorHome.body().contains(Bundles.text("bg", "cnt.menu.events")));

        BackOffice editor = signIn(seeded.getString("editor"), seeded.getString("password"));
        HttpResponse<String> home = editor.get("/admin/index.xhtml");
        assertEquals(200, home.statusCode(), "the dashboard works for an editor");
        assertTrue(home.body().contains("/admin/content/list.xhtml"));
        assertFalse(home.body().contains("/admin/projects/list.xhtml"), "the editor's menu has no projects");
        assertFalse(home.body().contains("/admin/accounts/list.xhtml"));
        assertEquals(200, editor.get("/admin/content/list.xhtml").statusCode());
        for (String path : List.of("/admin/projects/list.xhtml", "/admin/projects/edit.xhtml?id=" + seeded.getInt("projectId"),
                "/admin/organisations/list.xhtml", "/admin/accounts/list.xhtml", "/admin/legacy/list.xhtml")) {
            assertEquals(404, editor.get(path).statusCode(), path);
        }
    }

    @Test
    void anOversizedOrWrongTypeUploadIsRefusedWithAMessageAndNothingIsStored() throws IOException {
        JsonObject seeded = seedEditor();
        BackOffice editor = signIn(seeded.getString("editor"), seeded.getString("password"));
        long id = createDraft(editor, "Снимки " + seeded.getString("tag"), "<p>Галерия</p>", null);
        long filesBefore = inspect(id).getJsonNumber("storedFiles").longValue();

        byte[] oversized = Arrays.copyOf(TestFiles.jpeg(), 10 * 1024 * 1024 + 1); // a real JPEG start, one byte over the limit
        HttpResponse<String> tooLarge = upload(editor, id, "photo.jpg", "image/jpeg", oversized);
        assertEquals(200, tooLarge.statusCode());
        assertFieldMessage(tooLarge.body(), TOO_LARGE_BG);

        byte[] script = "<script>alert('not a picture')</script>".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> wrongType = upload(editor, id, "photo.jpg", "image/jpeg", script);
        assertEquals(200, wrongType.statusCode());
        assertFieldMessage(wrongType.body(), UNSUPPORTED_BG);

        HttpResponse<String> pdfInGallery = upload(editor, id, "scan.jpg", "image/jpeg", TestFiles.minimalPdf());
        assertEquals(200, pdfInGallery.statusCode());
        assertFieldMessage(pdfInGallery.body(), UNSUPPORTED_BG);

        JsonObject after = inspect(id);
        assertEquals(0, after.getJsonObject("content").getInt("gallery"), "no picture was added");
        assertEquals(filesBefore, after.getJsonNumber("storedFiles").longValue(), "no file was stored");

        // the same form takes a real picture, so the checks above would have seen one stored
        HttpResponse<String> accepted = upload(editor, id, "photo.jpg", "image/jpeg", TestFiles.jpeg());
        assertEquals(200, accepted.statusCode());
        assertTrue(BackOffice.text(accepted.body()).contains("Снимката е добавена в галерията."), accepted::body);
        JsonObject stored = inspect(id);
        assertEquals(1, stored.getJsonObject("content").getInt("gallery"));
        assertEquals(filesBefore + 1, stored.getJsonNumber("storedFiles").longValue());
    }

    @Test
    void aStaleEditGivesTheConflictMessageAndKeepsWhatWasTyped() {
        JsonObject seeded = seedEditor();
        BackOffice first = signIn(seeded.getString("editor"), seeded.getString("password"));
        BackOffice second = signIn(seeded.getString("editor"), seeded.getString("password"));
        String title = "Конфликт " + seeded.getString("tag");
        long id = createDraft(first, title, "<p>Начало</p>", null);

        HttpResponse<String> firstPage = first.get("/admin/content/edit.xhtml?id=" + id);
        HttpResponse<String> secondPage = second.get("/admin/content/edit.xhtml?id=" + id);

        BackOffice.Form theirs = form(secondPage);
        theirs.set(theirs.nameEndingWith(":title_bg"), title + " (тяхната)");
        HttpResponse<String> saved = Multipart.submit(second.http(), secondPage.body(), theirs, button(secondPage, ":save"));
        assertTrue(BackOffice.text(saved.body()).contains(SAVED_BG), saved::body);

        BackOffice.Form mine = form(firstPage);
        mine.set(mine.nameEndingWith(":title_bg"), title + " (моята)");
        HttpResponse<String> refused = Multipart.submit(first.http(), firstPage.body(), mine, button(firstPage, ":save"));
        assertEquals(200, refused.statusCode());
        assertTrue(BackOffice.text(refused.body()).contains(CONFLICT_BG), refused::body);
        BackOffice.Form kept = form(refused);
        assertEquals(title + " (моята)", kept.get(kept.nameEndingWith(":title_bg")), "what was typed stays in the form");

        assertEquals(title + " (тяхната)", inspect(id).getJsonObject("content").getJsonObject("texts")
                .getJsonObject("bg").getString("title"), "their save stands");
    }

    @Test
    void aSlugTakenByAnotherItemIsAFieldMessage() {
        JsonObject seeded = seedEditor();
        BackOffice editor = signIn(seeded.getString("editor"), seeded.getString("password"));
        long first = createDraft(editor, "Първа " + seeded.getString("tag"), null, null);
        long second = createDraft(editor, "Втора " + seeded.getString("tag"), null, null);
        String firstSlug = inspect(first).getJsonObject("content").getString("slug");

        HttpResponse<String> page = editor.get("/admin/content/edit.xhtml?id=" + second);
        BackOffice.Form form = form(page);
        form.set(form.nameEndingWith(":slug"), firstSlug);
        HttpResponse<String> r = Multipart.submit(editor.http(), page.body(), form, button(page, ":save"));
        assertEquals(200, r.statusCode());
        assertFieldMessage(r.body(), "Този адрес вече се използва от друго съдържание от същия вид.");
        assertFalse(firstSlug.equals(inspect(second).getJsonObject("content").getString("slug")));
    }

    @Test
    void anUploadOverTheRequestLimitGetsAPageThatSaysSoNotAServerError() throws IOException {
        JsonObject seeded = seedEditor();
        BackOffice editor = signIn(seeded.getString("editor"), seeded.getString("password"));
        long id = createDraft(editor, "Огромен файл " + seeded.getString("tag"), null, null);
        long filesBefore = inspect(id).getJsonNumber("storedFiles").longValue();

        HttpResponse<String> r = upload(editor, id, "huge.jpg", "image/jpeg", Arrays.copyOf(TestFiles.jpeg(), 22 * 1024 * 1024));
        assertEquals(413, r.statusCode());
        assertTrue(BackOffice.text(r.body()).contains("Файлът е твърде голям"), r::body);
        assertEquals(filesBefore, inspect(id).getJsonNumber("storedFiles").longValue(), "nothing stored");
        assertEquals(200, editor.get("/admin/content/edit.xhtml?id=" + id).statusCode(), "the editor goes on working");
    }

    @Test
    void anAdministratorCreatesAnEditorWhoThenReachesTheContentPages() {
        BackOffice admin = new BackOffice().signInAsAdmin();
        HttpResponse<String> page = admin.get("/admin/accounts/list.xhtml");
        assertEquals(200, page.statusCode());
        BackOffice.Form form = BackOffice.Form.parse(page.body(), "create");
        String username = "ed" + Math.abs(System.nanoTime() % 100_000_000);
        form.set("create:username", username);
        form.set("create:displayName", "Редактор " + username);
        form.set(form.nameEndingWith("role_input"), "EDITOR");
        form.set("create:password", "editor-password-" + username);
        HttpResponse<String> created = form.submit(admin.http(), form.button(":createButton"));
        assertEquals(200, created.statusCode());
        assertTrue(BackOffice.text(created.body()).contains("Редактор на съдържание"), "the list shows the new editor's role");

        BackOffice editor = signIn(username, "editor-password-" + username);
        assertEquals(200, editor.get("/admin/content/list.xhtml").statusCode());
        assertEquals(404, editor.get("/admin/projects/list.xhtml").statusCode());
    }

    @Test
    void theProjectPageShowsTheBannerSnippetToPaste() {
        JsonObject seeded = seedEditor();
        BackOffice admin = new BackOffice().signInAsAdmin();
        int projectId = seeded.getInt("projectId");
        HttpResponse<String> page = admin.get("/admin/projects/edit.xhtml?id=" + projectId);
        assertEquals(200, page.statusCode());
        Matcher m = Pattern.compile("<textarea id=\"bannerSnippet\"[^>]*readonly[^>]*>(.*?)</textarea>", Pattern.DOTALL).matcher(page.body());
        assertTrue(m.find(), page::body);
        String snippet = BackOffice.text(m.group(1)).strip();
        assertEquals("<iframe src=\"" + http.baseUrl() + "/banner/" + projectId + "\" width=\"300\" height=\"250\" title=\"Банер на проекта "
                + seeded.getString("projectTitle") + "\" style=\"border:0\" loading=\"lazy\"></iframe>", snippet);
        assertTrue(page.body().contains("<label for=\"bannerSnippet\""), "the snippet has a label");
    }

    // helpers

    private JsonObject seedEditor() {
        HttpResponse<String> r = http.postForm("/test-support/editor", java.util.Map.of());
        assertEquals(200, r.statusCode(), r::body);
        return Http.json(r);
    }

    private static BackOffice signIn(String username, String password) {
        return new BackOffice().signInOrFail(username, password);
    }

    /** Creates a news draft through the form and answers its id. */
    private static long createDraft(BackOffice editor, String title, String body, Integer projectId) {
        HttpResponse<String> page = editor.get(EDIT_NEWS);
        assertEquals(200, page.statusCode(), page::body);
        BackOffice.Form form = form(page);
        form.set(form.nameEndingWith(":title_bg"), title);
        form.set(form.nameEndingWith(":summary_bg"), "Резюме " + title);
        if (body != null) form.set(form.nameEndingWith(":body_bg_input"), body);
        if (projectId != null) form.set(form.nameEndingWith(":project_input"), String.valueOf(projectId));
        HttpResponse<String> r = Multipart.submit(editor.http(), page.body(), form, button(page, ":save"));
        assertEquals(302, r.statusCode(), r::body);
        Matcher m = EDIT_ID.matcher(BackOffice.location(r));
        assertTrue(m.find(), BackOffice.location(r));
        return Long.parseLong(m.group(1));
    }

    private static HttpResponse<String> upload(BackOffice editor, long id, String name, String type, byte[] bytes) {
        HttpResponse<String> page = editor.get("/admin/content/edit.xhtml?id=" + id);
        BackOffice.Form form = form(page);
        form.set(form.nameEndingWith(":pictureAlt"), "Участници в семинара");
        String fileField = Multipart.fileInputs(page.body()).stream().filter(n -> n.contains("picture")).findFirst()
                .orElseThrow(() -> new AssertionError("No picture input"));
        return Multipart.submit(editor.http(), page.body(), form, button(page, ":addPicture"), fileField, name, type, bytes);
    }

    private JsonObject inspect(long id) {
        HttpResponse<String> r = http.get("/test-support/inspect-content?id=" + id);
        assertEquals(200, r.statusCode(), r::body);
        JsonObject answer = Http.json(r);
        assertNotNull(answer.get("content"), "content " + id + " exists");
        return answer;
    }

    private static BackOffice.Form form(HttpResponse<String> page) {
        return BackOffice.Form.parse(page.body(), "form");
    }

    private static String button(HttpResponse<String> page, String suffix) {
        return form(page).button(suffix);
    }

    /** The message is shown next to a field (a PrimeFaces field message), not only at the top. */
    private static void assertFieldMessage(String html, String message) {
        String text = BackOffice.text(html);
        Matcher m = Pattern.compile("class=\"ui-message[^\"]*ui-message-error[^\"]*\"[^>]*>(.*?)</div>", Pattern.DOTALL).matcher(text);
        StringBuilder found = new StringBuilder();
        while (m.find()) {
            if (m.group(1).contains(message)) return;
            found.append(m.group(1)).append('\n');
        }
        throw new AssertionError("No field message '" + message + "'; field messages: " + found + "\n" + html);
    }
}
