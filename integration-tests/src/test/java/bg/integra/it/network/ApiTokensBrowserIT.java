package bg.integra.it.network;

import bg.integra.it.Browser;
import bg.integra.it.Bundles;
import bg.integra.it.Chromium;
import bg.integra.it.Http;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static bg.integra.it.Browser.byId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A member makes an API token in the back-office, in a real browser: the secret is shown once in a dialog, works
 * for a write at once, is nowhere on the page afterwards, the token's last use appears, and once revoked (after a
 * confirmation) the secret is refused. Another member's tokens are the 404 page.
 */
@Tag(Chromium.TAG)
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ApiTokensBrowserIT {

    @RegisterExtension
    static final Chromium browser = new Chromium();

    private final Http http = new Http();
    private Page page;

    @AfterEach
    void closePage() {
        Browser.close(page);
    }

    /** An empty POST with the token: 400 (bad fields) proves it may write, 401 that it is refused. */
    private int tryWrite(String secret) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(http.baseUrl() + "/api/v1/network/locations"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + secret)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        return http.send(request).statusCode();
    }

    @Test
    void aMemberMakesATokenSeesItsSecretOnceAndRevokesIt() {
        HttpResponse<String> r = http.postForm("/test-support/network", Map.of("accounts", "true"));
        assertEquals(200, r.statusCode(), r.body());
        JsonObject seed = Http.json(r);
        String tag = seed.getString("tag");
        page = browser.page(Browser.DESKTOP_WIDTH);
        Browser.signIn(page, seed.getString("member"), seed.getString("password"));

        page.navigate("/admin/network/index.xhtml");
        page.locator(byId("records:tokens")).click();
        page.waitForURL(url -> url.contains("/admin/network/tokens.xhtml"));

        String name = "Сайт " + tag;
        page.locator(byId("tokens:name")).fill(name);
        Browser.chooseItem(page, "tokens:scope", Bundles.text("bg", "tok.scope.WRITE"));
        page.locator(byId("tokens:create")).click();
        Browser.waitForAjax(page);
        Locator dialog = page.locator(byId("tokens:secretDialog"));
        dialog.waitFor();
        assertTrue(dialog.textContent().contains(Bundles.text("bg", "tok.secretHint")), dialog.textContent());
        String secret = page.locator(byId("tokens:secret")).inputValue();
        assertTrue(secret.matches("itk_[0-9a-f]{12}_[A-Za-z0-9_-]{43}"), secret);
        Browser.screenshot(page, "backoffice-api-token-1280");

        assertEquals(400, tryWrite(secret), "a WRITE token may write");
        page.locator(byId("tokens:secretDone")).click();
        Browser.waitUntilClosed(page, dialog);

        // shown once: not on the page again, which now shows the token's public part and its last use
        page.navigate("/admin/network/tokens.xhtml");
        assertFalse(page.content().contains(secret.substring(17)), "the secret is not shown again");
        Locator row = page.locator(byId("tokens:list") + " tbody tr").filter(new Locator.FilterOptions().setHasText(name));
        assertEquals(1, row.count());
        assertTrue(row.textContent().contains(secret.substring(0, 16)), row.textContent());
        assertTrue(row.textContent().contains(Bundles.text("bg", "tok.scope.WRITE")));
        assertFalse(row.textContent().contains(Bundles.text("bg", "tok.neverUsed")), "used once: " + row.textContent());

        row.locator("button").click();
        Locator yes = page.locator(".ui-confirmdialog-yes");
        yes.waitFor();
        yes.click();
        Browser.waitForAjax(page);
        page.locator(".ui-messages-info").first().waitFor();
        row = page.locator(byId("tokens:list") + " tbody tr").filter(new Locator.FilterOptions().setHasText(name));
        assertTrue(row.textContent().contains(Bundles.text("bg", "tok.revoked")), row.textContent());
        assertEquals(0, row.locator("button").count(), "a revoked token has no revoke button");
        assertEquals(401, tryWrite(secret), "a revoked token is refused");

        List<String> actions = http.getJson("/test-support/audit-entries?type=API_TOKEN&id=" + tokenId(seed, name)).getJsonArray("entries")
                .stream().map(JsonValue::asJsonObject).map(e -> e.getString("action") + " " + e.getString("username")).toList();
        assertEquals(List.of("CREATE " + seed.getString("member"), "UPDATE " + seed.getString("member")), actions);

        // another member's tokens are not theirs
        assertEquals(404, page.navigate("/admin/network/tokens.xhtml?organisation=" + seed.getJsonNumber("otherMemberId").longValue()).status());
    }

    private long tokenId(JsonObject seed, String name) {
        return http.getJson("/test-support/api-tokens?organisation=" + seed.getJsonNumber("organisationId").longValue()
                + "&name=" + Http.enc(name)).getJsonNumber("id").longValue();
    }
}
