package bg.integra.it;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import org.junit.jupiter.api.function.Executable;
import org.opentest4j.AssertionFailedError;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** Assertions on the exceptions of service calls made in-container. */
public final class Failures {

    private Failures() {
    }

    /**
     * Asserts that the call throws the given exception and answers it. A call through
     * {@link bg.integra.testsupport.runas.AsAdministrator} may hand it over wrapped in one EJBException: that bean
     * lives in the web module, whose EJB container does not know the application exceptions declared in
     * integra-ejb (ConflictException, NotFoundException, ...), so to it they are system exceptions. The back-office
     * calls the services from CDI beans, where nothing wraps them.
     */
    public static <T extends Throwable> T assertFails(Class<T> type, Executable call) {
        Throwable thrown = assertThrows(Throwable.class, call);
        if (type.isInstance(thrown)) return type.cast(thrown);
        if (thrown instanceof EJBException && !(thrown instanceof EJBAccessException) && type.isInstance(thrown.getCause())) {
            return type.cast(thrown.getCause());
        }
        throw new AssertionFailedError("Expected " + type.getName() + " but was " + thrown, thrown);
    }

    /** Asserts that the call is refused for want of a role. */
    public static void assertRefused(Executable call) {
        assertThrows(EJBAccessException.class, call);
    }

    /** Asserts that the call fails with the given exception somewhere in its causes (bean validation, say). */
    public static void assertCausedBy(Class<? extends Throwable> type, Executable call) {
        Throwable thrown = assertThrows(Throwable.class, call);
        for (Throwable c = thrown; c != null; c = c.getCause()) {
            if (type.isInstance(c)) return;
        }
        throw new AssertionFailedError("Expected " + type.getName() + " among the causes of " + thrown, thrown);
    }
}
