package bg.integra.publicity;

import jakarta.ejb.ApplicationException;

/**
 * A change to a material that breaks one of its rules (more copies handed out than made, a library item of
 * another project). {@link #field()} names the field, {@link #reason()} is a message key; nothing is stored.
 */
@ApplicationException(rollback = true)
public class MaterialRefusedException extends RuntimeException {

    public static final String OVER_DISTRIBUTED = "pub.overDistributed";
    public static final String QUANTITY_BELOW_DISTRIBUTED = "pub.quantityBelowDistributed";
    public static final String FOREIGN_RESOURCE = "pub.foreignResource";

    private final String field;
    private final String reason;

    public MaterialRefusedException(String field, String reason, String message) {
        super(message);
        this.field = field;
        this.reason = reason;
    }

    public String field() { return field; }
    public String reason() { return reason; }
}
