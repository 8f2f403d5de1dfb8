package bg.integra.rest.common;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.util.List;

/**
 * An error as RFC 9457 describes it ({@code application/problem+json}); {@code errors} names each bad
 * parameter or field.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One bad parameter or field and what is wrong with it. */
    public record FieldError(String name, String message) {
    }
}
