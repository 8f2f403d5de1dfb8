package bg.integra.forum;

import bg.integra.content.Content;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;

/** Sends the forum's weekly digests on Monday mornings (Sofia's time), one batch of accounts after another. */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ForumDigestJob {

    private static final Logger LOG = Logger.getLogger(ForumDigestJob.class.getName());

    @EJB
    private ForumDigest digest;

    @Schedule(dayOfWeek = "Mon", hour = "7", minute = "15", persistent = false, timezone = "Europe/Sofia", info = "forum weekly digest")
    void weekly() {
        LocalDateTime now = LocalDateTime.now(Content.ZONE);
        int sent = 0;
        long after = 0;
        List<Long> due;
        do {
            due = digest.due(now, after);
            for (Long id : due) {
                if (digest.send(id, now)) sent++;
                after = id;
            }
        } while (due.size() == ForumDigest.BATCH);
        int total = sent;
        LOG.info(() -> "Forum digest: " + total + " e-mails");
    }
}
