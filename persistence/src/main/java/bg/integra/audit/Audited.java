package bg.integra.audit;

/**
 * A record the audit trail follows. It names its kind and the project it belongs to, and describes its fields
 * as an {@link AuditState}, marking the ones that hold personal data; the trail compares two states to find what
 * changed. A service records a change with one call: take {@code before = entity.auditState()}, change the
 * entity, then {@code AuditTrail.record(action, entity, before)}.
 */
public interface Audited {

    AuditedType auditedType();

    Long getId();

    /** The project the record belongs to, when it belongs to one. */
    Long auditedProjectId();

    AuditState auditState();
}
