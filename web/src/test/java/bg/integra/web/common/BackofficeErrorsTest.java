package bg.integra.web.common;

import bg.integra.common.AccessDeniedException;
import bg.integra.common.ConflictException;
import bg.integra.common.NotFoundException;
import jakarta.ejb.EJBException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which failures the back-office shows as a message, whatever wraps them on their way out of the service. */
class BackofficeErrorsTest {

    @Test
    void aServiceRefusalIsExpectedInsideTheContainersWrappers() {
        RuntimeException conflict = new ConflictException(ConflictException.STALE, "changed");
        assertTrue(BackofficeErrors.isExpected(conflict));
        assertTrue(BackofficeErrors.isExpected(new FacesException(new ELException(new EJBException(conflict)))));
        assertTrue(BackofficeErrors.isExpected(new NotFoundException("Project", 1)));
        assertTrue(BackofficeErrors.isExpected(new AccessDeniedException("not theirs")));
    }

    @Test
    void aFaultIsNotExpected() {
        assertFalse(BackofficeErrors.isExpected(new IllegalStateException("bug")));
        assertFalse(BackofficeErrors.isExpected(new FacesException(new EJBException(new NullPointerException()))));
    }
}
