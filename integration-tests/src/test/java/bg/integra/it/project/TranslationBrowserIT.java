package bg.integra.it.project;

import bg.integra.it.Browser;
import bg.integra.it.Chromium;
import bg.integra.it.Http;
import bg.integra.it.Seeding;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import static bg.integra.it.Browser.byId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A translated field of the back-office (the tag {@code <i:translated>}) in a real browser: the administrator adds
 * Arabic to a project's title and summary and removes its English, the form shows the languages the project has
 * after it is read again, with Arabic right to left, and the portal shows the Arabic title to an Arabic reader and
 * the Bulgarian one, its fallback, to an English reader; an organisation's Arabic name names the beneficiary of its
 * project on the Arabic page.
 */
@Tag(Chromium.TAG)
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class TranslationBrowserIT {

    @RegisterExtension
    static final Chromium browser = new Chromium();

    private final Http http = new Http();
    private Page page;

    @AfterEach
    void closePage() {
        Browser.close(page);
    }

    @Test
    void anArabicTitleAddedInTheBackOfficeIsKeptAndShownOnThePortal() {
        String tag = Seeding.tag();
        long id = Seeding.project(http, "Превод " + tag, "Translation " + tag, "SLIVEN", "RUNNING")
                .getJsonNumber("id").longValue();
        String titleBg = "Преведен проект " + tag;
        String titleAr = "مشروع مترجم " + tag;
        page = browser.page(Browser.DESKTOP_WIDTH);
        Browser.signInAsAdmin(page);

        page.navigate("/admin/projects/edit.xhtml?id=" + id);
        assertEquals("Translation " + tag, page.locator(byId("form:title_en")).inputValue());
        assertEquals(0, page.locator(byId("form:title_ar")).count(), "no Arabic row before one is added");
        assertTrue(page.locator("label[for='form:title_bg']").textContent().contains("Български"));

        assertEquals("ar", page.locator(byId("form:title_add_ar")).getAttribute("lang"), "the language's own name");
        assertTrue(page.locator(byId("form:title_remove_en")).getAttribute("aria-label").contains("English"));

        // what was typed in the Bulgarian row stays while a language is added and another removed
        page.locator(byId("form:title_bg")).fill(titleBg);
        page.locator(byId("form:title_add_ar")).click();
        Browser.waitForAjax(page);
        Locator arabic = page.locator(byId("form:title_ar"));
        arabic.waitFor();
        assertEquals("rtl", arabic.getAttribute("dir"));
        assertEquals("ar", arabic.getAttribute("lang"));
        assertTrue(page.locator("label[for='form:title_ar']").textContent().contains("العربية"));
        assertEquals(titleBg, page.locator(byId("form:title_bg")).inputValue());
        arabic.fill(titleAr);
        page.locator(byId("form:summary_ar")).fill("ملخص " + tag);
        page.locator(byId("form:title_remove_en")).click();
        Browser.waitForAjax(page);
        page.locator(byId("form:title_en")).waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        assertEquals(titleAr, arabic.inputValue(), "the Arabic row keeps its text when English goes");
        assertEquals(0, page.locator(byId("form:title_add_ar")).count(), "Arabic is no longer offered");
        Browser.screenshot(page, "backoffice-project-translations-1280");
        page.locator(byId("form:save")).click();

        // read again: the rows of the languages the project has, English offered empty as always (its row, gone
        // from the form before the save, is back only once the saved project's page has been loaded)
        page.locator(byId("form:title_en")).waitFor();
        assertTrue(page.url().contains("id=" + id), page.url());
        assertEquals(titleBg, page.locator(byId("form:title_bg")).inputValue());
        assertEquals(titleAr, page.locator(byId("form:title_ar")).inputValue());
        assertEquals("ملخص " + tag, page.locator(byId("form:summary_ar")).inputValue());
        assertEquals("rtl", page.locator(byId("form:summary_ar")).getAttribute("dir"));
        assertEquals("", page.locator(byId("form:title_en")).inputValue(), "the English title was removed");

        Page portal = browser.page(Browser.DESKTOP_WIDTH);
        try {
            assertEquals(200, portal.navigate("/projects/" + id + "?lang=ar").status());
            assertEquals(titleAr, portal.locator("h1").textContent().strip());
            assertEquals(200, portal.navigate("/projects/" + id + "?lang=en").status());
            assertEquals(titleBg, portal.locator("h1").textContent().strip(), "no English: Bulgarian, the fallback");
        } finally {
            Browser.close(portal);
        }
    }

    @Test
    void anOrganisationsArabicNameIsSavedAndNamesTheBeneficiaryToArabicReaders() {
        JsonObject seed = http.seed();
        String tag = seed.getString("tag");
        long organisationId = seed.getJsonNumber("organisationId").longValue();
        String nameAr = "منظمة " + tag;
        page = browser.page(Browser.DESKTOP_WIDTH);
        Browser.signInAsAdmin(page);

        page.navigate("/admin/organisations/edit.xhtml?id=" + organisationId);
        assertEquals("Организация " + tag, page.locator(byId("form:name_bg")).inputValue());
        page.locator(byId("form:name_add_ar")).click();
        Browser.waitForAjax(page);
        page.locator(byId("form:name_ar")).fill(nameAr);
        page.locator(byId("form:save")).click();
        page.waitForURL(url -> url.contains("/admin/organisations/list.xhtml"));

        page.navigate("/admin/organisations/edit.xhtml?id=" + organisationId);
        assertEquals(nameAr, page.locator(byId("form:name_ar")).inputValue(), "the form shows the Arabic row again");
        assertEquals("rtl", page.locator(byId("form:name_ar")).getAttribute("dir"));
        Page portal = browser.page(Browser.DESKTOP_WIDTH);
        try {
            assertEquals(200, portal.navigate("/projects/" + seed.getJsonNumber("projectId") + "?lang=ar").status());
            assertTrue(portal.locator("main").textContent().contains(nameAr), "the beneficiary in Arabic");
        } finally {
            Browser.close(portal);
        }
    }
}
