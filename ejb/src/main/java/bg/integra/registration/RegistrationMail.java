package bg.integra.registration;

import java.time.LocalDateTime;

/**
 * What a registration e-mail says: what happened to the registration and what the message needs, copied out of
 * the entities; {@link RegistrationMails} writes its text for the mail outbox.
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
