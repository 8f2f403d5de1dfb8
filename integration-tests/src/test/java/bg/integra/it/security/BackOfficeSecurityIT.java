package bg.integra.it.security;

import bg.integra.it.BackOffice;
import bg.integra.it.Http;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sign-in and the roles of the back-office over real HTTP, as a browser without JavaScript uses them.
 * <p>
 * Deliberate sign-in failures count towards the per-address LoginThrottle (20 failures in 15 minutes from
 * 127.0.0.1, shared by every test of the server run). This class makes exactly ONE deliberate failure
 * ({@link #aWrongPasswordShowsTheFailureMessageAndGivesNoAccess}); keep the whole suite well under 20.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class BackOfficeSecurityIT {

    private static final String FAILED_BG =
            "Грешно потребителско име или парола, или профилът е временно заключен след няколко неуспешни опита.";

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() {
        Http anonymous = new Http();
        for (String page : List.of("/admin/index.xhtml", "/admin/projects/edit.xhtml?id=1", "/admin/accounts/list.xhtml")) {
            HttpResponse<String> r = anonymous.get(page);
            assertEquals(302, r.statusCode(), page);
            assertEquals(BackOffice.LOGIN_PAGE, BackOffice.location(r), page);
        }
    }

    @Test
    void theAdministratorSignsInThroughTheLoginFormAndSeesTheBackOffice() {
        BackOffice admin = new BackOffice();
        assertEquals(302, admin.get("/admin/index.xhtml").statusCode(), "not signed in yet");

        HttpResponse<String> r = admin.signIn(BackOffice.ADMIN, BackOffice.adminPassword());
        assertTrue(BackOffice.isRedirect(r), "a successful sign-in redirects: " + r.statusCode());
        assertEquals("/admin/index.xhtml", BackOffice.location(r));

        HttpResponse<String> index = admin.get("/admin/index.xhtml");
        assertEquals(200, index.statusCode());
        assertTrue(BackOffice.text(index.body()).contains("admin"), "the header names the user");
        assertEquals("no-store", index.headers().firstValue("Cache-Control").orElse(null), "staff pages are never stored");
        assertEquals(200, admin.get("/admin/accounts/list.xhtml").statusCode());
    }

    @Test
    void aWrongPasswordShowsTheFailureMessageAndGivesNoAccess() {
        // the one deliberate failure of this class (see the class comment on the LoginThrottle)
        BackOffice visitor = new BackOffice();
        HttpResponse<String> r = visitor.signIn(BackOffice.ADMIN, "not-the-password-" + System.nanoTime());
        assertEquals(200, r.statusCode(), "the login page answers again");
        assertTrue(BackOffice.text(r.body()).contains(FAILED_BG), "the failure message is shown");

        // Regression: with Soteria's form mechanism a failure left a mark in the session, and every back-office
        // page then answered an empty 200 instead of this redirect.
        HttpResponse<String> index = visitor.get("/admin/index.xhtml");
        assertEquals(302, index.statusCode(), () -> "sent to sign in again, not " + index.headers().map() + " " + index.body());
        assertEquals(BackOffice.LOGIN_PAGE, BackOffice.location(index));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndChangesAtSignIn() {
        Http http = new Http();
        HttpResponse<String> login = http.get(BackOffice.LOGIN_PAGE);
        String before = sessionCookie(login);
        assertTrue(before.toLowerCase().contains("httponly"), before);

        HttpResponse<String> signedIn = new BackOffice(http).signIn(BackOffice.ADMIN, BackOffice.adminPassword());
        assertTrue(BackOffice.isRedirect(signedIn));
        String after = sessionCookie(signedIn);
        assertTrue(after.toLowerCase().contains("httponly"), after);
        assertNotEquals(cookieValue(before), cookieValue(after), "a new session id after signing in (no fixation)");
    }

    @Test
    void aCoordinatorEditsOnlyTheirOwnOrganisationsProjectsAndNeverTheAccounts() {
        JsonObject seeded = new Http().seed();
        BackOffice coordinator = new BackOffice().signInOrFail(seeded.getString("username"), seeded.getString("password"));

        HttpResponse<String> own = coordinator.get("/admin/projects/edit.xhtml?id=" + seeded.getInt("projectId"));
        assertEquals(200, own.statusCode());
        assertEquals("Проект " + seeded.getString("tag"),
                BackOffice.Form.parse(own.body(), "form").get("form:title_bg"));

        assertEquals(404, coordinator.get("/admin/projects/edit.xhtml?id=" + seeded.getInt("otherProjectId")).statusCode());
        assertEquals(404, coordinator.get("/admin/accounts/list.xhtml").statusCode());
        assertEquals(200, coordinator.get("/admin/index.xhtml").statusCode(), "still signed in");
    }

    @Test
    void aRecordThatIsMissingOrAnotherOrganisationsIsTheNotFoundPageOnEveryBackOfficePage() {
        JsonObject seeded = new Http().seed();
        BackOffice coordinator = new BackOffice().signInOrFail(seeded.getString("username"), seeded.getString("password"));
        long other = seeded.getInt("otherProjectId");
        long missing = 999_999_999_999L;
        for (String path : List.of("/admin/projects/edit.xhtml?id=" + other, "/admin/projects/dashboard.xhtml?id=" + other,
                "/admin/projects/checklist.xhtml?id=" + other, "/admin/materials/list.xhtml?project=" + other,
                "/admin/materials/edit.xhtml?project=" + other, "/admin/materials/edit.xhtml?id=" + missing,
                "/admin/projects/edit.xhtml?id=" + missing, "/admin/content/edit.xhtml?id=" + missing,
                "/admin/events/attendance.xhtml?event=" + missing)) {
            HttpResponse<String> answer = coordinator.get(path);
            assertEquals(404, answer.statusCode(), path);
            assertFalse(answer.body().contains("Exception"), path + ": " + answer.body());
        }
        BackOffice admin = new BackOffice().signInOrFail(BackOffice.ADMIN, BackOffice.adminPassword());
        HttpResponse<String> organisation = admin.get("/admin/organisations/edit.xhtml?id=" + missing);
        assertEquals(404, organisation.statusCode());
        assertFalse(organisation.body().contains("Exception"), organisation.body());
        assertEquals(200, coordinator.get("/admin/index.xhtml").statusCode(), "still signed in");
    }

    @Test
    void afterSigningInTheVisitorIsBackOnThePageTheyAskedFor() {
        JsonObject seeded = new Http().seed();
        String asked = "/admin/projects/edit.xhtml?id=" + seeded.getInt("projectId");
        BackOffice coordinator = new BackOffice();
        HttpResponse<String> refused = coordinator.get(asked);
        assertEquals(302, refused.statusCode());
        assertEquals(BackOffice.LOGIN_PAGE, BackOffice.location(refused));

        HttpResponse<String> signedIn = coordinator.signIn(seeded.getString("username"), seeded.getString("password"));
        assertTrue(BackOffice.isRedirect(signedIn), "a successful sign-in redirects: " + signedIn.statusCode());
        assertEquals(asked, BackOffice.location(signedIn));
        assertEquals(200, coordinator.get(asked).statusCode());

        // the address is used once: the next sign-in in a new session goes to the back-office's start page
        BackOffice again = new BackOffice();
        assertEquals("/admin/index.xhtml", BackOffice.location(again.signIn(seeded.getString("username"), seeded.getString("password"))));
    }

    /**
     * With Jakarta Security's form mechanism Payara sometimes lost a signed-in user's roles for a request (Payara
     * issue #6145) and answered 403 for a page they may see: PublicityMaterialIT's coordinator got it on every run
     * on the http threads that had just run in-container tests. {@code StaffAuthModule} names the roles itself on each
     * request; this checks that they hold with many requests of one session at once.
     */
    @Test
    void aSignedInCoordinatorKeepsTheirRoleOnEveryRequestOfTheSession() throws Exception {
        JsonObject seeded = new Http().seed();
        BackOffice coordinator = new BackOffice().signInOrFail(seeded.getString("username"), seeded.getString("password"));
        String page = "/admin/projects/edit.xhtml?id=" + seeded.getInt("projectId");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 80; i++) answers.add(pool.submit(() -> coordinator.get(page).statusCode()));
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (var answer : answers) statuses.merge(answer.get(), 1, Integer::sum);
            assertEquals(Map.of(200, 80), statuses, "status codes of 80 requests, 8 at a time");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCoordinatorCannotSaveAnotherOrganisationsProject() {
        JsonObject seeded = new Http().seed();
        int otherId = seeded.getInt("otherProjectId");
        String otherTitle = "Чужд проект " + seeded.getString("tag");
        BackOffice coordinator = new BackOffice().signInOrFail(seeded.getString("username"), seeded.getString("password"));

        // The coordinator can only get a form of their own project; they post it, with a title of their choosing,
        // to the edit page of the other organisation's project. Without a view of that page the post is a first
        // visit of it, which is refused as not found.
        HttpResponse<String> own = coordinator.get("/admin/projects/edit.xhtml?id=" + seeded.getInt("projectId"));
        BackOffice.Form form = BackOffice.Form.parse(own.body(), "form");
        form.set("form:title_bg", "Присвоен " + seeded.getString("tag"));
        form.remove("jakarta.faces.ViewState");
        HttpResponse<String> r = form.submitTo(coordinator.http(), "/admin/projects/edit.xhtml?id=" + otherId,
                form.button(":save"));
        assertEquals(404, r.statusCode());

        JsonObject other = Http.json(new Http().get("/api/v1/projects/" + otherId));
        assertEquals(otherTitle, other.getJsonObject("title").getString("bg"), "the other project is unchanged");
    }

    @Test
    void theAdministratorMayOpenAnyOrganisationsProject() {
        JsonObject seeded = new Http().seed();
        BackOffice admin = new BackOffice().signInAsAdmin();
        HttpResponse<String> r = admin.get("/admin/projects/edit.xhtml?id=" + seeded.getInt("otherProjectId"));
        assertEquals(200, r.statusCode());
        assertEquals("Чужд проект " + seeded.getString("tag"), BackOffice.Form.parse(r.body(), "form").get("form:title_bg"));
        assertFalse(BackOffice.text(r.body()).contains(FAILED_BG));
    }

    private static String sessionCookie(HttpResponse<?> r) {
        return r.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No JSESSIONID cookie set: " + r.headers().map()));
    }

    private static String cookieValue(String setCookie) {
        return setCookie.substring("JSESSIONID=".length(), setCookie.indexOf(';') < 0 ? setCookie.length() : setCookie.indexOf(';'));
    }
}
