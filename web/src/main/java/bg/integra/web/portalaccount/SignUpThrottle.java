package bg.integra.web.portalaccount;

import bg.integra.rest.common.FixedWindowLimit;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;

/**
 * Limits how many sign-ups one client address may send in a day, so that a script cannot make accounts by the
 * hundred: enough for a family or an office behind one address, and for a few typing mistakes. Every sign-up that
 * reaches the service counts (also one refused for a typo, and the answer to a filled honeypot). The limit is
 * {@code INTEGRA_SIGNUP_LIMIT} (default {@value #DEFAULT_LIMIT}). In memory, per server, like the sign-in throttle.
 */
@ApplicationScoped
public class SignUpThrottle {

    static final int DEFAULT_LIMIT = 10;
    static final Duration WINDOW = Duration.ofDays(1);

    private final FixedWindowLimit limit;

    public SignUpThrottle() {
        this(Clock.systemUTC(), FixedWindowLimit.limitFrom("INTEGRA_SIGNUP_LIMIT", System.getenv("INTEGRA_SIGNUP_LIMIT"),
                DEFAULT_LIMIT));
    }

    SignUpThrottle(Clock clock, int limit) {
        this.limit = new FixedWindowLimit(clock, limit, WINDOW);
    }

    /** Counts a sign-up of the client; false when the client has used up its sign-ups for the day. */
    public boolean tryAcquire(String client) {
        return limit.tryAcquire(client);
    }

    /** Seconds until the client may sign up again, for Retry-After. */
    public long secondsToWait(String client) {
        return limit.secondsToWait(client);
    }
}
