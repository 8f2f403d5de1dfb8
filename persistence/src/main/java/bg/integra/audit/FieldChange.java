package bg.integra.audit;

import java.util.Objects;

/**
 * One field that changed, with its old and new value as text (null = empty). For a field that holds personal
 * data both values are always null and {@code personal} is true: the trail says that it changed, never what to.
 */
public record FieldChange(String field, String oldValue, String newValue, boolean personal) {

    public FieldChange {
        Objects.requireNonNull(field, "field");
        if (personal && (oldValue != null || newValue != null)) {
            throw new IllegalArgumentException("Personal data is never kept in the audit trail");
        }
    }
}
