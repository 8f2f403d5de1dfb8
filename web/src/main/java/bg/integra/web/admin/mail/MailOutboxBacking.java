package bg.integra.web.admin.mail;

import bg.integra.common.Page;
import bg.integra.common.PageRequest;
import bg.integra.mail.MailOutbox;
import bg.integra.mail.MailStatus;
import bg.integra.mail.OutboxMail;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

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

    private final LazyDataModel<OutboxMail> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) outbox.list(statuses(), new PageRequest(0, 1)).totalItems();
        }

        @Override
        public List<OutboxMail> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            int size = Math.min(pageSize, PageRequest.MAX_SIZE);
            Page<OutboxMail> page = outbox.list(statuses(), new PageRequest(first / size, size));
            setRowCount((int) page.totalItems());
            return page.items();
        }

        @Override
        public String getRowKey(OutboxMail mail) {
            return String.valueOf(mail.getId());
        }

        @Override
        public OutboxMail getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream()
                    .filter(m -> String.valueOf(m.getId()).equals(rowKey)).findFirst().orElse(null);
        }
    };

    private EnumSet<MailStatus> statuses() {
        return status == null ? EnumSet.of(MailStatus.PENDING, MailStatus.FAILED) : EnumSet.of(status);
    }

    /** The filter is applied by the next load; nothing else to do. */
    public void search() {
    }

    public LazyDataModel<OutboxMail> getModel() { return model; }
    public MailStatus getStatus() { return status; }
    public void setStatus(MailStatus status) { this.status = status; }
    public MailStatus[] getStatuses() { return MailStatus.values(); }
}
