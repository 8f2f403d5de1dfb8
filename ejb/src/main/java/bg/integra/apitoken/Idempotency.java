package bg.integra.apitoken;

import java.util.Objects;

/**
 * A POST's {@code Idempotency-Key} and the SHA-256 of what was sent with it (method, address and body), which
 * tells a repeat of the same request from another request that reuses the key.
 */
public record Idempotency(String key, String requestHash) {

    public Idempotency {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(requestHash, "requestHash");
    }
}
