package bg.integra.web.admin.mail;

import bg.integra.mail.MailOutbox;
import bg.integra.mail.MailStatus;
import bg.integra.mail.OutboxMail;
import bg.integra.web.common.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.EnumSet;

/**
 * admin/mail/index.xhtml: the mails of the outbox, read-only, newest first, paged in the database; by default those
 * not sent (waiting for an attempt, or given up on). Administrators only (web.xml's AdministratorOnly and the
 * service's role).
 */
@Named
@ViewScoped
public class MailOutboxBacking implements Serializable {

    @Inject
    private MailOutbox outbox;

    /** Null: pending and failed together. */
    private MailStatus status;

    private final PagedModel<OutboxMail> model = PagedModel.of(request -> outbox.list(statuses(), request), OutboxMail::getId);

    private EnumSet<MailStatus> statuses() {
        return status == null ? EnumSet.of(MailStatus.PENDING, MailStatus.FAILED) : EnumSet.of(status);
    }

    /** The filter is applied by the next load; nothing else to do. */
    public void search() {
    }

    public PagedModel<OutboxMail> getModel() { return model; }
    public MailStatus getStatus() { return status; }
    public void setStatus(MailStatus status) { this.status = status; }
    public MailStatus[] getStatuses() { return MailStatus.values(); }
}
