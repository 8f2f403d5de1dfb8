package bg.integra.knowledge;

import bg.integra.common.ConflictException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import java.util.Set;

/** The last steps of a write that the back-office's and the API's ways in share. */
final class KnowledgeWriting {

    private KnowledgeWriting() {
    }

    /** The entity's own constraints, refused field by field. */
    static void validate(Validator validator, KnowledgeItem<?> item) {
        Set<ConstraintViolation<KnowledgeItem<?>>> violations = validator.validate(item);
        if (!violations.isEmpty()) throw new ConstraintViolationException(violations);
    }

    /** Written as a new version (texts and links alone would leave the version as it was); a concurrent write is a conflict. */
    static void saveChanged(EntityManager em, KnowledgeItem<?> item) {
        em.lock(item, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        flush(em, item);
    }

    static void flush(EntityManager em, KnowledgeItem<?> item) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw ConflictException.stale(item.getClass().getSimpleName(), item.getId());
        }
    }
}
