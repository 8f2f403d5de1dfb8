package bg.integra.mail;

import bg.integra.content.Content;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Every few seconds, sends the pending mails whose next attempt is due, in small batches: those the mail server
 * refused, and those a crash left between the commit and the immediate attempt. A batch stops at the first failure
 * (the server is most likely down for all of them). Once a day, old mails are purged. One instance per server, whose
 * runs never overlap; on two servers the claim keeps them from sending one mail twice.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // a tick that finds the previous one running skips, not queues
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailRetryJob {

    private static final Logger LOG = Logger.getLogger(MailRetryJob.class.getName());
    static final int BATCH = 20;

    private final AtomicBoolean running = new AtomicBoolean();

    @Inject
    private MailOutbox outbox;

    @Inject
    private MailSender sender;

    /** Not public: timeout callbacks only the container calls. */
    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "mail outbox retries")
    void retry() {
        if (!MailSender.configured() || !running.compareAndSet(false, true)) return;
        try {
            List<Long> due;
            do {
                due = outbox.due(BATCH);
                for (Long id : due) {
                    if (!sender.attempt(id)) return;
                }
            } while (due.size() == BATCH);
        } finally {
            running.set(false);
        }
    }

    @Schedule(hour = "3", minute = "41", persistent = false, info = "mail outbox purge")
    void purge() {
        int purged = outbox.purge(LocalDateTime.now(Content.ZONE));
        if (purged > 0) LOG.info(() -> "Mail outbox: purged " + purged + " old e-mails");
    }
}
