package bg.integra.it.knowledge;

import bg.integra.it.Browser;
import bg.integra.it.Bundles;
import bg.integra.it.Chromium;
import bg.integra.it.Http;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static bg.integra.it.Browser.byId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The knowledge base's review in a real browser: a member of the network writes a good practice in two languages and
 * submits it; an editor opens it read-only and sends it back with a comment (required); the member reads the comment
 * above the draft, mends it and submits it again; the editor publishes it and the portal shows it. A case with an ЕГН
 * in its situation is refused on submit with the message at that text. A member reaches neither another member's
 * item nor the review. An initiative that has begun is refused at its start, and published once it is upcoming. A
 * regional measure decided before it was proposed is refused at that date; it comes from a case picked by its words.
 */
@Tag(Chromium.TAG)
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class KnowledgeOfficeBrowserIT {

    @RegisterExtension
    static final Chromium browser = new Chromium();

    private final Http http = new Http();
    private Page page;
    private Page editor;

    @AfterEach
    void closePages() {
        Browser.close(page);
        Browser.close(editor);
    }

    private JsonObject seed() {
        HttpResponse<String> r = http.postForm("/test-support/knowledge", Map.of("accounts", "true"));
        assertEquals(200, r.statusCode(), r.body());
        return Http.json(r);
    }

    @Test
    void aPracticeGoesFromTheMembersDraftThroughTheReviewToThePortal() {
        JsonObject seed = seed();
        String tag = seed.getString("tag");
        String title = "Наставници за новодошли " + tag;
        page = browser.page(Browser.DESKTOP_WIDTH);
        Browser.signIn(page, seed.getString("member"), seed.getString("password"));

        page.navigate("/admin/knowledge/index.xhtml");
        page.locator(byId("list:new")).click();
        page.waitForURL(url -> url.contains("/admin/knowledge/practice.xhtml"));
        assertTrue(page.locator("main").textContent().contains("Член на базата знания " + tag), "the member's organisation");
        Browser.chooseItem(page, "form:audience", Bundles.text("bg", "knowledge.audience.REFUGEES"));
        Browser.chooseItem(page, "form:area", Bundles.text("bg", "knowledge.area.EMPLOYMENT"));
        Browser.chooseItem(page, "form:region", Bundles.text("bg", "region.HASKOVO"));
        typeDate(page, "form:start", "2020-03-01");
        page.locator(byId("form:title_bg")).fill(title);
        page.locator(byId("form:objectives_bg")).fill("Всеки новодошъл има наставник от общността.");
        page.locator(byId("form:title_en")).fill("Mentors for newcomers " + tag);
        page.locator(byId("form:results_en")).fill("Forty mentors in two years.");
        page.locator(byId("form:submit")).click();
        page.waitForLoadState();
        page.locator(".ui-messages-info, .ui-messages-error, .ui-message-error").first().waitFor();
        Matcher m = Pattern.compile("[?&]id=(\\d+)").matcher(page.url());
        assertTrue(m.find(), "not saved: " + page.url() + " " + page.locator("main").innerText());
        long id = Long.parseLong(m.group(1));
        assertTrue(page.locator(byId("status")).textContent().contains(Bundles.text("bg", "kb.status.SUBMITTED")),
                page.locator(byId("status")).textContent());
        assertEquals("Forty mentors in two years.", page.locator(byId("form:results_en")).inputValue());
        Browser.screenshot(page, "backoffice-knowledge-practice-1280");

        // the editor reads it and sends it back; the comment is required
        editor = browser.page(Browser.DESKTOP_WIDTH);
        Browser.signIn(editor, seed.getString("editor"), seed.getString("password"));
        editor.navigate("/admin/knowledge/review.xhtml?kind=PRACTICE&id=" + id);
        assertEquals(title, editor.locator(byId("itemTitle")).textContent().strip());
        assertEquals("Forty mentors in two years.", editor.locator(byId("results_en")).textContent().strip());
        assertEquals("2020-03-01", editor.locator(byId("start")).textContent().strip());
        editor.locator(byId("review:sendBack")).click();
        Locator dialog = Browser.openedDialog(editor, "sendBackDialog");
        editor.locator(byId("sendBackForm:send")).click();
        Browser.waitForAjax(editor);
        assertTrue(dialog.textContent().contains(Bundles.text("bg", "bo.required")), dialog.textContent());
        String comment = "Добавете резултатите и на български " + tag;
        editor.locator(byId("sendBackForm:comment")).fill(comment);
        editor.locator(byId("sendBackForm:send")).click();
        Browser.waitForAjax(editor);
        Browser.waitUntilClosed(editor, dialog);
        assertTrue(editor.locator(".ui-messages-info").first().textContent().contains(Bundles.text("bg", "kb.sentBackNow")));

        // the member sees why, mends it and submits it again
        page.navigate("/admin/knowledge/index.xhtml");
        assertTrue(page.locator(byId("list:table")).textContent().contains(comment), "the comment in the list");
        page.navigate("/admin/knowledge/practice.xhtml?id=" + id);
        assertTrue(page.locator(byId("form:reviewComment")).textContent().contains(comment),
                page.locator(byId("form:reviewComment")).textContent());
        assertTrue(page.locator(byId("status")).textContent().contains(Bundles.text("bg", "kb.status.DRAFT")));
        page.locator(byId("form:results_bg")).fill("Четиридесет наставници за две години.");
        page.locator(byId("form:submit")).click();
        page.waitForLoadState();
        page.locator(".ui-messages-info").first().waitFor();
        assertTrue(page.locator(byId("status")).textContent().contains(Bundles.text("bg", "kb.status.SUBMITTED")));

        // the editor publishes it, and the portal shows it
        editor.navigate("/admin/knowledge/review.xhtml?kind=PRACTICE&id=" + id);
        assertEquals("Четиридесет наставници за две години.", editor.locator(byId("results_bg")).textContent().strip());
        assertTrue(editor.locator(byId("review:lastComment")).textContent().contains(comment), "what was asked");
        editor.locator(byId("review:publish")).click();
        Browser.waitForAjax(editor);
        assertTrue(editor.locator(".ui-messages-info").first().textContent().contains(Bundles.text("bg", "kb.publishedNow")));
        Page portal = browser.page(Browser.DESKTOP_WIDTH);
        try {
            assertEquals(200, portal.navigate("/practices/" + id).status());
            assertEquals(title, portal.locator("h1").textContent().strip());
            assertTrue(portal.locator("main").textContent().contains("Четиридесет наставници за две години."));
        } finally {
            Browser.close(portal);
        }
        page.navigate("/admin/knowledge/practice.xhtml?id=" + id);
        assertEquals(0, page.locator(byId("form:reviewComment")).count(), "published: the comment is done with");
    }

    @Test
    void anInitiativeIsRefusedAtItsStartUntilItIsUpcomingAndIsPublished() {
        JsonObject seed = seed();
        String tag = seed.getString("tag");
        String title = "Ден на отворените врати " + tag;
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Sofia"));
        page = browser.page(Browser.DESKTOP_WIDTH);
        Browser.signIn(page, seed.getString("member"), seed.getString("password"));

        page.navigate("/admin/knowledge/index.xhtml?kind=INITIATIVE");
        page.locator(byId("list:new")).click();
        page.waitForURL(url -> url.contains("/admin/knowledge/initiative.xhtml"));
        Browser.chooseItem(page, "form:kind", Bundles.text("bg", "knowledge.initiativeKind.UPCOMING"));
        Browser.chooseItem(page, "form:region", Bundles.text("bg", "region.HASKOVO"));
        typeDate(page, "form:start", today.minusDays(1).toString());
        page.locator(byId("form:town")).fill("Хасково");
        page.locator(byId("form:link")).fill("ftp://example.bg/" + tag);
        page.locator(byId("form:title_bg")).fill(title);
        page.locator(byId("form:summary_bg")).fill("Центърът отваря вратите си за всички.");
        page.locator(byId("form:partners_en")).fill("Haskovo Municipality");
        page.locator(byId("form:title_en")).fill("Open day " + tag);
        page.locator(byId("form:submit")).click();
        page.waitForLoadState();
        // a link that is no web address: the entity's own rule, said at the link
        Locator linkMessage = page.locator(byId("form:link") + " ~ .ui-message-error");
        linkMessage.waitFor();
        assertTrue(linkMessage.textContent().contains("https://"), linkMessage.textContent());
        assertTrue(page.locator(byId("status")).textContent().contains(Bundles.text("bg", "kb.status.NEW")), "nothing saved");

        page.locator(byId("form:link")).fill("https://example.bg/" + tag);
        page.locator(byId("form:submit")).click();
        page.waitForLoadState();
        page.locator(byId("form:start") + " ~ .ui-message-error").waitFor();

        // refused at the start, kept as a draft with what was typed
        String early = MessageFormat.format(Bundles.text("bg", "problem.tooEarly.start"), today.toString());
        assertTrue(page.locator(byId("form:start") + " ~ .ui-message-error").textContent().contains(early),
                page.locator(byId("form:start") + " ~ .ui-message-error").textContent());
        assertTrue(page.locator(byId("status")).textContent().contains(Bundles.text("bg", "kb.status.DRAFT")));
        assertEquals("Haskovo Municipality", page.locator(byId("form:partners_en")).inputValue());

        typeDate(page, "form:start", today.plusDays(14).toString());
        typeDate(page, "form:end", today.plusDays(14).toString());
        page.locator(byId("form:submit")).click();
        page.waitForLoadState();
        page.locator(".ui-messages-info").first().waitFor();
        assertTrue(page.locator(byId("status")).textContent().contains(Bundles.text("bg", "kb.status.SUBMITTED")));

        // the list of initiatives shows it, submitted
        page.navigate("/admin/knowledge/index.xhtml?kind=INITIATIVE");
        Locator row = page.locator(byId("list:table") + " tr", new Page.LocatorOptions().setHasText(title));
        assertTrue(row.textContent().contains(Bundles.text("bg", "kb.status.SUBMITTED")), row.textContent());
        Matcher m = Pattern.compile("[?&]id=(\\d+)").matcher(row.locator("a").first().getAttribute("href"));
        assertTrue(m.find(), row.innerHTML());
        long id = Long.parseLong(m.group(1));

        // the editor reads its facts and publishes it
        editor = browser.page(Browser.DESKTOP_WIDTH);
        Browser.signIn(editor, seed.getString("editor"), seed.getString("password"));
        editor.navigate("/admin/knowledge/review.xhtml?kind=INITIATIVE&id=" + id);
        assertEquals(title, editor.locator(byId("itemTitle")).textContent().strip());
        assertEquals(Bundles.text("bg", "knowledge.initiativeKind.UPCOMING"), editor.locator(byId("initiativeKind")).textContent().strip());
        assertEquals(today.plusDays(14).toString(), editor.locator(byId("start")).textContent().strip());
        editor.locator(byId("review:publish")).click();
        Browser.waitForAjax(editor);
        assertTrue(editor.locator(".ui-messages-info").first().textContent().contains(Bundles.text("bg", "kb.publishedNow")));
        assertEquals(200, editor.navigate("/initiatives/" + id).status());
        assertEquals(title, editor.locator("h1").textContent().strip());
    }

    @Test
    void aMeasureComesFromACasePickedByItsWordsAndItsStepsAreRefusedOutOfOrder() {
        JsonObject seed = seed();
        String tag = seed.getString("tag");
        String title = "Преводачи в болницата " + tag;
        String school = "Казус " + tag + " училище";
        page = browser.page(Browser.DESKTOP_WIDTH);
        Browser.signIn(page, seed.getString("member"), seed.getString("password"));

        page.navigate("/admin/knowledge/index.xhtml?kind=MEASURE");
        page.locator(byId("list:new")).click();
        page.waitForURL(url -> url.contains("/admin/knowledge/measure.xhtml"));
        Browser.chooseItem(page, "form:region", Bundles.text("bg", "region.HASKOVO"));
        Browser.chooseItem(page, "form:measureStatus", Bundles.text("bg", "knowledge.measureStatus.ADOPTED"));
        typeDate(page, "form:proposedOn", "2015-11-20");
        typeDate(page, "form:decidedOn", "2015-11-19");
        // the published case, found by words of its title among the published ones only (not the draft case of the same tag)
        page.locator(byId("form:cases_input")).pressSequentially(tag + " казус");
        Locator offered = page.locator(byId("form:cases_panel") + " li.ui-autocomplete-item");
        offered.first().waitFor();
        assertTrue(offered.allTextContents().stream().noneMatch(t -> t.contains("чернова")), offered.allTextContents().toString());
        offered.filter(new Locator.FilterOptions().setHasText(school)).click();
        page.locator(byId("form:cases") + " .ui-autocomplete-token", new Page.LocatorOptions().setHasText(school)).waitFor();
        page.locator(byId("form:title_bg")).fill(title);
        page.locator(byId("form:description_bg")).fill("Болницата да наема преводачи за пациентите, които не говорят български.");
        page.locator(byId("form:addressee_bg")).fill("Областна администрация Хасково");
        page.locator(byId("form:save")).click();
        page.waitForLoadState();
        page.locator(byId("form:decidedOn") + " ~ .ui-message-error").waitFor();

        // refused at the decision's date and the plan, nothing saved, what was picked kept
        assertTrue(page.locator(byId("form:decidedOn") + " ~ .ui-message-error").textContent().contains(
                MessageFormat.format(Bundles.text("bg", "problem.tooEarly.decidedOn"), "2015-11-20")));
        assertTrue(page.locator(byId("form:plan_bg") + " ~ .ui-message-error").textContent().contains(
                Bundles.text("bg", "problem.required.plan")), page.locator("main").innerText());
        assertTrue(page.locator(byId("status")).textContent().contains(Bundles.text("bg", "kb.status.NEW")));
        assertEquals(1, page.locator(byId("form:cases") + " .ui-autocomplete-token").count());
        Browser.screenshot(page, "backoffice-knowledge-measure-refused-1280");

        typeDate(page, "form:decidedOn", "2016-03-01");
        page.locator(byId("form:plan_bg")).fill("Областна стратегия за развитие 2014–2020");
        page.locator(byId("form:submit")).click();
        page.waitForLoadState();
        page.locator(".ui-messages-info").first().waitFor();
        Matcher m = Pattern.compile("[?&]id=(\\d+)").matcher(page.url());
        assertTrue(m.find(), "not saved: " + page.url() + " " + page.locator("main").innerText());
        long id = Long.parseLong(m.group(1));
        assertTrue(page.locator(byId("status")).textContent().contains(Bundles.text("bg", "kb.status.SUBMITTED")));
        assertTrue(page.locator(byId("form:cases") + " .ui-autocomplete-token").textContent().contains(school), "stored and shown again");

        // the editor reads where it comes from and publishes it; the portal links the case
        editor = browser.page(Browser.DESKTOP_WIDTH);
        Browser.signIn(editor, seed.getString("editor"), seed.getString("password"));
        editor.navigate("/admin/knowledge/review.xhtml?kind=MEASURE&id=" + id);
        assertEquals(school, editor.locator(byId("fromCases")).textContent().strip());
        assertEquals("2016-03-01", editor.locator(byId("decidedOn")).textContent().strip());
        editor.locator(byId("review:publish")).click();
        Browser.waitForAjax(editor);
        assertTrue(editor.locator(".ui-messages-info").first().textContent().contains(Bundles.text("bg", "kb.publishedNow")));
        assertEquals(200, editor.navigate("/measures/" + id).status());
        assertEquals(title, editor.locator("h1").textContent().strip());
        assertTrue(editor.locator("main a[href*='/cases/" + seed.getJsonObject("cases").getJsonNumber("school") + "']").count() > 0,
                "the portal links the case it comes from");
    }

    /**
     * Types a date into a PrimeFaces datePicker once its panel has finished opening, and closes it: a date typed while
     * the panel was still opening was lost on PostgreSQL's slower run (the field then failed its conversion), and an
     * Escape pressed during the opening leaves the panel open.
     */
    private static void typeDate(Page page, String id, String date) {
        Locator input = page.locator(byId(id + "_input"));
        input.click();
        page.locator(byId(id + "_panel") + ".ui-connected-overlay-enter-done").waitFor();
        input.fill(date);
        Locator panel = page.locator(byId(id + "_panel"));
        for (int attempt = 1; ; attempt++) {
            page.keyboard().press("Escape");
            try {
                panel.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN).setTimeout(5_000));
                break;
            } catch (com.microsoft.playwright.TimeoutError e) {
                if (attempt == 3) throw e;
            }
        }
        assertEquals(date, input.inputValue());
    }

    @Test
    void aCaseWithAPersonalNumberIsRefusedOnSubmitAtTheTextThatHoldsIt() {
        JsonObject seed = seed();
        String tag = seed.getString("tag");
        page = browser.page(Browser.DESKTOP_WIDTH);
        Browser.signIn(page, seed.getString("member"), seed.getString("password"));

        page.navigate("/admin/knowledge/case.xhtml");
        Browser.chooseItem(page, "form:area", Bundles.text("bg", "knowledge.area.EDUCATION"));
        page.locator(byId("form:title_bg")).fill("Записване в училище " + tag);
        page.locator(byId("form:situation_bg")).fill("Момче с ЕГН 7501020018 няма документ за предишно обучение.");
        page.locator(byId("form:question_bg")).fill("В кой клас да бъде записано?");
        page.locator(byId("form:title_en")).fill("Enrolling at school " + tag);
        page.locator(byId("form:situation_en")).fill("The mother wrote from mother." + tag + "@example.org.");
        page.locator(byId("form:submit")).click();
        page.waitForLoadState();
        page.locator(byId("form:situation_bg")).waitFor();

        // the kind named in words ("ЕГН"), never by the service's code ("egn")
        String egn = MessageFormat.format(Bundles.text("bg", "problem.personalData"), Bundles.text("bg", "problem.found.egn"));
        Locator bulgarian = page.locator(byId("form:situation_bg") + " ~ .ui-message-error");
        assertEquals(egn, bulgarian.textContent().strip());
        Locator english = page.locator(byId("form:situation_en") + " ~ .ui-message-error");
        assertEquals(MessageFormat.format(Bundles.text("bg", "problem.personalData"), Bundles.text("bg", "problem.found.email")),
                english.textContent().strip());
        assertEquals(0, page.locator(byId("form:question_bg") + " ~ .ui-message-error").count(), "the question is fine");
        assertTrue(page.locator("main").textContent().contains(Bundles.text("bg", "kb.savedNotSubmitted")));
        assertTrue(page.locator(byId("status")).textContent().contains(Bundles.text("bg", "kb.status.DRAFT")),
                "kept as a draft: " + page.locator(byId("status")).textContent());
        Browser.screenshot(page, "backoffice-knowledge-case-refused-1280");

        // mended, it goes
        page.locator(byId("form:situation_bg")).fill("Момче без документ за предишно обучение.");
        page.locator(byId("form:situation_en")).fill("The mother wrote to us.");
        page.locator(byId("form:submit")).click();
        page.waitForLoadState();
        page.locator(".ui-messages-info").first().waitFor();
        assertTrue(page.locator(byId("status")).textContent().contains(Bundles.text("bg", "kb.status.SUBMITTED")));
    }

    @Test
    void aMemberOpensNeitherAnotherMembersItemNorTheReview() {
        JsonObject seed = seed();
        page = browser.page(Browser.DESKTOP_WIDTH);
        Browser.signIn(page, seed.getString("member"), seed.getString("password"));
        assertEquals(1, page.locator(byId("nav:knowledgeMenu")).count(), "the knowledge base is in the member's menu");
        assertEquals(0, page.locator(byId("nav:reviewMenu")).count(), "the review is not");

        var other = page.navigate("/admin/knowledge/practice.xhtml?id=" + seed.getJsonNumber("otherPractice").longValue());
        assertEquals(404, other.status());
        assertTrue(page.locator("body").textContent().contains(Bundles.text("bg", "error.notFound.title")),
                "the 404 page: " + page.locator("body").textContent());
        assertEquals(404, page.navigate("/admin/knowledge/review.xhtml").status());
    }
}
