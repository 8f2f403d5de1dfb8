package bg.integra.apitoken;

import bg.integra.common.ConflictException;
import bg.integra.content.Content;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The POSTs a token made with an {@code Idempotency-Key} in the last {@linkplain IdempotentRequest#KEPT_FOR day},
 * in the transaction of the write itself: a write that rolls back is not remembered, and a remembered one made its
 * record. Keys older than a day are forgotten (deleted as the next keyed POST comes, by an index on the time).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class IdempotentRequests {

    public static final String REUSED = "conflict.idempotencyKeyReused";
    public static final String IN_PROGRESS = "conflict.idempotencyKeyInProgress";

    @PersistenceContext
    private EntityManager em;

    /**
     * What the same request with this key was answered with, if it was sent before; refused when the key came with
     * another request.
     */
    public Optional<IdempotentRequest> earlier(long tokenId, Idempotency idempotency) {
        LocalDateTime since = LocalDateTime.now(Content.ZONE).minus(IdempotentRequest.KEPT_FOR);
        em.createNamedQuery(IdempotentRequest.DELETE_EXPIRED).setParameter("since", since).executeUpdate();
        Optional<IdempotentRequest> earlier = em.createNamedQuery(IdempotentRequest.FIND, IdempotentRequest.class)
                .setParameter("token", tokenId).setParameter("key", idempotency.key()).setParameter("since", since)
                .getResultStream().findFirst();
        if (earlier.isPresent() && !earlier.get().isSameRequest(idempotency.requestHash())) {
            throw new ConflictException(REUSED, "The Idempotency-Key was sent before with another request");
        }
        return earlier;
    }

    /**
     * Remembers the answer to a keyed request. Two requests with the same new key at once: the second waits for
     * the first's unique row and is refused as a conflict (its own record is rolled back with it).
     */
    public void remember(long tokenId, Idempotency idempotency, int status, String resourceType, long resourceId) {
        try {
            em.persist(new IdempotentRequest(tokenId, idempotency.key(), idempotency.requestHash(), status, resourceType,
                    resourceId, LocalDateTime.now(Content.ZONE)));
            em.flush();
        } catch (PersistenceException e) {
            throw new ConflictException(IN_PROGRESS, "A request with this Idempotency-Key is being answered; send it again");
        }
    }
}
