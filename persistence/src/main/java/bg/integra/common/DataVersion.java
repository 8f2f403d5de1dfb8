package bg.integra.common;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A counter that moves whenever stored data changes, so that whatever was rendered from the data (the portal's
 * cached pages) knows it may be out of date. It is the default entity listener of the persistence unit
 * ({@code META-INF/orm.xml}), so no write can forget it, whichever service or test makes it.
 * <p>
 * It moves twice: when the change is flushed, and again when the transaction has ended. The second move matters:
 * a page rendered between the flush and the commit still saw the old data, and must not stay cached.
 */
public class DataVersion {

    private static final AtomicLong VERSION = new AtomicLong();
    private static final String SYNCHRONIZATION_KEY = DataVersion.class.getName();

    public static long current() {
        return VERSION.get();
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        VERSION.incrementAndGet();
        TransactionSynchronizationRegistry registry = registry();
        if (registry != null && registry.getTransactionStatus() == Status.STATUS_ACTIVE
                && registry.getResource(SYNCHRONIZATION_KEY) == null) {
            registry.putResource(SYNCHRONIZATION_KEY, Boolean.TRUE);
            registry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    VERSION.incrementAndGet();
                }
            });
        }
    }

    private static TransactionSynchronizationRegistry registry() {
        try {
            return (TransactionSynchronizationRegistry) new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
        } catch (NamingException e) {
            return null; // outside a container (unit tests): the first move is all there is
        }
    }
}
