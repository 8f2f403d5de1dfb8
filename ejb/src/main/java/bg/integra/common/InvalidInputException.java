package bg.integra.common;

import jakarta.ejb.ApplicationException;

import java.util.Map;

/**
 * Input that breaks a business rule which Bean Validation cannot see (an unknown code, a consent not given):
 * each field named with a {@link FieldProblem}, a code in no language, so that a form or an API client can point
 * at it and say what is wrong in its own language.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private final Map<String, FieldProblem> fields;

    public InvalidInputException(Map<String, FieldProblem> fields) {
        super("Invalid " + fields);
        if (fields.isEmpty()) throw new IllegalArgumentException("Name at least one field");
        this.fields = Map.copyOf(fields);
    }

    /** Field name → what is wrong with it. */
    public Map<String, FieldProblem> fields() {
        return fields;
    }
}
