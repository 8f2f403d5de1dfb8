package bg.integra.mail;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.logging.Logger;

/**
 * When a mail the server refused is tried again: {@code INTEGRA_MAIL_RETRY_SECONDS} (default
 * {@value #DEFAULT_SECONDS}) after the first failure, doubling after each further one, never more than an hour
 * apart; after {@link #GIVE_UP_AFTER} of failures the mail is given up on.
 */
public record MailRetry(Duration base) {

    public static final int DEFAULT_SECONDS = 60;
    public static final Duration MAX_DELAY = Duration.ofHours(1);
    public static final Duration GIVE_UP_AFTER = Duration.ofDays(3);
    private static final Logger LOG = Logger.getLogger(MailRetry.class.getName());

    public MailRetry {
        if (base == null || base.isNegative() || base.isZero()) throw new IllegalArgumentException("A positive base delay");
    }

    public static MailRetry fromEnvironment() {
        return of(System.getenv());
    }

    /** A missing value is the default; a wrong one too, said in the log. */
    static MailRetry of(Map<String, String> env) {
        String value = env.get("INTEGRA_MAIL_RETRY_SECONDS");
        if (value == null || value.isBlank()) return new MailRetry(Duration.ofSeconds(DEFAULT_SECONDS));
        try {
            long seconds = Long.parseLong(value.strip());
            if (seconds >= 1) return new MailRetry(Duration.ofSeconds(seconds));
        } catch (NumberFormatException e) {
            // fall through
        }
        LOG.warning(() -> "INTEGRA_MAIL_RETRY_SECONDS=" + value + " is not a whole number of seconds >= 1; using " + DEFAULT_SECONDS);
        return new MailRetry(Duration.ofSeconds(DEFAULT_SECONDS));
    }

    /** The wait after the given number of failed attempts (1 = the first failure): base × 2^(failures − 1), at most an hour. */
    public Duration delayAfter(int failures) {
        if (failures < 1) return Duration.ZERO;
        Duration delay = base;
        for (int i = 1; i < failures && delay.compareTo(MAX_DELAY) < 0; i++) delay = delay.multipliedBy(2);
        return delay.compareTo(MAX_DELAY) < 0 ? delay : MAX_DELAY;
    }

    /** Whether a mail first stored at {@code createdAt} has failed for long enough to be given up on. */
    public boolean givesUp(LocalDateTime createdAt, LocalDateTime now) {
        return !createdAt.plus(GIVE_UP_AFTER).isAfter(now);
    }
}
