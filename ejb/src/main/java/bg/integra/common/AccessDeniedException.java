package bg.integra.common;

import jakarta.ejb.ApplicationException;

/** The caller holds a role but not the right to this particular record (a coordinator and another organisation's project). */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
