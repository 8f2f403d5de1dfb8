package bg.integra.common;

import jakarta.ejb.ApplicationException;

/**
 * A change refused because it breaks a rule of its record that bean validation cannot express (more copies handed
 * out than made, a checklist item met without evidence, a library item of another project). {@link #field()}
 * names the field the form shows it at, {@link #reason()} is a message key; nothing is stored.
 */
@ApplicationException(rollback = true)
public class RuleRefusedException extends RuntimeException {

    private final String field;
    private final String reason;

    public RuleRefusedException(String field, String reason, String message) {
        super(message);
        this.field = field;
        this.reason = reason;
    }

    public String field() { return field; }
    public String reason() { return reason; }
}
