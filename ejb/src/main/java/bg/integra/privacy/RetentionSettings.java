package bg.integra.privacy;

import java.util.Map;
import java.util.logging.Logger;

/** How long registrations keep personal data after their event ended: {@code INTEGRA_RETENTION_MONTHS}. */
public record RetentionSettings(int months) {

    public static final int DEFAULT_MONTHS = 24;
    private static final Logger LOG = Logger.getLogger(RetentionSettings.class.getName());

    public RetentionSettings {
        if (months < 1) throw new IllegalArgumentException("At least one month");
    }

    public static RetentionSettings fromEnvironment() {
        return of(System.getenv());
    }

    /** A missing value is the default; a wrong one too, said in the log, so that a typo never erases early. */
    static RetentionSettings of(Map<String, String> env) {
        String value = env.get("INTEGRA_RETENTION_MONTHS");
        if (value == null || value.isBlank()) return new RetentionSettings(DEFAULT_MONTHS);
        try {
            int months = Integer.parseInt(value.strip());
            if (months >= 1) return new RetentionSettings(months);
        } catch (NumberFormatException e) {
            // fall through
        }
        LOG.warning(() -> "INTEGRA_RETENTION_MONTHS=" + value + " is not a whole number of months >= 1; using "
                + DEFAULT_MONTHS);
        return new RetentionSettings(DEFAULT_MONTHS);
    }
}
