package bg.integra.rest.common;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;

/**
 * How many writes one API token may send a minute: {@code INTEGRA_API_WRITE_LIMIT} (default {@value #DEFAULT_LIMIT}),
 * enough for a program that syncs a member's records, too few for one gone astray to flood the directory. In
 * memory and per server, like the registration throttle.
 */
@ApplicationScoped
public class WriteThrottle {

    static final int DEFAULT_LIMIT = 60;
    static final Duration WINDOW = Duration.ofMinutes(1);

    private final FixedWindowLimit limit;

    public WriteThrottle() {
        this(Clock.systemUTC(), FixedWindowLimit.limitFrom("INTEGRA_API_WRITE_LIMIT",
                System.getenv("INTEGRA_API_WRITE_LIMIT"), DEFAULT_LIMIT));
    }

    WriteThrottle(Clock clock, int limit) {
        this.limit = new FixedWindowLimit(clock, limit, WINDOW);
    }

    /** Counts a write of the token, or refuses it with 429 and the seconds to wait. */
    public void acquire(long tokenId) {
        if (!limit.tryAcquire(tokenId)) {
            throw new TooManyRequestsException("This API token has sent " + limit.limit() + " writes this minute; try again later",
                    limit.secondsToWait(tokenId));
        }
    }
}
