package bg.integra.testsupport;

import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The parameters of one test-support request ({@link Seed}). An absent or blank parameter takes the default; a
 * required one that is missing, or one that is not a number, a boolean or a constant of its enum, ends the request
 * with 400 and a message that names it.
 */
public final class Params {

    private final HttpServletRequest request;

    Params(HttpServletRequest request) {
        this.request = request;
    }

    /** The parameter as sent, or null when it is absent or blank. */
    public String optional(String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? null : value;
    }

    /** The parameter as sent, or the default when it is absent or blank. */
    public String text(String name, String defaultValue) {
        String value = optional(name);
        return value == null ? defaultValue : value;
    }

    /** The parameter as sent; 400 when it is absent or blank. */
    public String required(String name) {
        String value = optional(name);
        if (value == null) throw new Failure(400, name + " is required");
        return value;
    }

    public boolean has(String name) {
        return optional(name) != null;
    }

    /** A required whole number, such as an id. */
    public long number(String name) {
        return parse(name, required(name), Long::parseLong);
    }

    public long number(String name, long defaultValue) {
        return has(name) ? number(name) : defaultValue;
    }

    public int integer(String name) {
        return parse(name, required(name), Integer::parseInt);
    }

    public int integer(String name, int defaultValue) {
        return has(name) ? integer(name) : defaultValue;
    }

    /** {@code true} or {@code false} (any case), or the default when absent or blank. */
    public boolean flag(String name, boolean defaultValue) {
        String value = optional(name);
        if (value == null) return defaultValue;
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new Failure(400, name + " must be true or false, not " + value);
        }
        return Boolean.parseBoolean(value);
    }

    /** A constant of the enum by its name, or the default when absent or blank. */
    public <E extends Enum<E>> E choice(String name, Class<E> type, E defaultValue) {
        String value = optional(name);
        return value == null ? defaultValue : parse(name, value, v -> Enum.valueOf(type, v));
    }

    /** A required constant of the enum by its name. */
    public <E extends Enum<E>> E choice(String name, Class<E> type) {
        return parse(name, required(name), v -> Enum.valueOf(type, v));
    }

    /** The name of the signed-in caller of the request's session, or "" without one. */
    public String caller() {
        return request.getUserPrincipal() == null ? "" : request.getUserPrincipal().getName();
    }

    private static <T> T parse(String name, String value, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {  // NumberFormatException too
            throw new Failure(400, name + " is malformed: " + value);
        }
    }

    /** Ends a test-support request with this status, and this JSON body or an error page with the message. */
    public static final class Failure extends RuntimeException {

        private final int status;
        private final transient JsonObject body;

        public Failure(int status, String message) {
            this(status, message, null);
        }

        public Failure(int status, String message, JsonObject body) {
            super(message);
            this.status = status;
            this.body = body;
        }

        public int status() {
            return status;
        }

        public JsonObject body() {
            return body;
        }
    }
}
