package bg.integra.web.security;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed sign-ins per client address, on top of the per-account lock, so that one client cannot try
 * many usernames. In memory: it protects a single server and forgets on restart, which is enough for that.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int MAX_FAILURES = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 100_000;

    private final Map<String, Window> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    public boolean isBlocked(String client) {
        Window w = failures.get(client);
        return w != null && !w.expired(clock.instant()) && w.count >= MAX_FAILURES;
    }

    public void recordFailure(String client) {
        Instant now = clock.instant();
        if (failures.size() > MAX_TRACKED) {
            failures.values().removeIf(w -> w.expired(now));
        }
        failures.compute(client, (k, w) -> w == null || w.expired(now) ? new Window(now, 1) : new Window(w.start, w.count + 1));
    }

    public void recordSuccess(String client) {
        failures.remove(client);
    }

    private record Window(Instant start, int count) {
        boolean expired(Instant now) {
            return now.isAfter(start.plus(WINDOW));
        }
    }
}
