package bg.integra.media;

import jakarta.ejb.ApplicationException;

/** An upload the platform refuses; {@link #reason()} is a message key for the user. Nothing is stored. */
@ApplicationException(rollback = true)
public class InvalidFileException extends RuntimeException {

    public static final String EMPTY = "media.empty";
    public static final String TOO_LARGE = "media.tooLarge";
    public static final String UNSUPPORTED = "media.unsupported";
    public static final String DAMAGED = "media.damaged";
    public static final String TOO_MANY_PIXELS = "media.tooManyPixels";

    private final String reason;

    public InvalidFileException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
