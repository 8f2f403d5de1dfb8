package bg.integra.knowledge;

import bg.integra.account.Caller;
import bg.integra.account.Callers;
import bg.integra.account.Roles;
import bg.integra.audit.AuditAction;
import bg.integra.audit.AuditState;
import bg.integra.audit.AuditTrail;
import bg.integra.common.AccessDeniedException;
import bg.integra.common.ConflictException;
import bg.integra.common.FieldProblem;
import bg.integra.common.Filtered;
import bg.integra.common.Folding;
import bg.integra.common.InvalidInputException;
import bg.integra.common.NotFoundException;
import bg.integra.common.Page;
import bg.integra.common.PageRequest;
import bg.integra.organisation.Organisation;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The knowledge base as its writers keep it in the back-office: a member of the network writes its organisation's
 * items (and sees no other's), an editor or administrator any member's. Every write is checked against the
 * version the writer read and is in the audit trail.
 * <p>
 * <b>One review for every change.</b> A member who changes an item that is submitted or published takes it back
 * to a draft: what the portal shows was read by an editor. An editor's or administrator's change keeps the item
 * where it is, but a submitted or published item must still pass its rules ({@link KnowledgeItem#problems}).
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.EDITOR, Roles.MEMBER})
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.MEMBER})
public class KnowledgeEditing {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private AuditTrail audit;

    @Inject
    private Validator validator;

    /**
     * The items of one kind the caller keeps, newest first: a member's own organisation's only; an editor's or
     * administrator's of any organisation, or of {@code organisation} when given. {@code status} null is every status.
     */
    public <T extends KnowledgeItem<?>> Page<T> list(@NotNull Class<T> type, KnowledgeStatus status, Long organisation,
                                                  @NotNull PageRequest request) {
        Caller caller = callers.current();
        Long scope = caller.isContentStaff() ? organisation : caller.scope();
        return Filtered.of(type, "k")
                .where("k.organisation.id = :organisation", "organisation", scope)
                .where("k.status = :status", "status", status)
                .page(em, "k.id DESC", request);
    }

    /**
     * The members the caller writes for whose names (or address, or description) hold every word of {@code text} in
     * any spelling, by their address, paged in the database: a member's own organisation only, any member for an
     * editor or administrator (thousands at scale: a picker asks for a page of those matching what was typed).
     */
    public Page<Organisation> writers(String text, @NotNull PageRequest request) {
        Caller caller = callers.current();
        Filtered<Organisation> members = Filtered.of(Organisation.class, "o").where("o.slug IS NOT NULL")
                .where("o.id = :scope", "scope", caller.isContentStaff() ? null : caller.scope());
        List<String> terms = Folding.terms(text);
        for (int i = 0; i < terms.size(); i++) {
            members.where("o.foldedText LIKE :w" + i + Filtered.ESCAPE, "w" + i, Filtered.containing(terms.get(i)));
        }
        return members.readOnly().page(em, "o.slug", request);
    }

    /** A member the caller writes for, by its number; any other organisation is not found. */
    public Organisation writer(long id) {
        Caller caller = callers.current();
        Organisation organisation = em.find(Organisation.class, id);
        if (organisation == null || !organisation.isMember() || !(caller.isContentStaff() || caller.mayActFor(id))) {
            throw new NotFoundException("Member", id);
        }
        return organisation;
    }

    /** The item to edit; another organisation's is not found, as a missing one. */
    public <T extends KnowledgeItem<?>> T get(@NotNull Class<T> type, long id) {
        return own(type, id, callers.current());
    }

    /** A new draft of the member organisation (a member's own; any member's for an editor or administrator). */
    public <T extends KnowledgeItem<?>> T create(long organisationId, @NotNull KnowledgeDraft<T> draft) {
        Caller caller = callers.current();
        if (!caller.isContentStaff()) caller.requireMayActFor(organisationId);
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation == null || !organisation.isMember()) {
            throw new NotFoundException("Member", organisationId);
        }
        draft.requireComplete();
        T item = draft.create(organisation);
        draft.link(item, em);
        KnowledgeWriting.validate(validator, item);
        em.persist(item);
        em.flush();
        audit.created(item);
        return item;
    }

    /** Replaces every field of the item, as read at {@code version}. */
    public <T extends KnowledgeItem<?>> T update(long id, long version, @NotNull KnowledgeDraft<T> draft) {
        Caller caller = callers.current();
        T item = own(draft.type(), id, caller);
        if (item.getVersion() != version) throw ConflictException.stale(draft.type().getSimpleName(), id);
        draft.requireComplete();
        AuditState before = item.auditState();
        draft.applyTo(item);
        draft.link(item, em);
        if (item.getStatus() != KnowledgeStatus.DRAFT) {
            if (caller.isContentStaff()) {
                Map<String, FieldProblem> problems = item.problems(LocalDate.now(KnowledgeItem.ZONE));
                if (!problems.isEmpty()) throw new InvalidInputException(problems);
            } else {
                item.withdraw();
            }
        }
        KnowledgeWriting.validate(validator, item);
        KnowledgeWriting.saveChanged(em, item);
        audit.record(AuditAction.UPDATE, item, before);
        return item;
    }

    /** Deletes an item, as read at {@code version}; a member deletes only what is not published. */
    public <T extends KnowledgeItem<?>> void delete(@NotNull Class<T> type, long id, long version) {
        Caller caller = callers.current();
        T item = own(type, id, caller);
        if (item.getVersion() != version) throw ConflictException.stale(type.getSimpleName(), id);
        if (item.isPublished() && !caller.isContentStaff()) {
            throw new AccessDeniedException("A published item is deleted by an editor");
        }
        audit.deleted(item);
        em.remove(item);
        KnowledgeWriting.flush(em, item);
    }

    private <T extends KnowledgeItem<?>> T own(Class<T> type, long id, Caller caller) {
        T item = em.find(type, id);
        if (item == null || !(caller.isContentStaff() || caller.mayActFor(item.getOrganisation().getId()))) {
            throw new NotFoundException(type.getSimpleName(), id);
        }
        return item;
    }
}
