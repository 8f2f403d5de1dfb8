package bg.integra.apitoken;

/**
 * The record a write through the API made or changed, its id and version for the answer, and whether it is the
 * answer to a repeated {@code Idempotency-Key} (nothing was written this time).
 */
public record Written(long id, long version, boolean replayed) {
}
