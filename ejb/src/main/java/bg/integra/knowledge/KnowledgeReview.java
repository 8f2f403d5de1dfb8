package bg.integra.knowledge;

import bg.integra.account.Caller;
import bg.integra.account.Callers;
import bg.integra.account.Roles;
import bg.integra.audit.AuditAction;
import bg.integra.audit.AuditState;
import bg.integra.audit.AuditTrail;
import bg.integra.common.AccessDeniedException;
import bg.integra.common.ConflictException;
import bg.integra.common.Text;
import bg.integra.common.FieldProblem;
import bg.integra.common.InvalidInputException;
import bg.integra.common.NotFoundException;
import bg.integra.common.Filtered;
import bg.integra.common.Page;
import bg.integra.common.PageRequest;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.Map;

/**
 * The two steps of an item of the knowledge base towards the portal: a member submits it for review, and an editor
 * or administrator publishes it. Both check the item's rules first and refuse with the fields that break them: a
 * good practice must have run for a year, a case must hold no personal data in any field of any language, a
 * measure must say what it proposes, to whom, and from which cases or practices. An editor who does not publish a
 * submitted item sends it back to its writer with the reason, and may take a published item off the portal.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.EDITOR, Roles.MEMBER})
public class KnowledgeReview {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private AuditTrail audit;

    /** Sent for review by a member of its organisation, an editor or an administrator. */
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.MEMBER})
    public <T extends KnowledgeItem<?>> T submit(@NotNull Class<T> type, long id) {
        T item = find(type, id);
        Caller caller = callers.current();
        if (!caller.isContentStaff() && !caller.mayActFor(item.getOrganisation().getId())) {
            throw new AccessDeniedException("A member submits only its own organisation's items");
        }
        if (item.isPublished()) {
            // was an IllegalStateException (an error page): a published item is changed first, which withdraws it
            throw new ConflictException("conflict.alreadyPublished", type.getSimpleName() + " " + id + " is published");
        }
        LocalDate today = LocalDate.now(KnowledgeItem.ZONE);
        check(item, today);
        AuditState before = item.auditState();
        item.submit(today);
        audit.record(AuditAction.SUBMIT, item, before);
        return item;
    }

    /** Shown on the portal and in the API from now on. */
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    public <T extends KnowledgeItem<?>> T publish(@NotNull Class<T> type, long id) {
        T item = find(type, id);
        LocalDate today = LocalDate.now(KnowledgeItem.ZONE);
        check(item, today);
        AuditState before = item.auditState();
        item.publish(today);
        audit.record(AuditAction.PUBLISH, item, before);
        return item;
    }

    /**
     * Published as the reviewer read it: still submitted and at {@code version}. A member's change since the reviewer
     * opened it made it a draft again (a new version), and that change has not been read by anyone.
     */
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    public <T extends KnowledgeItem<?>> T publish(@NotNull Class<T> type, long id, long version) {
        T item = find(type, id);
        if (item.getStatus() != KnowledgeStatus.SUBMITTED) {
            throw new ConflictException("conflict.notSubmitted", type.getSimpleName() + " " + id + " is not submitted");
        }
        if (item.getVersion() != version) throw ConflictException.stale(type.getSimpleName(), id);
        return publish(type, id);
    }

    /** The submitted items of one kind, of every organisation, the longest waiting first: the review's queue. */
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    public <T extends KnowledgeItem<?>> Page<T> waiting(@NotNull Class<T> type, @NotNull PageRequest request) {
        return Filtered.of(type, "k")
                .where("k.status = :status", "status", KnowledgeStatus.SUBMITTED)
                .page(em, "k.submittedOn ASC, k.id ASC", request);
    }

    /** Back to its writer as a draft, with what to mend: only a submitted item, and the reason is required. */
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    public <T extends KnowledgeItem<?>> T sendBack(@NotNull Class<T> type, long id, String comment) {
        T item = find(type, id);
        if (item.getStatus() != KnowledgeStatus.SUBMITTED) {
            throw new ConflictException("conflict.notSubmitted", type.getSimpleName() + " " + id + " is not submitted");
        }
        if (Text.blankToNull(comment) == null) throw new InvalidInputException(Map.of("comment", FieldProblem.required()));
        if (comment.strip().length() > KnowledgeItem.COMMENT_LENGTH) {
            throw new InvalidInputException(Map.of("comment", FieldProblem.tooLong(KnowledgeItem.COMMENT_LENGTH)));
        }
        AuditState before = item.auditState();
        item.sendBack(comment.strip());
        audit.record(AuditAction.SEND_BACK, item, before);
        return item;
    }

    /** Off the portal and the API, back to a draft of its writer. */
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    public <T extends KnowledgeItem<?>> T unpublish(@NotNull Class<T> type, long id) {
        T item = find(type, id);
        if (!item.isPublished()) return item;
        AuditState before = item.auditState();
        item.withdraw();
        audit.record(AuditAction.UNPUBLISH, item, before);
        return item;
    }

    /** Refused naming each field that breaks the item's rules on {@code today}. */
    static void check(KnowledgeItem<?> item, LocalDate today) {
        Map<String, FieldProblem> problems = item.problems(today);
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
    }

    private <T extends KnowledgeItem<?>> T find(Class<T> type, long id) {
        T item = em.find(type, id);
        if (item == null) throw new NotFoundException(type.getSimpleName(), id);
        return item;
    }
}
