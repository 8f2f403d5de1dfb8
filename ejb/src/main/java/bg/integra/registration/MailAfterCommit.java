package bg.integra.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Hands a registration e-mail to the mailer only once its transaction has committed: no mail for a rollback. */
@ApplicationScoped
public class MailAfterCommit {

    @Inject
    private RegistrationMailer mailer;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegistrationMail mail) {
        mailer.send(mail);
    }
}
