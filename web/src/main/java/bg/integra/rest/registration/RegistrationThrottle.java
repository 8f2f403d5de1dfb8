package bg.integra.rest.registration;

import bg.integra.rest.common.FixedWindowLimit;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;

/**
 * Limits how many registrations one client address may send in an hour, since registering needs no account:
 * enough for a partner site that registers a group, too few to fill an event with made-up people. The limit is
 * {@code INTEGRA_REGISTRATION_LIMIT} (default {@value #DEFAULT_LIMIT}). In memory, per server, like the sign-in
 * throttle.
 */
@ApplicationScoped
public class RegistrationThrottle {

    static final int DEFAULT_LIMIT = 30;
    static final Duration WINDOW = Duration.ofHours(1);

    private final FixedWindowLimit limit;

    public RegistrationThrottle() {
        this(Clock.systemUTC(), limitFrom(System.getenv("INTEGRA_REGISTRATION_LIMIT")));
    }

    RegistrationThrottle(Clock clock, int limit) {
        this.limit = new FixedWindowLimit(clock, limit, WINDOW);
    }

    /** Counts an attempt of the client; false when the client has used up its attempts for the hour. */
    public boolean tryAcquire(String client) {
        return limit.tryAcquire(client);
    }

    /** Seconds until the client's window ends, for Retry-After. */
    public long secondsToWait(String client) {
        return limit.secondsToWait(client);
    }

    static int limitFrom(String value) {
        return FixedWindowLimit.limitFrom("INTEGRA_REGISTRATION_LIMIT", value, DEFAULT_LIMIT);
    }
}
