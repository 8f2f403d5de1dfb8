package bg.integra.demo;

import bg.integra.forum.ForumCategory;
import bg.integra.forum.ForumPost;
import bg.integra.forum.ForumTopic;
import bg.integra.forum.PostStatus;
import bg.integra.portalaccount.AccountStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo forum as DemoData stores it: its categories, accounts and conversations, counted as the forum counts. */
class DemoForumTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 12, 0);

    private final AtomicInteger keys = new AtomicInteger();
    private final DemoForum forum = DemoForum.create(NOW, "hash-of-a-random-password", () -> "key-" + keys.incrementAndGet());

    @Test
    void fourCategoriesNamedInBulgarianAndEnglishTheArabicOneLimitedToArabic() {
        assertEquals(List.of(DemoForum.RESIDENCE, DemoForum.WORK, DemoForum.NEWS, DemoForum.ARABIC),
                forum.categories().stream().map(ForumCategory::getSlug).toList());
        for (ForumCategory c : forum.categories()) {
            assertTrue(c.getTexts().containsKey("bg") && c.getTexts().containsKey("en"), c.getSlug());
        }
        ForumCategory arabic = forum.categories().get(3);
        assertEquals("ar", arabic.getLanguage());
        assertEquals("أسئلة بالعربية", arabic.name("ar"));
        assertNull(forum.categories().get(0).getLanguage());
    }

    @Test
    void everyPostIsCountedInItsTopicAndItsCategory() {
        for (ForumCategory c : forum.categories()) {
            List<ForumTopic> topics = forum.topics().stream().filter(t -> t.getCategory() == c).toList();
            assertEquals(topics.size(), c.getTopicCount(), c.getSlug());
            assertEquals(topics.stream().mapToInt(ForumTopic::getPostCount).sum(), c.getPostCount(), c.getSlug());
            assertEquals(topics.stream().map(ForumTopic::getLastPostedAt).max(LocalDateTime::compareTo).orElseThrow(),
                    c.getLastPostedAt());
        }
        for (ForumTopic t : forum.topics()) {
            List<ForumPost> posts = forum.posts().stream().filter(p -> p.getTopic() == t).toList();
            assertTrue(posts.size() >= 3, t.getTitle() + " has replies");
            assertEquals(posts.size(), t.getPostCount());
            assertEquals(posts.size(), t.getHighestNumber());
            assertTrue(posts.stream().allMatch(p -> p.getStatus() == PostStatus.VISIBLE && p.getHtml().startsWith("<p>")));
            assertTrue(t.getLastPostedAt().isBefore(NOW), "written before the first start");
            assertEquals(t.getLanguage(), t.getCategory().getLanguage() == null ? "bg" : t.getCategory().getLanguage());
        }
    }

    @Test
    void theAccountsAreConfirmedMayNotBeMailedAndHaveTheirOwnKeys() {
        assertEquals(5, forum.accounts().size());
        forum.accounts().forEach(a -> {
            assertEquals(AccountStatus.ACTIVE, a.getStatus());
            assertTrue(a.getEmail().endsWith("@example.org"));
            assertFalse(a.isMailNotices() || a.isDigest());
            assertTrue(a.getTrustLevel() >= 1);
        });
        assertEquals(5, forum.accounts().stream().map(a -> a.getMailKey()).distinct().count());
    }
}
