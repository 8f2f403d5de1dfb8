package bg.integra.common;

import jakarta.ejb.ApplicationException;

/**
 * The change cannot be made in the current state: someone else changed the record meanwhile, or a unique value
 * is taken, or the record is still in use. {@link #reason()} is a message key for the user.
 */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {

    public static final String STALE = "conflict.stale";

    private final String reason;

    public ConflictException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public static ConflictException stale(String what, Object id) {
        return new ConflictException(STALE, what + " " + id + " was changed by someone else");
    }

    public String reason() {
        return reason;
    }
}
