package bg.integra.it.content;

import bg.integra.it.Browser;
import bg.integra.it.Chromium;
import bg.integra.it.Http;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.WaitForSelectorState;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

import static bg.integra.it.Browser.byId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The content back-office in a real browser, as an editor uses it: signs in, writes a news article in the rich
 * text editor, adds a picture with its alt text and publishes it.
 */
@Tag(Chromium.TAG)
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class BackOfficeContentBrowserIT {

    @RegisterExtension
    static final Chromium browser = new Chromium();

    private final Http http = new Http();
    private Page page;

    @AfterEach
    void closePage() {
        Browser.close(page);
    }

    @Test
    void anEditorWritesAnArticleWithAPictureAndPublishesIt() throws IOException {
        JsonObject seeded = Http.json(http.postForm("/test-support/editor", Map.of()));
        String title = "Езиков курс в Харманли " + seeded.getString("tag");
        page = browser.page(Browser.DESKTOP_WIDTH);

        page.navigate("/login.xhtml");
        page.locator(byId("login:username")).fill(seeded.getString("editor"));
        page.locator(byId("login:password")).fill(seeded.getString("password"));
        page.locator(byId("login:submit")).click();
        page.waitForURL(url -> url.contains("/admin/index.xhtml"));

        page.locator(byId("nav") + " a[href*='/admin/content/list.xhtml']").first().click();
        page.waitForURL(url -> url.contains("/admin/content/list.xhtml"));
        page.locator("a[href*='/admin/content/edit.xhtml?type=NEWS']").click();
        page.waitForURL(url -> url.contains("type=NEWS"));

        page.locator("[id$=':title_bg']").fill(title);
        page.locator("[id$=':summary_bg']").fill("Нов безплатен курс по български език.");
        Locator editor = page.locator("[id$=':body_bg'] .ql-editor");
        editor.click();
        page.keyboard().type("Курсът започва през октомври. ");
        page.keyboard().press("Control+b");
        page.keyboard().type("Записването е безплатно.");
        page.locator(byId("form:save")).click();

        page.waitForURL(Pattern.compile(".*/admin/content/edit\\.xhtml\\?id=\\d+.*"));
        Matcher m = Pattern.compile("[?&]id=(\\d+)").matcher(page.url());
        assertTrue(m.find(), page.url());
        long id = Long.parseLong(m.group(1));
        assertEquals("Чернова", page.locator("#status").textContent().strip());

        page.locator("input[type=file][id*='picture']").setInputFiles(
                new FilePayload("harmanli.jpg", "image/jpeg", picture()));
        page.locator(byId("form:pictureAlt")).fill("Учители и курсисти в класната стая");
        page.locator(byId("form:pictureCaption")).fill("Първият урок");
        page.locator(byId("form:addPicture")).click();
        page.waitForLoadState();
        Locator thumbnail = page.locator(".cnt-gallery img");
        thumbnail.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        assertEquals("Учители и курсисти в класната стая", thumbnail.getAttribute("alt"));
        assertTrue((Boolean) thumbnail.evaluate("img => img.complete && img.naturalWidth > 0"), "the server-made thumbnail loads");

        page.locator(byId("form:publish")).click();
        page.waitForLoadState();
        page.locator("#status").waitFor();
        assertEquals("Публикувано", page.locator("#status").textContent().strip());
        Browser.screenshot(page, "backoffice-content-published-1280");

        HttpResponse<String> r = http.get("/test-support/inspect-content?id=" + id);
        JsonObject stored = Http.json(r).getJsonObject("content");
        assertEquals("PUBLISHED", stored.getString("status"));
        assertEquals(1, stored.getInt("gallery"));
        String body = stored.getJsonObject("texts").getJsonObject("bg").getString("body");
        assertTrue(body.contains("<strong>Записването е безплатно.</strong>"), body);
        assertTrue(Http.json(r).getBoolean("publicNews"), "the public news service finds it");

        // the public page, where this branch has it (the portal's news pages are built alongside)
        if (http.get("/news").statusCode() == 200) {
            Page portal = browser.page(Browser.DESKTOP_WIDTH);
            try {
                assertEquals(200, portal.navigate("/news/" + stored.getString("slug")).status());
                assertEquals(title, portal.locator("h1").textContent().strip());
            } finally {
                Browser.close(portal);
            }
        }
    }

    private static byte[] picture() throws IOException {
        BufferedImage image = new BufferedImage(800, 500, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x00966e));
        g.fillRect(0, 0, 800, 500);
        g.setColor(Color.WHITE);
        g.fillRect(100, 100, 600, 300);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }
}
