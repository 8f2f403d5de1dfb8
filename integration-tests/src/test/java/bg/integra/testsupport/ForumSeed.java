package bg.integra.testsupport;

import bg.integra.content.Content;
import bg.integra.forum.ForumCategory;
import bg.integra.forum.ForumTopic;
import bg.integra.portalaccount.PortalAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.time.LocalDateTime;

/**
 * POST /test-support/forum: a category {@code fc-TAG} (open to all, or limited to {@code language}) and four confirmed
 * accounts, each with the password {@link ForumSeeds#PASSWORD}: {@code newcomer} (trust level 0, nothing approved
 * yet: its first posts are held), {@code basic} (level 1), {@code member} (level 2) and {@code other} (level 1); and
 * a visible topic by {@code member} with {@code replies} (default 3) replies by {@code basic}, an hour back (with
 * {@code recent=true}: its last post a second ago, so that it leads the latest topics however many other tests
 * wrote in the last hour; with {@code solution=N}: its post N marked as the solution). Answers the tag, the
 * category's {@code categoryId} and {@code categorySlug}, the topic's {@code topicId} and {@code topicPath}, and per
 * account its id, e-mail and handle ({@code newcomerId}, {@code newcomerEmail}, {@code newcomerHandle} …).
 * <p>POST /test-support/forum?reading=ACCOUNT_ID&amp;topics=&amp;posts=&amp;seconds=&amp;days= sets what that account
 * has read (204).
 * <p>GET /test-support/forum?topic=ID&amp;number=N answers the {@code postId} of that post, whatever its status (a held
 * post is in no public answer).
 */
@ApplicationScoped
public class ForumSeed implements Seed {

    @Inject
    private ForumSeeds seeds;

    @Override
    public String path() {
        return "forum";
    }

    @Override
    public JsonObject post(Params params) {
        if (params.has("reading")) {
            seeds.reading(params.number("reading"), params.integer("topics", 0), params.integer("posts", 0),
                    params.integer("seconds", 0), params.integer("days", 0));
            return null;
        }
        String tag = TestData.unique("fc").toLowerCase();
        String language = params.optional("language");
        ForumCategory category = seeds.category(tag, language, "Категория " + tag);
        JsonObjectBuilder answer = Json.createObjectBuilder().add("tag", tag).add("password", ForumSeeds.PASSWORD)
                .add("categoryId", category.getId()).add("categorySlug", category.getSlug());
        PortalAccount newcomer = seeds.account("new-" + tag, "Нов " + tag, "bg", 0, false);
        PortalAccount basic = seeds.account("basic-" + tag, "Основен " + tag, "bg", 1, true);
        PortalAccount member = seeds.account("member-" + tag, "Член " + tag, "en", 2, true);
        PortalAccount other = seeds.account("other-" + tag, "Друг " + tag, "ar", 1, true);
        add(answer, "newcomer", newcomer);
        add(answer, "basic", basic);
        add(answer, "member", member);
        add(answer, "other", other);
        int replies = params.integer("replies", 3);
        LocalDateTime start = "true".equals(params.optional("recent"))
                ? LocalDateTime.now(Content.ZONE).minusSeconds(replies + 1L) : LocalDateTime.now(Content.ZONE).minusHours(1);
        ForumTopic topic = seeds.topic(category, "Тема за теста " + tag, member, basic, replies, start);
        if (params.has("solution")) seeds.solve(topic.getId(), params.integer("solution", 0));
        return answer.add("topicId", topic.getId()).add("topicPath", topic.path()).build();
    }

    @Override
    public JsonObject get(Params params) {
        return Json.createObjectBuilder().add("postId", seeds.postId(params.number("topic"), params.integer("number"))).build();
    }

    private static void add(JsonObjectBuilder answer, String name, PortalAccount account) {
        answer.add(name + "Id", account.getId()).add(name + "Email", account.getEmail()).add(name + "Handle", account.getHandle());
    }
}
