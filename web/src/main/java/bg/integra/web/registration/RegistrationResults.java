package bg.integra.web.registration;

import bg.integra.registration.RegistrationStatus;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the registration form's result page shows, kept for a short while under a random key after the form's
 * POST redirects to that page (post/redirect/get without a session). The key is in the result page's address;
 * it tells nothing and lets nobody cancel. In memory, per server, like the registration throttle.
 */
@ApplicationScoped
public class RegistrationResults {

    static final Duration KEPT = Duration.ofMinutes(30);
    static final int MAX_KEPT = 10_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The outcome of one registration: its event, status, place on the waitlist (0 if confirmed) and e-mail. */
    public record Result(long eventId, RegistrationStatus status, int waitlistPosition, String email, Instant at) {
    }

    private final Map<String, Result> results = new ConcurrentHashMap<>();
    private final Clock clock;

    public RegistrationResults() {
        this(Clock.systemUTC());
    }

    RegistrationResults(Clock clock) {
        this.clock = clock;
    }

    /** Keeps a result and answers its key. */
    public String keep(long eventId, RegistrationStatus status, int waitlistPosition, String email) {
        Instant now = clock.instant();
        if (results.size() >= MAX_KEPT) {
            results.values().removeIf(r -> expired(r, now));
            if (results.size() >= MAX_KEPT) results.clear(); // a flood: the newest result matters most
        }
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        results.put(key, new Result(eventId, status, waitlistPosition, email, now));
        return key;
    }

    /** The result kept under a key, while it is fresh. */
    public Optional<Result> find(String key) {
        if (key == null) return Optional.empty();
        Result r = results.get(key);
        return r == null || expired(r, clock.instant()) ? Optional.empty() : Optional.of(r);
    }

    private static boolean expired(Result r, Instant now) {
        return !now.isBefore(r.at().plus(KEPT));
    }
}
