package bg.integra.it.network;

import bg.integra.it.Browser;
import bg.integra.it.Bundles;
import bg.integra.it.Chromium;
import bg.integra.it.Http;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.text.MessageFormat;
import java.util.Map;

import static bg.integra.it.Browser.byId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A member of the network keeps their organisation's records in the back-office, in a real browser: the page flags
 * the records not checked for a year (B two years ago, C never), "true today" confirms one with the member's name
 * and today's date, and the member reaches neither another member's records nor
 * the projects.
 */
@Tag(Chromium.TAG)
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class DirectoryKeepingBrowserIT {

    @RegisterExtension
    static final Chromium browser = new Chromium();

    private final Http http = new Http();
    private Page page;

    @AfterEach
    void closePage() {
        Browser.close(page);
    }

    @Test
    void aMemberSeesTheRecordsToCheckAndConfirmsOneAndReachesNothingElse() {
        HttpResponse<String> r = http.postForm("/test-support/network", Map.of("accounts", "true"));
        assertEquals(200, r.statusCode(), r.body());
        JsonObject seed = Http.json(r);
        String tag = seed.getString("tag");
        page = browser.page(Browser.DESKTOP_WIDTH);
        Browser.signIn(page, seed.getString("member"), seed.getString("password"));

        page.navigate("/admin/network/index.xhtml");
        Locator notice = page.locator(byId("records:staleNotice"));
        assertTrue(notice.textContent().contains(MessageFormat.format(Bundles.text("bg", "net.staleDetail"), 2)),
                notice.textContent());
        Locator rows = page.locator(byId("records:locations") + " tbody tr");
        assertEquals(3, rows.count());
        Locator b = rows.filter(new Locator.FilterOptions().setHasText("Център Б " + tag));
        assertTrue(b.textContent().contains(Bundles.text("bg", "net.stale")), b.textContent());
        Browser.screenshot(page, "backoffice-network-1280");

        b.locator("button").click();
        Browser.waitForAjax(page);
        page.locator(".ui-messages-info").first().waitFor();
        b = page.locator(byId("records:locations") + " tbody tr").filter(new Locator.FilterOptions().setHasText("Център Б " + tag));
        assertTrue(b.textContent().contains(seed.getString("member")), "checked by the member: " + b.textContent());
        assertTrue(!b.textContent().contains(Bundles.text("bg", "net.stale")), b.textContent());
        assertTrue(page.locator(byId("records:staleNotice")).textContent()
                .contains(MessageFormat.format(Bundles.text("bg", "net.staleDetail"), 1)));

        // another member's records and the projects are not theirs
        Response other = page.navigate("/admin/network/index.xhtml?organisation=" + seed.getJsonNumber("otherMemberId").longValue());
        assertEquals(404, other.status());
        assertEquals(404, page.navigate("/admin/projects/list.xhtml").status());
    }
}
