package bg.integra.it.forum;

import bg.integra.it.Browser;
import bg.integra.it.Bundles;
import bg.integra.it.Chromium;
import bg.integra.it.Http;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Page;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A newcomer's first post in headless Chromium, in Bulgarian and in Arabic (right to left): signed in on the portal,
 * the reply is held and the page says so, readers do not see it; a moderator approves it in the back-office; a
 * member answers mentioning the newcomer, who finds both in the notifications.
 */
@Tag(Chromium.TAG)
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ForumBrowserIT {

    private static final Pattern HELD = Pattern.compile("[?&]held=(\\d+)");

    @RegisterExtension
    static final Chromium browser = new Chromium();

    private final Http http = new Http();

    @ParameterizedTest
    @ValueSource(strings = {"bg", "ar"})
    void aNewcomersFirstPostIsHeldApprovedAndAnswered(String lang) {
        HttpResponse<String> seeded = http.postForm("/test-support/forum", "ar".equals(lang) ? Map.of("language", "ar") : Map.of());
        assertEquals(200, seeded.statusCode(), seeded.body());
        JsonObject forum = Http.json(seeded);
        JsonObject staff = Http.json(http.postForm("/test-support/forum-staff", Map.of()));
        String topic = "/forum/t/" + forum.getString("topicPath");
        String suffix = "bg".equals(lang) ? "" : "?lang=" + lang;
        String question = ("bg".equals(lang) ? "Здравейте, аз съм нов тук и имам въпрос " : "مرحبا، أنا جديد هنا ولدي سؤال ")
                + forum.getString("tag");
        String answer = "@" + forum.getString("newcomerHandle") + ("bg".equals(lang) ? " добре дошли!" : " أهلا وسهلا!");

        // the newcomer signs in on the portal, comes back to the topic and replies: held, and the page says so
        Page newcomer = browser.page(Browser.MOBILE_WIDTH);
        int number;
        try {
            signIn(newcomer, forum.getString("newcomerEmail"), forum.getString("password"), topic + suffix, lang);
            if ("ar".equals(lang)) assertEquals("rtl", newcomer.locator("html").getAttribute("dir"));
            newcomer.locator("#forum-text").fill(question);
            newcomer.waitForNavigation(() -> newcomer.locator("#forum-send").click());
            Matcher held = HELD.matcher(newcomer.url());
            assertTrue(held.find(), newcomer.url());
            number = Integer.parseInt(held.group(1));
            assertEquals(Bundles.text(lang, "forum.postHeld"), newcomer.locator("#forum-held").textContent().strip());
            AxeResults axe = new AxeBuilder(newcomer).withTags(Browser.WCAG_TAGS).analyze();
            assertTrue(axe.getViolations().isEmpty(), () -> "axe-core on the signed-in topic page: "
                    + axe.getViolations().stream().map(v -> v.getId() + " " + v.getNodes()).toList());
        } finally {
            Browser.close(newcomer);
        }
        assertFalse(http.get(topic + suffix).body().contains(question), "readers do not see a held post");

        // a moderator approves it in the back-office
        long postId = http.getJson("/test-support/forum?topic=" + forum.getJsonNumber("topicId").longValue() + "&number=" + number)
                .getJsonNumber("postId").longValue();
        Page moderator = browser.page(Browser.DESKTOP_WIDTH);
        try {
            Browser.signIn(moderator, staff.getString("moderator"), staff.getString("password"));
            moderator.navigate("/admin/forum/post.xhtml?id=" + postId);
            assertTrue(moderator.locator("#rendered").textContent().contains(question));
            moderator.waitForNavigation(() -> moderator.locator(Browser.byId("post:approve")).click());
            assertTrue(moderator.content().contains(question));
        } finally {
            Browser.close(moderator);
        }
        assertTrue(http.get(topic + suffix).body().contains(question), "approved: every reader sees it");

        // a member answers, mentioning the newcomer
        Page member = browser.page(Browser.DESKTOP_WIDTH);
        try {
            signIn(member, forum.getString("memberEmail"), forum.getString("password"), topic + suffix, lang);
            member.locator("#forum-text").fill(answer);
            member.waitForNavigation(() -> member.locator("#forum-send").click());
            assertTrue(member.locator("main").textContent().contains(answer.substring(answer.indexOf(' ') + 1)));
        } finally {
            Browser.close(member);
        }

        // the newcomer is told of both: the approval and the mention
        Page back = browser.page(Browser.MOBILE_WIDTH);
        try {
            signIn(back, forum.getString("newcomerEmail"), forum.getString("password"), "/forum/notifications" + suffix, lang);
            assertEquals(2, back.locator("li.unread").count(), back.content());
        } finally {
            Browser.close(back);
        }
    }

    private static void signIn(Page page, String email, String password, String next, String lang) {
        page.navigate("/account/sign-in?" + ("bg".equals(lang) ? "" : "lang=" + lang + "&") + "next=" + Http.enc(next));
        page.locator("#acc-login").fill(email);
        page.locator("#acc-password").fill(password);
        page.waitForNavigation(() -> page.locator("#acc-submit").click());
        assertTrue(page.url().contains(next.replaceAll("\\?.*", "")), page.url());
    }
}
