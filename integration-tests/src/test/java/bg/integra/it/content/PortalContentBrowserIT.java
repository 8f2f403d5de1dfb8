package bg.integra.it.content;

import bg.integra.it.Browser;
import bg.integra.it.Chromium;
import bg.integra.it.Http;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The content pages in a real browser beyond the portal quality catalogue ({@code bg.integra.it.portal}), which
 * checks every page type at 360 px: the variants it does not list (a media publication, a past event), on a 360 px
 * phone and a 1280 px screen in Bulgarian and Arabic, nothing scrolls sideways and the browser reports no error;
 * and the header's search form and navigation are reached with the keyboard.
 */
@Tag(Chromium.TAG)
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class PortalContentBrowserIT {

    @RegisterExtension
    static final Chromium browser = new Chromium();

    private final Http http = new Http();

    @Test
    void theVariantsOutsideTheCatalogueFitAPhoneInBulgarianAndArabic() {
        JsonObject s = http.seedContent();
        // news, article, events, event, resources, resource, info and topic are catalogue page types
        List<String[]> pages = List.of(
                new String[]{"publication", "/news/" + s.getString("publication")},
                new String[]{"past-event", "/events/" + s.getString("pastEvent")});
        for (String[] p : pages) {
            for (String lang : List.of("bg", "ar")) {
                String path = lang.equals("bg") ? p[1] : p[1] + "?lang=" + lang;
                for (int width : new int[]{Browser.MOBILE_WIDTH, Browser.DESKTOP_WIDTH}) {
                    check(path, width, "content-" + p[0] + "-" + lang + "-" + width, lang);
                }
            }
        }
    }

    private void check(String path, int width, String name, String lang) {
        Page page = browser.page(width);
        List<String> errors = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) errors.add(m.text());
        });
        page.onPageError(errors::add);
        try {
            Response response = page.navigate(path);
            assertEquals(200, response.status(), path);
            assertEquals(lang, page.locator("html").getAttribute("lang"), path);
            assertEquals("ar".equals(lang) ? "rtl" : "ltr", page.locator("html").getAttribute("dir"), path);
            Object overflow = page.evaluate("() => [...document.querySelectorAll('body *')]"
                    + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5 || e.getBoundingClientRect().left < -0.5)"
                    + ".slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''))");
            Boolean fits = (Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
            assertTrue(fits, () -> path + " overflows horizontally at " + width + " px: " + overflow);
            if (Boolean.getBoolean("portal.screenshots")) Browser.screenshot(page, name);
            assertTrue(errors.isEmpty(), () -> "browser errors on " + path + ": " + errors);
        } finally {
            Browser.close(page);
        }
    }

    @Test
    void theSearchFormAndTheNavigationAreReachedWithTheKeyboard() {
        Page page = browser.page(Browser.MOBILE_WIDTH);
        try {
            page.navigate("/news?lang=ar");
            List<String> focused = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                page.keyboard().press("Tab");
                focused.add((String) page.evaluate("() => { const e = document.activeElement;"
                        + " return e.tagName.toLowerCase() + ' ' + (e.getAttribute('href') || e.getAttribute('name') || e.getAttribute('type') || ''); }"));
            }
            assertTrue(focused.contains("a /news?lang=ar"), focused::toString);
            assertTrue(focused.contains("a /info?lang=ar"), focused::toString);
            assertTrue(focused.contains("input q"), focused::toString);
            page.focus("#site-q");
            page.keyboard().type("seminar");
            page.keyboard().press("Enter");
            page.waitForURL("**/search?q=seminar&lang=ar");
        } finally {
            Browser.close(page);
        }
    }
}
