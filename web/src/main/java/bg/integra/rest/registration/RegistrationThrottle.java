package bg.integra.rest.registration;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
    private static final int MAX_TRACKED = 100_000;

    private final Map<String, Window> attempts = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int limit;

    public RegistrationThrottle() {
        this(Clock.systemUTC(), limitFrom(System.getenv("INTEGRA_REGISTRATION_LIMIT")));
    }

    RegistrationThrottle(Clock clock, int limit) {
        this.clock = clock;
        this.limit = limit;
    }

    /** Counts an attempt of the client; false when the client has used up its attempts for the hour. */
    public boolean tryAcquire(String client) {
        Instant now = clock.instant();
        if (attempts.size() > MAX_TRACKED) attempts.values().removeIf(w -> w.expired(now));
        Window w = attempts.compute(client, (k, old) -> old == null || old.expired(now) ? new Window(now, 1) : new Window(old.start, old.count + 1));
        return w.count <= limit;
    }

    /** Seconds until the client's window ends, for Retry-After. */
    public long secondsToWait(String client) {
        Window w = attempts.get(client);
        if (w == null) return 0;
        return Math.max(1, Duration.between(clock.instant(), w.start.plus(WINDOW)).toSeconds());
    }

    static int limitFrom(String value) {
        if (value == null || value.isBlank()) return DEFAULT_LIMIT;
        int n = Integer.parseInt(value.strip());
        if (n < 1) throw new IllegalArgumentException("INTEGRA_REGISTRATION_LIMIT must be at least 1");
        return n;
    }

    private record Window(Instant start, int count) {
        boolean expired(Instant now) {
            return !now.isBefore(start.plus(WINDOW));
        }
    }
}
