package bg.integra.audit;

import java.time.LocalDate;

/** The filters of the audit list; null means any. The dates are inclusive days, Bulgarian time. */
public record AuditQuery(String username, AuditedType entityType, Long entityId, Long projectId, LocalDate from,
                         LocalDate to) {

    public static AuditQuery any() {
        return new AuditQuery(null, null, null, null, null, null);
    }

    public static AuditQuery of(AuditedType type, long id) {
        return new AuditQuery(null, type, id, null, null, null);
    }
}
