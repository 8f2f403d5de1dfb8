package bg.integra.it.project;

import bg.integra.it.BackOffice;
import bg.integra.it.Browser;
import bg.integra.it.Bundles;
import bg.integra.it.Chromium;
import bg.integra.it.Http;
import bg.integra.it.Indicators;
import bg.integra.testsupport.TestData;
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

import java.net.http.HttpResponse;
import java.text.MessageFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static bg.integra.it.Browser.byId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The back-office as a member of staff uses it, in a real browser: a project made through the forms appears on
 * the public portal in both languages with its indicator, and a bad contract number is refused at its field.
 */
@Tag(Chromium.TAG)
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class BackOfficeBrowserIT {

    @RegisterExtension
    static final Chromium browser = new Chromium();

    private final Http http = new Http();
    private Page page;

    @AfterEach
    void closePage() {
        Browser.close(page);
    }

    @Test
    void aProjectMadeInTheBackOfficeIsShownOnThePortalInBothLanguages() {
        String beneficiary = "Организация " + http.seed().getString("tag");
        String tag = TestData.unique("bo");
        String contractNumber = TestData.contractNumber();
        String titleBg = "Езикови курсове " + tag;
        String titleEn = "Language courses " + tag;
        page = browser.page(Browser.DESKTOP_WIDTH);
        Browser.signInAsAdmin(page);

        page.navigate("/admin/projects/edit.xhtml");
        page.locator(byId("form:contractNumber")).fill(contractNumber);
        page.locator(byId("form:title_bg")).fill(titleBg);
        page.locator(byId("form:summary_bg")).fill("Курсове по български език за граждани на трети страни.");
        page.locator(byId("form:title_en")).fill(titleEn);
        page.locator(byId("form:summary_en")).fill("Bulgarian language courses for third-country nationals.");
        Browser.chooseItem(page, "form:beneficiary", beneficiary);
        Browser.chooseItem(page, "form:region", "Варна");
        Browser.chooseItem(page, "form:status", "В изпълнение");
        page.locator(byId("form:start_input")).fill("2024-03-01");
        page.keyboard().press("Escape");
        page.locator(byId("form:end_input")).fill("2026-02-28");
        page.keyboard().press("Escape");
        page.locator(byId("form:save")).click();

        page.waitForURL(Pattern.compile(".*/admin/projects/edit\\.xhtml\\?id=\\d+.*"));
        Matcher m = Pattern.compile("[?&]id=(\\d+)").matcher(page.url());
        assertTrue(m.find(), page.url());
        long id = Long.parseLong(m.group(1));
        assertEquals(contractNumber, page.locator(byId("form:contractNumber")).inputValue());

        page.locator(byId("indicators:add")).click();
        Browser.waitForAjax(page);
        Locator dialog = Browser.openedDialog(page, "indicatorDialog");
        page.locator(byId("indicatorForm:name_bg")).fill("Обучени участници " + tag);
        page.locator(byId("indicatorForm:name_en")).fill("Trained participants " + tag);
        Browser.chooseItem(page, "indicatorForm:unit", "участници");
        page.locator(byId("indicatorForm:target")).fill("10");
        page.locator(byId("indicatorForm:achieved")).fill("4");
        page.locator(byId("indicatorForm:saveIndicator")).click();
        Browser.waitForAjax(page);
        Browser.waitUntilClosed(page, dialog);
        Locator row = page.locator(byId("indicators:table") + " tbody tr");
        assertEquals(1, row.count());
        assertTrue(row.textContent().contains("Обучени участници " + tag), row.textContent());
        Browser.screenshot(page, "backoffice-project-edit-1280");

        // the public page, in Bulgarian (the default) and in English
        Page portal = browser.page(Browser.DESKTOP_WIDTH);
        try {
            assertEquals(200, portal.navigate("/projects/" + id).status());
            assertEquals("bg", portal.locator("html").getAttribute("lang"));
            assertEquals(titleBg, portal.locator("h1").textContent().strip());
            assertFacts(portal, "Номер на договора", contractNumber);
            assertFacts(portal, "Бенефициент", beneficiary);
            assertFacts(portal, "Област", "Варна");
            assertFacts(portal, "Състояние", "В изпълнение");
            assertFacts(portal, "Период", "1 март 2024 г. – 28 февруари 2026 г.");
            assertIndicator(portal, "Обучени участници " + tag, "10 участници", "4 от 10 (40%)");

            assertEquals(200, portal.navigate("/projects/" + id + "?lang=en").status());
            assertEquals("en", portal.locator("html").getAttribute("lang"));
            assertEquals(titleEn, portal.locator("h1").textContent().strip());
            assertEquals(0, portal.locator(".notice").count(), "an English text exists, so no fallback notice");
            assertFacts(portal, "Beneficiary", beneficiary + " (en)");
            assertFacts(portal, "Region", "Varna");
            assertFacts(portal, "Status", "Running");
            assertFacts(portal, "Period", "March 1, 2024 – February 28, 2026");
            assertIndicator(portal, "Trained participants " + tag, "10 participants", "4 of 10 (40%)");
        } finally {
            Browser.close(portal);
        }
    }

    @Test
    void staffMakeAnIndicatorCountedAndItsFigureComesFromTheAttendanceRecords() {
        JsonObject seeded = Indicators.project(http);
        long id = seeded.getJsonNumber("projectId").longValue();
        String name = "Участници от местната власт " + TestData.unique("c");
        page = browser.page(Browser.DESKTOP_WIDTH);
        Browser.signInAsAdmin(page);
        page.navigate("/admin/projects/edit.xhtml?id=" + id);

        page.locator(byId("indicators:add")).click();
        Browser.waitForAjax(page);
        Locator dialog = Browser.openedDialog(page, "indicatorDialog");
        page.locator(byId("indicatorForm:name_bg")).fill(name);
        Browser.chooseItem(page, "indicatorForm:unit", "участници");
        page.locator(byId("indicatorForm:target")).fill("5");
        assertEquals(1, page.locator(byId("indicatorForm:achieved")).count(), "an entered indicator has its field");
        Browser.chooseItem(page, "indicatorForm:source", Bundles.text("bg", "ind.source.COUNTED"));
        Browser.waitForAjax(page);
        assertEquals(0, page.locator(byId("indicatorForm:achieved")).count(), "a counted one has none");
        Browser.chooseItem(page, "indicatorForm:measure", Bundles.text("bg", "ind.measure.PARTICIPANTS_IN_TARGET_GROUP"));
        Browser.waitForAjax(page);
        Browser.chooseItem(page, "indicatorForm:targetGroup", "Местна власт");
        page.locator(byId("indicatorForm:saveIndicator")).click();
        Browser.waitForAjax(page);
        Browser.waitUntilClosed(page, dialog);

        String sentence = MessageFormat.format(Bundles.text("bg", "project.measure.PARTICIPANTS_IN_TARGET_GROUP.of"), "Местна власт");
        Locator row = page.locator(byId("indicators:table") + " tbody tr").filter(new Locator.FilterOptions().setHasText(name));
        assertEquals(1, row.count());
        assertEquals("1", row.locator("td").nth(3).textContent().strip(), "Boris, the one participant from a local authority");
        assertTrue(row.textContent().contains(sentence), row.textContent());

        HttpResponse<String> portal = http.get("/projects/" + id);
        String html = BackOffice.text(portal.body());
        assertTrue(html.contains(sentence), "the portal says what is counted");
        assertTrue(html.contains(MessageFormat.format(Bundles.text("bg", "project.progress"), 1, 5, 20)), "and shows the count");
    }

    @Test
    void anInvalidContractNumberIsRefusedAtItsFieldAndNothingIsStored() {
        String beneficiary = "Организация " + http.seed().getString("tag");
        String titleBg = "Невалиден номер " + TestData.unique("bo");
        page = browser.page(Browser.DESKTOP_WIDTH);
        Browser.signInAsAdmin(page);

        page.navigate("/admin/projects/edit.xhtml");
        page.locator(byId("form:contractNumber")).fill("2013/01 BG EIF");
        page.locator(byId("form:title_bg")).fill(titleBg);
        Browser.chooseItem(page, "form:beneficiary", beneficiary);
        Browser.chooseItem(page, "form:region", "Хасково");
        page.locator(byId("form:save")).click();
        page.waitForLoadState();

        Locator message = page.locator(byId("form:contractNumber") + " + .ui-message");
        message.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        assertEquals("Номерът на договора трябва да е във вида BG EIF 2013/01-05.01.", message.textContent().strip());
        assertTrue(page.locator(byId("form:contractNumber")).getAttribute("class").contains("ui-state-error"));
        assertEquals("2013/01 BG EIF", page.locator(byId("form:contractNumber")).inputValue(), "what was typed is kept");
        assertFalse(page.url().contains("id="), "still the new-project form: " + page.url());
        assertEquals(1, page.locator(".ui-message-error").count(), "only the contract number is wrong");
        Browser.screenshot(page, "backoffice-invalid-contract-number-1280");
        assertEquals(0, projectsFound(titleBg), "nothing was stored");

        // the same form, corrected, is stored: so the search above would have found a stored project
        String contractNumber = TestData.contractNumber();
        page.locator(byId("form:contractNumber")).fill(contractNumber);
        page.locator(byId("form:save")).click();
        page.waitForURL(Pattern.compile(".*/admin/projects/edit\\.xhtml\\?id=\\d+.*"));
        assertEquals(1, projectsFound(titleBg));
    }

    private int projectsFound(String text) {
        HttpResponse<String> r = http.get("/api/v1/projects?q=" + Http.enc(text));
        assertEquals(200, r.statusCode(), r.body());
        JsonObject page = Http.json(r);
        return page.getInt("totalItems");
    }

    private static void assertFacts(Page portal, String term, String value) {
        Locator dd = portal.locator("dl.facts dt", new Page.LocatorOptions().setHasText(term)).locator("xpath=following-sibling::dd[1]");
        assertEquals(value, dd.textContent().strip().replaceAll("\\s+", " "), term);
    }

    private static void assertIndicator(Page portal, String name, String target, String progress) {
        Locator row = portal.locator("table.indicators tbody tr");
        assertEquals(1, row.count());
        assertEquals(name, row.locator("th").textContent().strip());
        assertEquals(target, row.locator("td").nth(0).textContent().strip());
        Locator cell = row.locator("td").nth(1);
        String text = cell.textContent().strip().replaceAll("\\s+", " ");
        assertTrue(text.startsWith(progress), "progress cell: " + text);
        assertEquals("40", cell.locator("meter").getAttribute("value"));
    }
}
