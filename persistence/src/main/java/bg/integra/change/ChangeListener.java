package bg.integra.change;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The default entity listener of the persistence unit ({@code META-INF/orm.xml}): every insert, update and delete,
 * whichever service, job or test makes it, becomes a {@link Change} ({@link Changes#of}). The changes of one
 * transaction are collected and fired as one {@link DataChanged} CDI event after it has committed, and not at all
 * when it rolls back. The event comes after the commit, not at the flush, because until then other requests still
 * read the old data: a page they render then is dropped by the event, or, when it was rendered across the commit,
 * never kept (the caches compare when the render began with when the change arrived).
 */
public class ChangeListener {

    private static final Logger LOG = Logger.getLogger(ChangeListener.class.getName());
    private static final String PENDING = ChangeListener.class.getName();

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        Change change = Changes.of(entity);
        TransactionSynchronizationRegistry registry = registry();
        if (registry == null || registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
            if (registry != null && registry.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
                LOG.log(Level.WARNING, "A write in a completing transaction (status {0}): the caches hear of {1} before its commit",
                        new Object[] {registry.getTransactionStatus(), change});
            }
            publish(new DataChanged(List.of(change))); // no transaction to wait for: tell the caches now
            return;
        }
        Pending pending = (Pending) registry.getResource(PENDING);
        if (pending == null) {
            pending = new Pending(ChangeListener::publish);
            registry.putResource(PENDING, pending);
            registry.registerInterposedSynchronization(pending);
        }
        pending.add(change);
    }

    static void publish(DataChanged changed) {
        try {
            CDI.current().getBeanManager().getEvent().select(DataChanged.class).fire(changed);
        } catch (IllegalStateException e) {
            LOG.log(Level.FINE, "No CDI container to tell of {0}", changed); // outside a container
        }
    }

    private static TransactionSynchronizationRegistry registry() {
        try {
            return (TransactionSynchronizationRegistry) new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
        } catch (NamingException e) {
            return null;
        }
    }

    /** The changes of one transaction, handed on once it has committed. */
    static final class Pending implements Synchronization {
        private final Set<Change> changes = new LinkedHashSet<>();
        private final Consumer<DataChanged> publish;

        Pending(Consumer<DataChanged> publish) {
            this.publish = publish;
        }

        synchronized void add(Change change) {
            changes.add(change);
        }

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            List<Change> committed;
            synchronized (this) {
                committed = new ArrayList<>(changes);
            }
            if (status == Status.STATUS_COMMITTED && !committed.isEmpty()) publish.accept(new DataChanged(committed));
        }
    }
}
