package bg.integra.rest.common;

/**
 * A request refused for its token (RFC 6750): 401 without a token or with one that is malformed, unknown or
 * revoked ({@code invalid_token}), 403 with a token that may not do this ({@code insufficient_scope}).
 */
public class BearerRefusedException extends RuntimeException {

    private final int status;
    private final String error;

    private BearerRefusedException(int status, String error, String message) {
        super(message);
        this.status = status;
        this.error = error;
    }

    public static BearerRefusedException missing() {
        return new BearerRefusedException(401, null, "This request needs an API token: Authorization: Bearer itk_…");
    }

    public static BearerRefusedException invalid() {
        return new BearerRefusedException(401, "invalid_token", "The API token is not valid: unknown, revoked or malformed");
    }

    public static BearerRefusedException readOnly() {
        return new BearerRefusedException(403, "insufficient_scope", "The API token may read only; writing needs a WRITE token");
    }

    public int status() {
        return status;
    }

    /** The RFC 6750 error code, or null when no token was sent. */
    public String error() {
        return error;
    }
}
