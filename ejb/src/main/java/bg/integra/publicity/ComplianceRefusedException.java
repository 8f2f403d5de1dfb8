package bg.integra.publicity;

import jakarta.ejb.ApplicationException;

/**
 * A checklist change that breaks the checklist's rules: MET without evidence, NOT_APPLICABLE without a note, a
 * material of another project. {@link #field()} names the field, {@link #reason()} is a message key; nothing is
 * stored.
 */
@ApplicationException(rollback = true)
public class ComplianceRefusedException extends RuntimeException {

    public static final String EVIDENCE_REQUIRED = "compliance.evidenceRequired";
    public static final String NOTE_REQUIRED = "compliance.noteRequired";
    public static final String FOREIGN_MATERIAL = "compliance.foreignMaterial";

    private final String field;
    private final String reason;

    public ComplianceRefusedException(String field, String reason, String message) {
        super(message);
        this.field = field;
        this.reason = reason;
    }

    public String field() { return field; }
    public String reason() { return reason; }
}
