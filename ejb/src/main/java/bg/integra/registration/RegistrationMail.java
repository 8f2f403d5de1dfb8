package bg.integra.registration;

import java.time.LocalDateTime;

/**
 * An e-mail to send once the transaction that decided it has committed: what happened to the registration and
 * what the message needs, copied out of the entities so that it can travel to another thread.
 */
public record RegistrationMail(Kind kind, String to, String name, String language, String eventTitle,
                               LocalDateTime startsAt, String venue, String city, String cancelToken) {

    public enum Kind {
        /** Registered with a confirmed place. */
        CONFIRMED,
        /** Registered on the waitlist. */
        WAITLISTED,
        /** Moved from the waitlist to a confirmed place after someone cancelled. */
        PROMOTED
    }
}
