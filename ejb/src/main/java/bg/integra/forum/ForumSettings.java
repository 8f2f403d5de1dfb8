package bg.integra.forum;

import java.util.Map;

/**
 * The forum's rules of trust and limits, read from the environment at start-up ({@code INTEGRA_FORUM_…}) so that a
 * community can tune them without a release. The defaults follow Discourse's spirit, scaled to a small network:
 * <ul>
 * <li>trust level 0 (new): the first {@link #holdFirstPosts} posts wait for a moderator; at most
 * {@link #newTopicsPerDay} topics and {@link #newRepliesPerDay} replies a day, {@link #newLinksPerPost} links and
 * no pictures in a post, links marked {@code nofollow};</li>
 * <li>level 1 (basic) after entering {@link #tl1Topics} topics, reading {@link #tl1Posts} posts and
 * {@link #tl1Minutes} minutes of reading: may flag, post pictures, links followed;</li>
 * <li>level 2 (member) after {@link #tl2Days} days of visits, {@link #tl2Topics} topics entered, {@link #tl2Posts}
 * posts read and {@link #tl2Replies} replies written.</li>
 * </ul>
 * A post flagged by {@link #flagsToHide} distinct readers is hidden until reviewed. Every account waits
 * {@link #secondsBetweenPosts} seconds between two posts.
 */
public record ForumSettings(int holdFirstPosts, int newTopicsPerDay, int newRepliesPerDay, int newLinksPerPost,
                            int tl1Topics, int tl1Posts, int tl1Minutes,
                            int tl2Days, int tl2Topics, int tl2Posts, int tl2Replies,
                            int flagsToHide, int secondsBetweenPosts) {

    private static final ForumSettings CURRENT = of(System.getenv());

    public static ForumSettings current() {
        return CURRENT;
    }

    static ForumSettings of(Map<String, String> env) {
        return new ForumSettings(
                number(env, "INTEGRA_FORUM_HOLD_FIRST_POSTS", 2),
                number(env, "INTEGRA_FORUM_NEW_TOPICS_PER_DAY", 3),
                number(env, "INTEGRA_FORUM_NEW_REPLIES_PER_DAY", 10),
                number(env, "INTEGRA_FORUM_NEW_LINKS_PER_POST", 2),
                number(env, "INTEGRA_FORUM_TL1_TOPICS", 5),
                number(env, "INTEGRA_FORUM_TL1_POSTS", 30),
                number(env, "INTEGRA_FORUM_TL1_MINUTES", 10),
                number(env, "INTEGRA_FORUM_TL2_DAYS", 15),
                number(env, "INTEGRA_FORUM_TL2_TOPICS", 20),
                number(env, "INTEGRA_FORUM_TL2_POSTS", 100),
                number(env, "INTEGRA_FORUM_TL2_REPLIES", 3),
                number(env, "INTEGRA_FORUM_FLAGS_TO_HIDE", 3),
                number(env, "INTEGRA_FORUM_SECONDS_BETWEEN_POSTS", 10));
    }

    private static int number(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) return fallback;
        try {
            int n = Integer.parseInt(value.strip());
            return n < 0 ? fallback : n;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** The level an account's reading and writing has earned (never above 2: levels 3 and 4 are given by people). */
    public int earnedLevel(int topicsEntered, int postsRead, int readSeconds, int daysVisited, int replies) {
        boolean basic = topicsEntered >= tl1Topics && postsRead >= tl1Posts && readSeconds >= tl1Minutes * 60;
        if (!basic) return 0;
        boolean member = daysVisited >= tl2Days && topicsEntered >= tl2Topics && postsRead >= tl2Posts
                && replies >= tl2Replies;
        return member ? 2 : 1;
    }
}
