package bg.integra.rest.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} requests per key (a client address, a token) in a fixed window of time, counted in memory,
 * per server. The registration throttle and the API's write limit are two of these with their own key and window.
 */
public final class FixedWindowLimit {

    private static final int MAX_TRACKED = 100_000;

    private final Map<Object, Window> attempts = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int limit;
    private final Duration window;

    public FixedWindowLimit(Clock clock, int limit, Duration window) {
        if (limit < 1) throw new IllegalArgumentException("A limit is at least 1");
        this.clock = clock;
        this.limit = limit;
        this.window = window;
    }

    /** Counts a request of the key; false when the key has used up its requests for the window. */
    public boolean tryAcquire(Object key) {
        Instant now = clock.instant();
        if (attempts.size() > MAX_TRACKED) attempts.values().removeIf(w -> w.expired(now, window));
        Window w = attempts.compute(key, (k, old) -> old == null || old.expired(now, window) ? new Window(now, 1)
                : new Window(old.start, old.count + 1));
        return w.count <= limit;
    }

    /** Seconds until the key's window ends, for Retry-After (at least 1). */
    public long secondsToWait(Object key) {
        Window w = attempts.get(key);
        if (w == null) return 0;
        return Math.max(1, Duration.between(clock.instant(), w.start.plus(window)).toSeconds());
    }

    public int limit() {
        return limit;
    }

    /** A limit from an environment variable's value: the default when unset, else a whole number of at least 1. */
    public static int limitFrom(String variable, String value, int defaultLimit) {
        if (value == null || value.isBlank()) return defaultLimit;
        int n = Integer.parseInt(value.strip());
        if (n < 1) throw new IllegalArgumentException(variable + " must be at least 1");
        return n;
    }

    private record Window(Instant start, int count) {
        boolean expired(Instant now, Duration window) {
            return !now.isBefore(start.plus(window));
        }
    }
}
