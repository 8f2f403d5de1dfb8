package bg.integra.it.forum;

import bg.integra.common.InvalidInputException;
import bg.integra.common.NotFoundException;
import bg.integra.common.PageRequest;
import bg.integra.common.RuleRefusedException;
import bg.integra.forum.FlagReason;
import bg.integra.forum.ForumCategory;
import bg.integra.forum.ForumDigest;
import bg.integra.forum.ForumModeration;
import bg.integra.forum.ForumPost;
import bg.integra.forum.ForumService;
import bg.integra.forum.ForumTopic;
import bg.integra.forum.ForumTrust;
import bg.integra.forum.ForumWriting;
import bg.integra.forum.NotificationKind;
import bg.integra.forum.PostStatus;
import bg.integra.portalaccount.PortalAccount;
import bg.integra.portalaccount.PortalAccountService;
import bg.integra.search.SearchHit;
import bg.integra.search.SearchService;
import bg.integra.content.Content;
import java.time.LocalDateTime;
import bg.integra.testsupport.ForumProbe;
import bg.integra.testsupport.ForumSeeds;
import bg.integra.testsupport.TestData;
import bg.integra.testsupport.runas.AsModerator;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The forum's writing rules inside the server: a new account's first posts held until approved, numbering and
 * counts, notifications and their mails, flags, limits, trust levels, and fifty replies to one topic at once.
 */
@ExtendWith(ArquillianExtension.class)
class ForumWritingIT {

    @Inject
    ForumWriting writing;

    @Inject
    ForumService forum;

    @Inject
    ForumTrust trust;

    @Inject
    ForumModeration moderation;

    @Inject
    AsModerator moderator;

    @Inject
    ForumDigest digest;

    @Inject
    PortalAccountService accounts;

    @Inject
    SearchService search;

    @Inject
    ForumSeeds seeds;

    @Inject
    ForumProbe probe;

    /** A category, four accounts (TL0 newcomer, TL1 basic and other, TL2 member) and a topic by member with replies by basic. */
    record World(ForumCategory category, PortalAccount newcomer, PortalAccount basic, PortalAccount member,
                 PortalAccount other, ForumTopic topic) {
    }

    private World world(int replies) {
        String tag = TestData.unique("fw").toLowerCase();
        ForumCategory category = seeds.category(tag, null, "Категория " + tag);
        PortalAccount member = seeds.account("member-" + tag, "Член " + tag, "en", 2, true);
        PortalAccount basic = seeds.account("basic-" + tag, "Основен " + tag, "bg", 1, true);
        return new World(category, seeds.account("new-" + tag, "Нов " + tag, "bg", 0, false), basic, member,
                seeds.account("other-" + tag, "Друг " + tag, "bg", 1, true),
                seeds.topic(category, "Тема " + tag, member, basic, replies));
    }

    private static Throwable cause(Throwable e) {
        while (e instanceof EJBException && e.getCause() != null) e = e.getCause();
        return e;
    }

    private static String refusal(Runnable write) {
        Throwable e = cause(assertThrows(Exception.class, write::run));
        if (e instanceof RuleRefusedException r) return r.reason();
        if (e instanceof InvalidInputException i) return i.fields().toString();
        throw new AssertionError("not a refusal: " + e, e);
    }

    @Test
    void aNewAccountsFirstPostsWaitForAModeratorThenItsPostsGoOutAtOnce() {
        World w = world(1);
        ForumWriting.Posted first = writing.reply(w.newcomer().getId(), w.topic().getId(), "Здравейте, аз съм нов тук.", null);
        assertEquals(PostStatus.HELD, first.status());
        assertEquals(3, first.number());
        probe.agePosts(w.newcomer().getId(), 60);
        ForumWriting.Posted second = writing.reply(w.newcomer().getId(), w.topic().getId(), "И още един въпрос.", null);
        assertEquals(PostStatus.HELD, second.status());

        // readers see neither, and no count moved
        assertEquals(List.of(1, 2), forum.posts(w.topic().getId(), new PageRequest(0, 20)).items().stream().map(ForumPost::getNumber).toList());
        assertEquals(2, probe.topic(w.topic().getId()).getPostCount());
        assertEquals(2, probe.category(w.category().getId()).getPostCount());
        assertEquals(List.of(), probe.notifications(w.member().getId()), "nobody is told of a held post");

        ForumPost held = probe.post(w.topic().getId(), 3);
        moderator.run(() -> moderation.approve(held.getId(), null, held.getVersion()));
        ForumPost held2 = probe.post(w.topic().getId(), 4);
        moderator.run(() -> moderation.approve(held2.getId(), "", held2.getVersion()));
        assertEquals(List.of(1, 2, 3, 4), forum.posts(w.topic().getId(), new PageRequest(0, 20)).items().stream().map(ForumPost::getNumber).toList());
        assertEquals(4, probe.topic(w.topic().getId()).getPostCount());
        assertEquals(4, probe.category(w.category().getId()).getPostCount());
        assertEquals(2, probe.account(w.newcomer().getId()).getApprovedPosts());
        assertEquals(List.of(NotificationKind.APPROVED, NotificationKind.APPROVED), probe.notifications(w.newcomer().getId()));
        assertEquals(List.of(NotificationKind.REPLY, NotificationKind.REPLY), probe.notifications(w.member().getId()),
                "the topic's author hears of each reply once it is out");

        probe.agePosts(w.newcomer().getId(), 60);
        assertEquals(PostStatus.VISIBLE, writing.reply(w.newcomer().getId(), w.topic().getId(), "Вече не чакам.", null).status());
        assertEquals(5, probe.topic(w.topic().getId()).getPostCount());
    }

    @Test
    void aReplyIsNumberedCountedAndToldToTheTopicsAuthorTheMentionedTheAnsweredAndTheWatchers() {
        World w = world(2);
        writing.watch(w.other().getId(), w.topic().getId(), true);
        ForumWriting.Posted mention = writing.reply(w.basic().getId(), w.topic().getId(),
                "Благодаря, @" + w.member().getHandle() + "! Виж и `@" + w.other().getHandle() + "` в код.", 2);
        assertEquals(PostStatus.VISIBLE, mention.status());
        assertEquals(4, mention.number());
        assertEquals(4, probe.topic(w.topic().getId()).getPostCount());
        assertEquals(4, probe.category(w.category().getId()).getPostCount());
        assertEquals(w.basic().getId(), probe.topic(w.topic().getId()).getLastPoster().getId());

        // the topic's author is mentioned: one notification, the mention; the watcher is told as a watcher, not
        // as mentioned (a handle in code is no mention); the writer answered himself: nothing for him
        assertEquals(List.of(NotificationKind.MENTION), probe.notifications(w.member().getId()));
        assertEquals(List.of(NotificationKind.WATCHED), probe.notifications(w.other().getId()));
        assertEquals(List.of(), probe.notifications(w.basic().getId()));
        List<String> subjects = probe.mailSubjects(w.member().getEmail());
        assertEquals(1, subjects.size());
        assertTrue(subjects.get(0).contains("mentioned you"), subjects.toString()); // the member reads English
        String body = probe.mailBodies(w.member().getEmail()).get(0);
        assertTrue(body.contains("/forum/t/" + w.topic().path() + "?post=4"), body);
        assertTrue(body.contains("/account/stop-mails/" + probe.account(w.member().getId()).getMailKey()), "every mail can stop the mails: " + body);

        // an answer to basic's post tells basic (REPLY) and the topic's author (REPLY)
        ForumWriting.Posted answer = writing.reply(w.other().getId(), w.topic().getId(), "Съгласен съм.", 4);
        assertEquals(5, answer.number());
        assertEquals(List.of(NotificationKind.REPLY), probe.notifications(w.basic().getId()));
        assertEquals(List.of(NotificationKind.MENTION, NotificationKind.REPLY), probe.notifications(w.member().getId()));
        assertEquals(2, forum.unread(w.member().getId()));
        writing.markNotificationsRead(w.member().getId());
        assertEquals(0, forum.unread(w.member().getId()));
    }

    @Test
    void threeFlagsFromTrustedReadersHideAPostUntilAModeratorDecides() {
        World w = world(2);
        String tag = TestData.unique("fl").toLowerCase();
        PortalAccount third = seeds.account("third-" + tag, "Трети " + tag, "bg", 1, true);
        ForumPost flagged = probe.post(w.topic().getId(), 2); // basic's reply

        assertEquals("forum.refused.flagTrust", refusal(() -> writing.flag(w.newcomer().getId(), flagged.getId(), FlagReason.SPAM)));
        assertEquals("forum.refused.flagOwn", refusal(() -> writing.flag(w.basic().getId(), flagged.getId(), FlagReason.SPAM)));
        writing.flag(w.other().getId(), flagged.getId(), FlagReason.SPAM);
        writing.flag(w.other().getId(), flagged.getId(), FlagReason.ABUSIVE); // again: nothing
        writing.flag(w.member().getId(), flagged.getId(), FlagReason.OFF_TOPIC);
        assertEquals(PostStatus.VISIBLE, probe.post(w.topic().getId(), 2).getStatus(), "two distinct flags are not enough");
        assertEquals(2, probe.post(w.topic().getId(), 2).getFlags());

        writing.flag(third.getId(), flagged.getId(), FlagReason.PERSONAL_DATA);
        assertEquals(PostStatus.HIDDEN, probe.post(w.topic().getId(), 2).getStatus());
        assertEquals(List.of(1, 3), forum.posts(w.topic().getId(), new PageRequest(0, 20)).items().stream().map(ForumPost::getNumber).toList());
        assertEquals(2, probe.topic(w.topic().getId()).getPostCount());
        assertEquals(2, probe.category(w.category().getId()).getPostCount());
        assertEquals(1, moderator.call(() -> moderation.queue(new PageRequest(0, 100)).items().stream()
                .filter(p -> p.getId().equals(flagged.getId())).count()), "the hidden post waits in the moderators' queue");

        // a moderator keeps it: it is back, its flags answered
        ForumPost hidden = probe.post(w.topic().getId(), 2);
        moderator.run(() -> moderation.approve(hidden.getId(), "Не е спам", hidden.getVersion()));
        assertEquals(PostStatus.VISIBLE, probe.post(w.topic().getId(), 2).getStatus());
        assertEquals(0, probe.post(w.topic().getId(), 2).getFlags());
        assertEquals(3, probe.topic(w.topic().getId()).getPostCount());
        assertEquals(3, probe.category(w.category().getId()).getPostCount());
    }

    @Test
    void theRulesOfWritingAreCheckedBeforeAnythingIsStored() {
        World w = world(1);
        long topic = w.topic().getId();
        assertTrue(refusal(() -> writing.reply(w.basic().getId(), topic, "  ", null)).contains("text"));
        assertTrue(refusal(() -> writing.createTopic(w.basic().getId(), w.category().getId(), "Кратко", "Текст на темата", "bg")).contains("title"));
        assertTrue(refusal(() -> writing.createTopic(w.basic().getId(), w.category().getId(), "Заглавие на темата", "Текст", "xx")).contains("language"));
        // a new account: at most two links, no pictures
        assertEquals("forum.refused.links", refusal(() -> writing.reply(w.newcomer().getId(), topic,
                "Вижте https://a.example, https://b.example и https://c.example", null)));
        assertEquals("forum.refused.images", refusal(() -> writing.reply(w.newcomer().getId(), topic,
                "![снимка](/media/1/x.png)", null)));
        // the pause between two posts of one account
        writing.reply(w.other().getId(), topic, "Първи отговор.", null);
        assertEquals("forum.refused.tooFast", refusal(() -> writing.reply(w.other().getId(), topic, "Втори веднага.", null)));
        assertEquals(List.of(1, 2, 3), probe.numbers(topic), "nothing refused was stored");
        // a topic in another language than its category's
        ForumCategory arabic = seeds.category(TestData.unique("ar").toLowerCase(), "ar", "Арабска");
        assertTrue(refusal(() -> writing.createTopic(w.member().getId(), arabic.getId(), "Заглавие на темата", "Текст на темата", "bg")).contains("language"));
        assertInstanceOf(NotFoundException.class, cause(assertThrows(Exception.class,
                () -> writing.reply(w.member().getId(), Long.MAX_VALUE, "Отговор", null))));
    }

    @Test
    void readingEnoughRaisesTheTrustLevelAndItsLinksAreFollowed() {
        World w = world(3);
        seeds.reading(w.newcomer().getId(), 4, 29, 599, 1);
        assertEquals(0, trust.read(w.newcomer().getId(), w.topic().getId(), 0), "one topic entered but no new post read: still new");
        assertEquals(1, trust.read(w.newcomer().getId(), w.topic().getId(), 4), "five topics, 33 posts, ten minutes: basic");
        assertEquals(1, probe.account(w.newcomer().getId()).getTrustLevel());
        // a basic account's links are followed; a new one's are not
        probe.agePosts(w.basic().getId(), 60);
        writing.reply(w.basic().getId(), w.topic().getId(), "Вижте https://example.org", null);
        String html = probe.post(w.topic().getId(), 5).getHtml();
        assertTrue(html.contains("ugc") && !html.contains("nofollow"), html);
    }

    @Test
    void fiftyRepliesToOneTopicAtOnceAreAllStoredNumberedAndCountedExactly() throws Exception {
        World w = world(0);
        String tag = TestData.unique("p").toLowerCase();
        List<PortalAccount> writers = IntStream.range(0, 50)
                .mapToObj(i -> seeds.account("p" + i + "-" + tag, "Пишещ " + i, "bg", 1, true)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ForumWriting.Posted>> answers = new ArrayList<>();
        try {
            for (PortalAccount writer : writers) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return writing.reply(writer.getId(), w.topic().getId(), "Отговор от " + writer.getHandle(), null);
                }));
            }
            start.countDown();
            List<Integer> numbers = new ArrayList<>();
            for (Future<ForumWriting.Posted> answer : answers) numbers.add(answer.get().number());
            assertEquals(IntStream.rangeClosed(2, 51).boxed().toList(), numbers.stream().sorted().toList());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(IntStream.rangeClosed(1, 51).boxed().toList(), probe.numbers(w.topic().getId()));
        ForumTopic topic = probe.topic(w.topic().getId());
        assertEquals(51, topic.getPostCount());
        assertEquals(51, topic.getHighestNumber());
        assertEquals(51, probe.visiblePosts(w.topic().getId()));
        assertEquals(51, probe.category(w.category().getId()).getPostCount());
        assertEquals(50, probe.notifications(w.member().getId()).size(), "the topic's author heard of every reply");
    }

    @Test
    void theWeeklyDigestListsTheNewTopicsOfFollowedCategoriesOnceAndNeverAfterTheOneClickStop() {
        World w = world(1);
        writing.follow(w.basic().getId(), w.category().getId(), true);
        writing.follow(w.other().getId(), w.category().getId(), true);
        assertTrue(accounts.stopMails(probe.account(w.other().getId()).getMailKey()));
        LocalDateTime now = LocalDateTime.now(Content.ZONE);

        assertTrue(digest.due(now, 0).contains(w.basic().getId()));
        assertFalse(digest.due(now, 0).contains(w.member().getId()), "follows nothing");
        assertTrue(digest.send(w.basic().getId(), now));
        List<String> bodies = probe.mailBodies(w.basic().getEmail());
        assertEquals(1, bodies.size());
        assertTrue(bodies.get(0).contains(w.topic().getTitle()) && bodies.get(0).contains("/forum/t/" + w.topic().path()), bodies.get(0));
        assertTrue(bodies.get(0).contains("/account/stop-mails/"), bodies.get(0));

        // the next run finds it sent: nobody gets the same digest twice
        assertFalse(digest.due(now, 0).contains(w.basic().getId()));
        assertFalse(digest.send(w.basic().getId(), now));
        assertFalse(digest.send(w.other().getId(), now));
        assertEquals(1, probe.mailBodies(w.basic().getEmail()).size());
        assertEquals(List.of(), probe.mailBodies(w.other().getEmail()));
    }

    @Test
    void theSiteSearchFindsAVisibleTopicByItsFirstPostOrAReplyAndNotWhatIsHeldOrHidden() {
        World w = world(0);
        String word = "ключалка" + TestData.unique("w").replaceAll("[^a-z0-9]", "");
        String held = "резе" + TestData.unique("h").replaceAll("[^a-z0-9]", "");
        ForumWriting.Posted shown = writing.createTopic(w.member().getId(), w.category().getId(), "Въпрос за жилището",
                "Как се сменя " + word + " на входа?", "bg");
        writing.createTopic(w.newcomer().getId(), w.category().getId(), "Друг въпрос за жилището", "А " + held + "?", "bg");
        List<SearchHit> hits = search.search(word.toUpperCase(), "bg", new PageRequest(0, 10)).hits();
        assertEquals(List.of(SearchService.FORUM + "/" + shown.topicPath()), hits.stream().map(h -> h.type() + "/" + h.key()).toList());
        assertEquals(List.of(), search.search(held, "bg", new PageRequest(0, 10)).hits(), "a held topic is nobody's to find yet");

        // a reply: found as its topic at the reply, once however many replies match; a hidden reply is not found
        String inReply = "брава" + TestData.unique("r").replaceAll("[^a-z0-9]", "");
        writing.reply(w.basic().getId(), shown.topicId(), "Смених " + inReply + " вчера.", null);
        writing.reply(w.other().getId(), shown.topicId(), "И моята " + inReply.toUpperCase() + " е нова.", null);
        List<SearchHit> replies = search.search(inReply, "bg", new PageRequest(0, 10)).hits();
        assertEquals(1, replies.size(), replies::toString);
        assertTrue(replies.get(0).key().startsWith(shown.topicPath() + "?post="), replies.get(0).key());
        assertEquals("Въпрос за жилището", replies.get(0).title());

        String lonely = "катинар" + TestData.unique("k").replaceAll("[^a-z0-9]", "");
        PortalAccount third = seeds.account("third-" + w.category().getSlug(), "Трети", "bg", 1, true);
        ForumWriting.Posted lone = writing.reply(third.getId(), shown.topicId(), "Само " + lonely + ".", null);
        assertEquals(List.of(SearchService.FORUM + "/" + shown.topicPath() + "?post=" + lone.number()),
                search.search(lonely, "bg", new PageRequest(0, 10)).hits().stream().map(h -> h.type() + "/" + h.key()).toList());
        ForumPost post = probe.post(shown.topicId(), lone.number());
        moderator.run(() -> moderation.hide(post.getId(), "проба", post.getVersion()));
        assertEquals(List.of(), search.search(lonely, "bg", new PageRequest(0, 10)).hits(), "not once hidden");
    }
}
