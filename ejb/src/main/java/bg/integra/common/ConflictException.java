package bg.integra.common;

import jakarta.ejb.ApplicationException;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The change cannot be made in the current state: someone else changed the record meanwhile, or a unique value
 * is taken, or the record is still in use. {@link #reason()} is a message key for the user and {@link #arguments()}
 * the values its text may name ({@code {0}}, {@code {1}}…: the address that is taken, the event's start); the
 * exception's own message is English for the API and the log.
 */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {

    public static final String STALE = "conflict.stale";

    private final String reason;
    private final List<Object> arguments;

    public ConflictException(String reason, String message, Object... arguments) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.arguments = List.copyOf(Arrays.asList(arguments));
    }

    public static ConflictException stale(String what, Object id) {
        return new ConflictException(STALE, what + " " + id + " was changed by someone else");
    }

    public String reason() {
        return reason;
    }

    /** The values of the conflict in the order of the reason's text; empty when it names none. */
    public List<Object> arguments() {
        return arguments;
    }
}
