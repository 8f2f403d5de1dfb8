package bg.integra.it.forum;

import bg.integra.it.TestFiles;
import bg.integra.it.Bundles;
import bg.integra.it.Http;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static bg.integra.it.forum.ForumVisitor.article;
import static bg.integra.it.forum.ForumVisitor.location;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Writing in the forum through its pages, signed in on the portal: replies and their numbers, a newcomer's held
 * reply, Markdown that cannot carry a script, forms without the session's token, three flags that hide a post,
 * an edit against a stale version, a new topic, and the notifications.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ForumPageWritingIT {

    private final Http anonymous = new Http();

    private static String text(String lang, String key, Object... args) {
        return new MessageFormat(Bundles.text(lang, key), Locale.ROOT).format(args); // the pages keep Western digits
    }

    @Test
    void aReplyOfATrustedAccountAppearsWithItsNumberAndTheCountsGrow() {
        JsonObject seed = ForumVisitor.seed(anonymous, 3);
        String topic = "/forum/t/" + seed.getString("topicPath");
        String category = "/forum/c/" + seed.getString("categorySlug");
        assertTrue(anonymous.get(category).body().contains(text("bg", "forum.counts", 1, 4)), "cached before the reply");

        ForumVisitor other = ForumVisitor.signedIn(seed, "other");
        HttpResponse<String> posted = other.post(topic, "action", "reply", "text", "Благодаря, **много** полезно.", "replyTo", "2");
        assertEquals(303, posted.statusCode(), posted::body);
        assertEquals(topic + "?post=5#p5", location(posted));

        String html = anonymous.get(topic).body();
        String reply = article(html, 5);
        assertNotNull(reply, html);
        assertTrue(reply.contains("<strong>много</strong>"), reply);
        assertTrue(reply.contains("<bdi>Друг " + seed.getString("tag") + "</bdi>"), reply);
        assertTrue(reply.contains("href=\"" + topic + "?post=2#p2\""), "the link to the post it answers: " + reply);
        assertTrue(html.contains(text("bg", "forum.posts", 5)), "the topic's count");
        assertTrue(anonymous.get(category).body().contains(text("bg", "forum.counts", 1, 5)), "the category's count");
    }

    @Test
    void aTrustedWriterUploadsAPictureAndShowsItInAReplyAndANewcomerMayNot() throws Exception {
        JsonObject seed = ForumVisitor.seed(anonymous, 1);
        String topic = "/forum/t/" + seed.getString("topicPath");
        ForumVisitor basic = ForumVisitor.signedIn(seed, "basic");

        // the form under the reply form, for a writer of trust level 1
        String page = basic.get(topic).body();
        assertTrue(page.contains("action=\"/forum/pictures\" enctype=\"multipart/form-data\""), page);
        HttpResponse<String> uploaded = upload(basic, basic.formToken(), topic, "plan.png", "image/png", TestFiles.png());
        assertEquals(303, uploaded.statusCode(), uploaded::body);
        String back = location(uploaded);
        assertTrue(back.matches("\\Q" + topic + "\\E\\?picture=\\d+#reply"), back);
        String done = basic.get(back.replace("#reply", "")).body();
        Matcher line = Pattern.compile("value=\"(!\\[[^\\]]+\\]\\((/media/\\d+/[^)\"]+)\\))\"").matcher(done);
        assertTrue(line.find(), "the Markdown line to paste: " + done);
        assertEquals(200, anonymous.get(line.group(2)).statusCode(), "the picture is served");

        HttpResponse<String> posted = basic.post(topic, "action", "reply", "text", "Ето плана: " + line.group(1).replace("&amp;", "&"));
        assertEquals(303, posted.statusCode(), posted::body);
        assertTrue(article(anonymous.get(topic).body(), 3).contains("src=\"" + line.group(2) + "\""), "shown in the reply");

        // refused: a newcomer (trust level 0), a PDF, a form without the session's token; nothing goes elsewhere
        ForumVisitor newcomer = ForumVisitor.signedIn(seed, "newcomer");
        assertFalse(newcomer.get(topic).body().contains("/forum/pictures"), "no picture form for a newcomer");
        HttpResponse<String> early = upload(newcomer, newcomer.formToken(), topic, "x.png", "image/png", TestFiles.png());
        assertEquals(topic + "?pictureError=forum.refused.images#reply", location(early));
        HttpResponse<String> notPicture = upload(basic, basic.formToken(), topic + "?lang=en", "x.pdf", "application/pdf", TestFiles.minimalPdf());
        assertEquals(topic + "?lang=en&pictureError=forum.picture.refused#reply", location(notPicture));
        assertTrue(basic.get(topic + "?lang=en&pictureError=forum.picture.refused").body()
                .contains(Bundles.text("en", "forum.picture.refused")), "the reason, in the page's language");
        assertEquals(topic + "?pictureError=forum.expired#reply", location(upload(basic, "forged", topic, "x.png", "image/png", TestFiles.png())));
        assertEquals("/forum?pictureError=forum.expired#reply",
                location(upload(basic, "forged", "https://elsewhere.example/", "x.png", "image/png", TestFiles.png())), "never another site");
    }

    private static HttpResponse<String> upload(ForumVisitor visitor, String token, String back, String name, String type,
                                               byte[] bytes) {
        String boundary = "----forum" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"formToken\"\r\n\r\n" + token + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"back\"\r\n\r\n" + back + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"picture\"; filename=\"" + name
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return visitor.http.send(HttpRequest.newBuilder(URI.create(visitor.http.baseUrl() + "/forum/pictures"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    @Test
    void aNewcomersFirstReplyWaitsForAModeratorAndReadersDoNotSeeIt() {
        JsonObject seed = ForumVisitor.seed(anonymous, 1);
        String topic = "/forum/t/" + seed.getString("topicPath");
        ForumVisitor newcomer = ForumVisitor.signedIn(seed, "newcomer");
        String words = "Първият ми отговор " + seed.getString("tag");

        HttpResponse<String> posted = newcomer.post(topic, "action", "reply", "text", words);
        assertEquals(303, posted.statusCode(), posted::body);
        assertEquals(topic + "?held=3#reply", location(posted));
        String own = newcomer.get(location(posted).replace("#reply", "")).body();
        assertTrue(own.contains(Bundles.text("bg", "forum.postHeld")), own);

        String html = anonymous.get(topic).body();
        assertFalse(html.contains(words), "held: not shown");
        assertNull(article(html, 3));
        assertFalse(anonymous.get(topic + "?held=3").body().contains(Bundles.text("bg", "forum.postHeld")),
                "the notice is for the writer only");
    }

    @Test
    void markdownCarriesNoScriptHandlerOrJavascriptAddressToThePage() {
        JsonObject seed = ForumVisitor.seed(anonymous, 1);
        String topic = "/forum/t/" + seed.getString("topicPath");
        ForumVisitor member = ForumVisitor.signedIn(seed, "member"); // trust level 2: the most a writer may show
        String attack = "<script>alert(1)</script>\n\n[x](javascript:alert(1)) and [y](JaVaScRiPt:alert(2))\n\n"
                + "<img src=x onerror=alert(1)>\n\n<a href=\"javascript:alert(3)\" onclick=\"alert(4)\">z</a>\n\n"
                + "![p](javascript:alert(5)) <svg onload=alert(6)>";
        HttpResponse<String> posted = member.post(topic, "action", "reply", "text", attack);
        assertEquals(303, posted.statusCode(), posted::body);

        for (String page : new String[]{anonymous.get(topic).body(), member.get(topic).body()}) {
            String post = article(page, 3);
            assertNotNull(post, page);
            assertTrue(post.contains("&lt;script&gt;"), "typed HTML shows as text: " + post);
            assertFalse(page.toLowerCase(Locale.ROOT).contains("<script"), "no script element");
            assertFalse(Pattern.compile("<[a-z][^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(page).find(),
                    "no event handler attribute: " + post);
            // typed HTML stays text (&lt;img … onerror=…&gt;); what matters is that no element carries it
            assertFalse(Pattern.compile("<[^>]*javascript:", Pattern.CASE_INSENSITIVE).matcher(page).find(),
                    "no javascript: address in any element: " + post);
            assertFalse(post.contains("<img"), "no picture from elsewhere: " + post);
        }
    }

    @Test
    void aFormWithoutTheSessionsTokenIsRefusedAndStoresNothing() {
        JsonObject seed = ForumVisitor.seed(anonymous, 1);
        String topic = "/forum/t/" + seed.getString("topicPath");
        ForumVisitor basic = ForumVisitor.signedIn(seed, "basic");
        String words = "Без знак " + seed.getString("tag");

        HttpResponse<String> without = basic.postWithout(topic, "action", "reply", "text", words);
        assertEquals(403, without.statusCode());
        assertTrue(without.body().contains(Bundles.text("bg", "forum.expired")), without::body);
        assertEquals(403, basic.postWithout(topic, "formToken", "forged-token", "action", "reply", "text", words).statusCode());
        assertEquals(403, anonymous.postForm(topic, java.util.Map.of("action", "reply", "text", words)).statusCode(),
                "nobody signed in");
        assertEquals(403, basic.postWithout("/forum/c/" + seed.getString("categorySlug") + "/new",
                "title", "Тема без знак " + seed.getString("tag"), "text", words).statusCode());

        String html = anonymous.get(topic).body();
        assertFalse(html.contains(words), "nothing stored");
        assertNull(article(html, 3));
        assertTrue(html.contains(text("bg", "forum.posts", 2)));
    }

    @Test
    void threeFlagsOfTrustedReadersHideAPost() {
        JsonObject seed = ForumVisitor.seed(anonymous, 2);
        JsonObject more = ForumVisitor.seed(anonymous, 0); // a third trusted reader from another seed
        String topic = "/forum/t/" + seed.getString("topicPath");
        ForumVisitor author = ForumVisitor.signedIn(seed, "basic"); // wrote the replies
        assertFalse(article(author.get(topic).body(), 2).contains("name=\"reason\""), "no flag for one's own post");
        ForumVisitor newcomer = ForumVisitor.signedIn(seed, "newcomer");
        assertFalse(article(newcomer.get(topic).body(), 2).contains("name=\"reason\""), "flags need trust level 1");

        int flags = 0;
        for (ForumVisitor reader : new ForumVisitor[]{ForumVisitor.signedIn(seed, "other"),
                ForumVisitor.signedIn(seed, "member"), ForumVisitor.signedIn(more, "basic")}) {
            assertNotNull(article(anonymous.get(topic).body(), 2), "shown after " + flags + " flags");
            Matcher id = Pattern.compile("name=\"post\" value=\"(\\d+)\"").matcher(article(reader.get(topic).body(), 2));
            assertTrue(id.find(), "the flag form of post 2");
            HttpResponse<String> flagged = reader.post(topic, "action", "flag", "post", id.group(1), "number", "2",
                    "reason", "SPAM");
            assertEquals(303, flagged.statusCode(), flagged::body);
            flags++;
        }
        String html = anonymous.get(topic).body();
        assertNull(article(html, 2), "hidden until a moderator decides");
        assertNotNull(article(html, 3));
    }

    @Test
    void theAuthorEditsTheirPostAndAStaleVersionIsRefusedWithTheCurrentText() {
        JsonObject seed = ForumVisitor.seed(anonymous, 1);
        String topic = "/forum/t/" + seed.getString("topicPath");
        ForumVisitor member = ForumVisitor.signedIn(seed, "member");
        Matcher link = Pattern.compile("href=\"(/forum/p/\\d+/edit)\"").matcher(article(member.get(topic).body(), 1));
        assertTrue(link.find(), "an edit link on one's own post");
        assertFalse(article(member.get(topic).body(), 2).contains("/edit\""), "none on another's");
        String edit = link.group(1);
        assertEquals(404, ForumVisitor.signedIn(seed, "basic").get(edit).statusCode(), "not another's post");

        String form = member.get(edit).body();
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(form);
        assertTrue(version.find(), form);
        HttpResponse<String> stale = member.post(edit, "version", Long.toString(Long.parseLong(version.group(1)) - 1),
                "text", "Стара версия");
        assertEquals(409, stale.statusCode());
        assertTrue(stale.body().contains(Bundles.text("bg", "forum.edit.stale")), stale::body);

        String changed = "Въпросът, уточнен " + seed.getString("tag");
        HttpResponse<String> saved = member.post(edit, "version", version.group(1), "text", changed);
        assertEquals(303, saved.statusCode(), saved::body);
        assertEquals(topic + "?post=1#p1", location(saved));
        String post = article(anonymous.get(topic).body(), 1);
        assertTrue(post.contains(changed), post);
        assertTrue(post.contains(Bundles.text("bg", "forum.edited")), post);
    }

    @Test
    void aNewTopicIsShownAndANewcomersWaitsAndTheAuthorIsNotified() {
        JsonObject seed = ForumVisitor.seed(anonymous, 0);
        String category = "/forum/c/" + seed.getString("categorySlug");
        ForumVisitor member = ForumVisitor.signedIn(seed, "member");
        assertTrue(member.get(category + "/new").body().contains("name=\"title\""));

        HttpResponse<String> refused = member.post(category + "/new", "title", "Кратко", "text", "Текст на темата");
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("id=\"forum-title-error\""), refused::body);

        String title = "Нова тема от страницата " + seed.getString("tag");
        HttpResponse<String> created = member.post(category + "/new", "title", title, "text", "Какво мислите?", "language", "bg");
        assertEquals(303, created.statusCode(), created::body);
        String topic = location(created);
        assertTrue(topic.matches("/forum/t/nova-tema-ot-stranitsata-[a-z0-9-]+-\\d+"), topic);
        assertTrue(anonymous.get(topic).body().contains("<h1>" + title + "</h1>"));

        ForumVisitor newcomer = ForumVisitor.signedIn(seed, "newcomer");
        HttpResponse<String> held = newcomer.post(category + "/new", "title", "Тема на новак " + seed.getString("tag"),
                "text", "Здравейте на всички");
        assertEquals(303, held.statusCode(), held::body);
        assertEquals(category + "?held=1", location(held));
        assertTrue(newcomer.get(category + "?held=1").body().contains(Bundles.text("bg", "forum.topicHeld")));
        assertFalse(anonymous.get(category).body().contains("Тема на новак"), "not listed while held");

        ForumVisitor basic = ForumVisitor.signedIn(seed, "basic");
        assertEquals(303, basic.post(topic, "action", "reply", "text", "Мисля, че е добре.").statusCode());
        String withUnread = member.get(topic).body();
        assertTrue(withUnread.contains(text("bg", "forum.unread", 1)), "the unread count in the forum's header");
        String notifications = member.get("/forum/notifications").body();
        assertTrue(notifications.contains(text("bg", "forum.notice.REPLY", "Основен " + seed.getString("tag"))), notifications);
        assertTrue(notifications.contains(title), notifications);
        assertTrue(member.get(topic).body().contains(text("bg", "forum.unread", 0)), "read once seen");
        assertEquals(303, anonymous.get("/forum/notifications").statusCode(), "sign in first");
    }

    @Test
    void theTopicsAuthorMarksTheSolutionAndAReaderWatchesTheTopic() {
        JsonObject seed = ForumVisitor.seed(anonymous, 2);
        String topic = "/forum/t/" + seed.getString("topicPath");
        ForumVisitor basic = ForumVisitor.signedIn(seed, "basic");
        assertFalse(article(basic.get(topic).body(), 2).contains("value=\"solution\""), "only the topic's author marks it");

        ForumVisitor member = ForumVisitor.signedIn(seed, "member");
        assertFalse(article(member.get(topic).body(), 1).contains("value=\"solution\""), "not the question itself");
        HttpResponse<String> marked = member.post(topic, "action", "solution", "number", "3");
        assertEquals(303, marked.statusCode(), marked::body);
        assertEquals(topic + "?post=3#p3", location(marked));
        String html = anonymous.get(topic).body();
        assertTrue(html.contains("<a href=\"" + topic + "?post=3#p3\" id=\"forum-solution\">"), "the way to the solution");
        assertTrue(article(html, 3).startsWith("<article id=\"p3\" class=\"post solution\">"), article(html, 3));
        assertTrue(anonymous.get("/forum/c/" + seed.getString("categorySlug")).body()
                .contains(Bundles.text("bg", "forum.solved")), "solved in the list");

        assertTrue(basic.get(topic).body().contains(">" + Bundles.text("bg", "forum.watch") + "</button>"));
        assertEquals(303, basic.post(topic, "action", "watch").statusCode());
        assertTrue(basic.get(topic).body().contains(">" + Bundles.text("bg", "forum.unwatch") + "</button>"), "watching");
        assertEquals(303, basic.post(topic, "action", "unwatch").statusCode());
        assertTrue(basic.get(topic).body().contains(">" + Bundles.text("bg", "forum.watch") + "</button>"), "no more");

        String replyTo = basic.get(topic + "?replyTo=3").body();
        assertTrue(replyTo.contains("name=\"replyTo\" value=\"3\""), "a reply to post 3 from its link");
    }
}
