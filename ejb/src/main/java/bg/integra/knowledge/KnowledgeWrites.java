package bg.integra.knowledge;

import bg.integra.apitoken.ApiToken;
import bg.integra.apitoken.ApiTokenService;
import bg.integra.apitoken.Idempotency;
import bg.integra.apitoken.IdempotentRequest;
import bg.integra.apitoken.IdempotentRequests;
import bg.integra.apitoken.Written;
import bg.integra.audit.AuditAction;
import bg.integra.audit.AuditState;
import bg.integra.audit.AuditTrail;
import bg.integra.common.ConflictException;
import bg.integra.common.Filtered;
import bg.integra.common.NotFoundException;
import bg.integra.common.Page;
import bg.integra.common.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/**
 * The knowledge base written by a member's own program through the API, under the same review as the
 * back-office's: what a program makes is a draft; it submits it when it is ready; an editor publishes it (or sends
 * it back) in the back-office; a program's change of a submitted or published item makes it a draft again, as a
 * member's change does ({@link KnowledgeEditing}). Only the token's organisation's items are found.
 * <p>
 * No role is required, because no person signs in: every method asks {@link ApiTokenService#writer} for an
 * unrevoked WRITE token rather than trusting the API's filter.
 */
@Stateless
@PermitAll
public class KnowledgeWrites {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ApiTokenService tokens;

    @Inject
    private IdempotentRequests idempotent;

    @Inject
    private AuditTrail audit;

    @Inject
    private Validator validator;

    /** A new draft of the token's organisation; with a key seen before, the item made then. */
    public <T extends KnowledgeItem<?>> Written create(long tokenId, @NotNull KnowledgeDraft<T> draft, Idempotency idempotency) {
        ApiToken token = tokens.writer(tokenId);
        String type = resource(draft.type());
        if (idempotency != null) {
            IdempotentRequest earlier = idempotent.earlier(token.getId(), idempotency).orElse(null);
            if (earlier != null) {
                if (!earlier.getResourceType().equals(type)) {
                    throw new ConflictException(IdempotentRequests.REUSED, "The Idempotency-Key was sent before with another request");
                }
                T made = em.find(draft.type(), earlier.getResourceId());
                if (made == null) throw new NotFoundException(type, earlier.getResourceId()); // deleted since
                return new Written(made.getId(), made.getVersion(), true);
            }
        }
        draft.requireComplete();
        T item = draft.create(token.getOrganisation());
        draft.link(item, em);
        KnowledgeWriting.validate(validator, item);
        em.persist(item);
        em.flush();
        audit.recordBy(token.actor(), AuditAction.CREATE, item, AuditState.none());
        if (idempotency != null) idempotent.remember(token.getId(), idempotency, 201, type, item.getId());
        return new Written(item.getId(), item.getVersion(), false);
    }

    /** Replaces every field, as read at {@code version}; a submitted or published item becomes a draft again. */
    public <T extends KnowledgeItem<?>> Written update(long tokenId, long id, long version, @NotNull KnowledgeDraft<T> draft) {
        ApiToken token = tokens.writer(tokenId);
        T item = own(draft.type(), id, token);
        if (item.getVersion() != version) throw ConflictException.stale(draft.type().getSimpleName(), id);
        draft.requireComplete();
        AuditState before = item.auditState();
        draft.applyTo(item);
        draft.link(item, em);
        item.withdraw();
        KnowledgeWriting.validate(validator, item);
        KnowledgeWriting.saveChanged(em, item);
        audit.recordBy(token.actor(), AuditAction.UPDATE, item, before);
        return new Written(id, item.getVersion(), false);
    }

    /** Sent for review, if it passes its rules (refused naming each field that does not). */
    public <T extends KnowledgeItem<?>> Written submit(long tokenId, @NotNull Class<T> type, long id, long version) {
        ApiToken token = tokens.writer(tokenId);
        T item = own(type, id, token);
        if (item.getVersion() != version) throw ConflictException.stale(type.getSimpleName(), id);
        if (item.getStatus() != KnowledgeStatus.DRAFT) return new Written(id, item.getVersion(), true);
        LocalDate today = LocalDate.now(KnowledgeItem.ZONE);
        KnowledgeReview.check(item, today);
        AuditState before = item.auditState();
        item.submit(today);
        KnowledgeWriting.flush(em, item);
        audit.recordBy(token.actor(), AuditAction.SUBMIT, item, before);
        return new Written(id, item.getVersion(), false);
    }

    /** Deletes an item that is not published (an editor takes a published one off first). */
    public <T extends KnowledgeItem<?>> void delete(long tokenId, @NotNull Class<T> type, long id, long version) {
        ApiToken token = tokens.writer(tokenId);
        T item = own(type, id, token);
        if (item.getVersion() != version) throw ConflictException.stale(type.getSimpleName(), id);
        if (item.isPublished()) {
            throw new ConflictException("conflict.published", type.getSimpleName() + " " + id + " is published");
        }
        audit.deletedBy(token.actor(), item);
        em.remove(item);
        KnowledgeWriting.flush(em, item);
    }

    /** One of the token's organisation's items in whatever status, for its writer's program. */
    public <T extends KnowledgeItem<?>> T get(long tokenId, @NotNull Class<T> type, long id) {
        return own(type, id, tokens.writer(tokenId));
    }

    /**
     * The token's organisation's items of a kind, in whatever status or in the one given, the newest first: how its
     * writer's program finds its drafts again and learns which were published or sent back.
     */
    public <T extends KnowledgeItem<?>> Page<T> list(long tokenId, @NotNull Class<T> type, KnowledgeStatus status,
                                                  @NotNull PageRequest request) {
        ApiToken token = tokens.writer(tokenId);
        return Filtered.of(type, "k")
                .where("k.organisation.id = :organisation", "organisation", token.getOrganisation().getId())
                .where("k.status = :status", "status", status)
                .readOnly()
                .page(em, "k.id DESC", request);
    }

    private <T extends KnowledgeItem<?>> T own(Class<T> type, long id, ApiToken token) {
        T item = em.find(type, id);
        if (item == null || !item.getOrganisation().getId().equals(token.getOrganisation().getId())) {
            throw new NotFoundException(type.getSimpleName(), id);
        }
        return item;
    }

    /** The name an idempotent request remembers its record's kind by. */
    private static String resource(Class<? extends KnowledgeItem<?>> type) {
        return type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }
}
