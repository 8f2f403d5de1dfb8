package bg.integra.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * The fast path: once the transaction that stored a mail has committed, it is sent at once on another thread, so a
 * registrant has it within a second. Nothing happens for a rollback, which left no mail to send; a failure here
 * loses nothing, the retry timer finds the mail still pending.
 */
@ApplicationScoped
public class SendAfterCommit {

    @Inject
    private MailSender sender;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailEnqueued mail) {
        sender.sendSoon(mail.id());
    }
}
