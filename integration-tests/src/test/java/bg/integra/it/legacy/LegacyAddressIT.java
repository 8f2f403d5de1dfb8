package bg.integra.it.legacy;

import bg.integra.it.BackOffice;
import bg.integra.it.Http;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The legacy address table kept in the back-office: an administrator adds a key of the old {@code Main.do}, the
 * old address then redirects; a key entered twice and a target off this site are refused at their fields;
 * nobody but an administrator reaches the page.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class LegacyAddressIT {

    private static final String PAGE = "/admin/legacy/list.xhtml";

    private final Http http = new Http();

    @Test
    void anAdministratorAddsAKeyAndTheOldAddressRedirectsToItsTarget() {
        String key = "9" + Math.abs(System.nanoTime() % 1_000_000) + "-12";
        assertEquals(404, http.get("/Main.do?siteKey=" + key).statusCode(), "unknown before");

        BackOffice admin = new BackOffice().signInAsAdmin();
        HttpResponse<String> saved = add(admin, "siteKey", key, "/projects/1");
        assertEquals(200, saved.statusCode());
        assertTrue(BackOffice.text(saved.body()).contains("Записът е запазен."), saved::body);
        assertTrue(BackOffice.text(saved.body()).contains("/Main.do?siteKey=" + key), "listed");

        HttpResponse<String> redirect = http.get("/Main.do?siteKey=" + key);
        assertEquals(301, redirect.statusCode());
        assertEquals("/projects/1", BackOffice.location(redirect));
        assertEquals(404, http.get("/Main.do?menuItemKey=" + key).statusCode(), "the key belongs to siteKey only");

        HttpResponse<String> menuItem = add(admin, "menuItemKey", key, "/news");
        assertTrue(BackOffice.text(menuItem.body()).contains("Записът е запазен."), "the same key of the other parameter is another address");
        assertEquals("/news", BackOffice.location(http.get("/Main.do?menuItemKey=" + key)));
    }

    @Test
    void aDuplicateKeyIsRefusedAtItsFieldAndTheFirstTargetStays() {
        String key = "dup-" + Math.abs(System.nanoTime() % 1_000_000);
        BackOffice admin = new BackOffice().signInAsAdmin();
        add(admin, "siteKey", key, "/projects/1");

        HttpResponse<String> duplicate = add(admin, "siteKey", key, "/projects/2");
        assertEquals(200, duplicate.statusCode());
        String text = BackOffice.text(duplicate.body());
        assertTrue(fieldMessage(text, "Този ключ вече е въведен."), duplicate::body);
        assertEquals(key, BackOffice.Form.parse(duplicate.body(), "legacy").get("legacy:key"), "what was typed stays");
        assertEquals("/projects/1", BackOffice.location(http.get("/Main.do?siteKey=" + key)), "the first target stays");
    }

    @Test
    void aTargetOffThisSiteIsRefusedAndStoresNothing() {
        String key = "off-" + Math.abs(System.nanoTime() % 1_000_000);
        BackOffice admin = new BackOffice().signInAsAdmin();
        HttpResponse<String> r = add(admin, "siteKey", key, "//evil.example/phish");
        assertEquals(200, r.statusCode());
        assertTrue(fieldMessage(BackOffice.text(r.body()), "Въведете път в този сайт, започващ с една наклонена черта"), r::body);
        assertEquals(404, http.get("/Main.do?siteKey=" + key).statusCode(), "nothing stored");
    }

    @Test
    void onlyAnAdministratorReachesThePage() {
        assertEquals(302, http.get(PAGE).statusCode(), "a visitor is sent to sign in");
        JsonObject seeded = Http.json(http.postForm("/test-support/editor", Map.of()));
        assertEquals(404, new BackOffice().signInOrFail(seeded.getString("editor"), seeded.getString("password")).get(PAGE).statusCode());
        assertEquals(404, new BackOffice().signInOrFail(seeded.getString("coordinator"), seeded.getString("password")).get(PAGE).statusCode());
        assertEquals(200, new BackOffice().signInAsAdmin().get(PAGE).statusCode());
    }

    private static HttpResponse<String> add(BackOffice admin, String parameter, String key, String target) {
        HttpResponse<String> page = admin.get(PAGE);
        assertEquals(200, page.statusCode());
        BackOffice.Form form = BackOffice.Form.parse(page.body(), "legacy");
        form.set("legacy:parameter", parameter);
        form.set("legacy:key", key);
        form.set("legacy:target", target);
        return form.submit(admin.http(), form.button(":save"));
    }

    private static boolean fieldMessage(String text, String message) {
        Matcher m = Pattern.compile("class=\"ui-message[^\"]*ui-message-error[^\"]*\"[^>]*>(.*?)</div>", Pattern.DOTALL).matcher(text);
        while (m.find()) if (m.group(1).contains(message)) return true;
        return false;
    }
}
