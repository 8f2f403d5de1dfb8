/**
 * API tokens: how an organisation of the network writes its own directory records through the API without a
 * person signing in. An administrator of the organisation makes a named {@link bg.integra.apitoken.ApiToken} for a
 * program, scoped to reading or writing; the secret is shown once and only its SHA-256 hash is kept. The
 * {@link bg.integra.apitoken.IdempotentRequest}s remember what a token's POST with an {@code Idempotency-Key}
 * answered, for a day.
 */
package bg.integra.apitoken;
