package bg.integra.registration;

/** Where a registration stands: a confirmed place, a place on the waitlist, or cancelled by the registrant. */
public enum RegistrationStatus {
    CONFIRMED, WAITLISTED, CANCELLED;

    public static final int LENGTH = 20;

    public boolean isActive() {
        return this != CANCELLED;
    }
}
