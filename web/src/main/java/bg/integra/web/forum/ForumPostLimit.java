package bg.integra.web.forum;

import bg.integra.rest.common.FixedWindowLimit;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;

/**
 * Limits how many forum forms (posts, edits, flags) one client address may send in an hour, whichever accounts
 * it signs in with: the services limit each account, this limits an address that makes accounts in a row. The
 * limit is {@code INTEGRA_FORUM_POST_LIMIT} (default {@value #DEFAULT_LIMIT}). In memory, per server.
 */
@ApplicationScoped
public class ForumPostLimit {

    static final int DEFAULT_LIMIT = 60;
    static final Duration WINDOW = Duration.ofHours(1);

    private final FixedWindowLimit limit;

    public ForumPostLimit() {
        this(Clock.systemUTC(), FixedWindowLimit.limitFrom("INTEGRA_FORUM_POST_LIMIT", System.getenv("INTEGRA_FORUM_POST_LIMIT"),
                DEFAULT_LIMIT));
    }

    ForumPostLimit(Clock clock, int limit) {
        this.limit = new FixedWindowLimit(clock, limit, WINDOW);
    }

    /** Counts a form of the client; false when the client has used up its forms for the hour. */
    public boolean tryAcquire(String client) {
        return limit.tryAcquire(client);
    }

    public long secondsToWait(String client) {
        return limit.secondsToWait(client);
    }
}
