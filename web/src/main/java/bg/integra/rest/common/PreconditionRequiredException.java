package bg.integra.rest.common;

/**
 * A change of a record sent without {@code If-Match}: answered with 428 (RFC 6585), so that no program overwrites
 * a record it has not read.
 */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException(String message) {
        super(message);
    }
}
