package bg.integra.rest.common;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.util.List;
import java.util.Map;

/**
 * An error as RFC 9457 describes it ({@code application/problem+json}); {@code errors} names each bad
 * parameter or field.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One bad parameter or field and what is wrong with it: in English ({@code message}) and, where a service
     * judged it, as a code with its arguments ({@code code}, {@code arguments}: see
     * {@link bg.integra.common.FieldProblem.Code}) for a client that says it in its own language.
     */
    @JsonbPropertyOrder({"name", "message", "code", "arguments"})
    public record FieldError(String name, String message, String code, Map<String, Object> arguments) {

        /** A parameter or field without a code: Bean Validation's and the query parameters'. */
        public FieldError(String name, String message) {
            this(name, message, null, null);
        }
    }
}
