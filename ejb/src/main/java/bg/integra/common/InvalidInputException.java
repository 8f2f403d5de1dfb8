package bg.integra.common;

import jakarta.ejb.ApplicationException;

import java.util.Map;

/**
 * Input that breaks a business rule which Bean Validation cannot see (an unknown code, a consent not given):
 * each field named with what is wrong, so that a form or an API client can point at it.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fields;

    public InvalidInputException(Map<String, String> fields) {
        super("Invalid " + String.join(", ", fields.keySet()));
        if (fields.isEmpty()) throw new IllegalArgumentException("Name at least one field");
        this.fields = Map.copyOf(fields);
    }

    /** Field name → what is wrong with it. */
    public Map<String, String> fields() {
        return fields;
    }
}
