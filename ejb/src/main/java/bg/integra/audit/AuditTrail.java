package bg.integra.audit;

import bg.integra.account.Roles;
import bg.integra.common.Filtered;
import bg.integra.common.Page;
import bg.integra.common.PageRequest;
import bg.integra.common.Text;
import bg.integra.content.Content;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.security.Principal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The audit trail: who changed what and when. Services call it explicitly, in the same transaction as the change
 * ({@link TransactionAttributeType#MANDATORY}: a call outside one is a programming error, and a rolled-back change
 * takes its entry with it). The one call a service makes is
 * {@code before = entity.auditState(); …change…; audit.record(action, entity, before)}; the fields that changed
 * come from comparing the two {@link AuditState}s, and personal data appears only as "changed".
 * <p>
 * Who did it comes from the EJB security context (the signed-in user), {@value AuditEntry#ANONYMOUS} when nobody
 * is signed in (a public registration), or {@value AuditEntry#SYSTEM} for the scheduled jobs that say so.
 * Explicit calls rather than entity listeners: the services know the domain action (publish, cancel, promote,
 * erase), which a listener would have to guess from the changed columns.
 */
@Stateless
@DeclareRoles(Roles.ADMIN)
public class AuditTrail {

    private static final String CONTAINER_ANONYMOUS = "ANONYMOUS";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    /** A new record: every field it has is a change from nothing. Call after persist and flush (it needs the id). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public AuditEntry created(@NotNull Audited entity) {
        return record(AuditAction.CREATE, entity, AuditState.none());
    }

    /** A record about to be removed: every field it had becomes nothing. Call before removing it. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public AuditEntry deleted(@NotNull Audited entity) {
        return write(caller(), AuditAction.DELETE, entity.auditedType(), entity.getId(), entity.auditedProjectId(),
                entity.auditState().changesTo(AuditState.none()));
    }

    /** A change of a record, by the signed-in caller: the fields that differ between before and now. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public AuditEntry record(@NotNull AuditAction action, @NotNull Audited entity, @NotNull AuditState before) {
        List<FieldChange> changes = before.changesTo(entity.auditState());
        if (action == AuditAction.UPDATE && changes.isEmpty()) return null; // a save that changed nothing
        return write(caller(), action, entity.auditedType(), entity.getId(), entity.auditedProjectId(),
                changes);
    }

    /**
     * A change made by a program through an API token rather than by a signed-in person: {@code who} names the
     * token and its organisation ({@code ApiToken.actor()}). A new record is {@code before = AuditState.none()}.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public AuditEntry recordBy(@NotNull String who, @NotNull AuditAction action, @NotNull Audited entity,
                               @NotNull AuditState before) {
        List<FieldChange> changes = before.changesTo(entity.auditState());
        if (action == AuditAction.UPDATE && changes.isEmpty()) return null;
        return write(who, action, entity.auditedType(), entity.getId(), entity.auditedProjectId(), changes);
    }

    /** A record about to be removed by a program through an API token (see {@link #recordBy}). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public AuditEntry deletedBy(@NotNull String who, @NotNull Audited entity) {
        return write(who, AuditAction.DELETE, entity.auditedType(), entity.getId(), entity.auditedProjectId(),
                entity.auditState().changesTo(AuditState.none()));
    }

    /** The same change, made by a scheduled job rather than a person. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public AuditEntry recordBySystem(@NotNull AuditAction action, @NotNull Audited entity, @NotNull AuditState before) {
        return write(AuditEntry.SYSTEM, action, entity.auditedType(), entity.getId(), entity.auditedProjectId(),
                before.changesTo(entity.auditState()));
    }

    /** Something done with a record that changes none of its fields (an export of personal data). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public AuditEntry action(@NotNull AuditAction action, @NotNull Audited entity) {
        return write(caller(), action, entity.auditedType(), entity.getId(), entity.auditedProjectId(), List.of());
    }

    private AuditEntry write(String who, AuditAction action, AuditedType type, Long id, Long projectId,
                             List<FieldChange> changes) {
        Objects.requireNonNull(id, "an audited record has an id: flush before recording a new one");
        AuditEntry entry = new AuditEntry(LocalDateTime.now(Content.ZONE), who, type, id, action, projectId, changes);
        em.persist(entry);
        return entry;
    }

    /** The signed-in user's name, or "anonymous". */
    private String caller() {
        Principal principal = context.getCallerPrincipal();
        String name = principal == null ? null : principal.getName();
        return name == null || name.isBlank() || CONTAINER_ANONYMOUS.equalsIgnoreCase(name) ? AuditEntry.ANONYMOUS : name;
    }

    /** The trail, newest first, filtered; administrators only. */
    @RolesAllowed(Roles.ADMIN)
    public Page<AuditEntry> list(@NotNull AuditQuery query, @NotNull PageRequest request) {
        String user = Text.blankToNull(query.username());
        return Filtered.of(AuditEntry.class, "a")
                .where("a.username = :user", "user", user == null ? null : user.strip())
                .where("a.entityType = :type", "type", query.entityType())
                .where("a.entityId = :id", "id", query.entityId())
                .where("a.projectId = :project", "project", query.projectId())
                .where("a.occurredAt >= :from", "from", query.from() == null ? null : query.from().atStartOfDay())
                .where("a.occurredAt < :to", "to", query.to() == null ? null : query.to().plusDays(1).atStartOfDay())
                .page(em, "a.occurredAt DESC, a.id DESC", request);
    }

    /** Every name that appears in the trail, for the filter. */
    @RolesAllowed(Roles.ADMIN)
    @SuppressWarnings("unchecked")
    public List<String> users() {
        // one index probe per distinct user (a "loose index scan" over audit_entry_user), not a pass over every row
        return em.createNativeQuery("WITH RECURSIVE u (name) AS ("
                        + " SELECT MIN(username) FROM audit_entry"
                        + " UNION ALL SELECT (SELECT MIN(a.username) FROM audit_entry a WHERE a.username > u.name)"
                        + " FROM u WHERE u.name IS NOT NULL)"
                        + " SELECT name FROM u WHERE name IS NOT NULL ORDER BY name")
                .getResultList();
    }
}
