/**
 * API tokens of the network's members: made, listed and revoked in the back-office ({@link
 * bg.integra.apitoken.ApiTokenService}), presented by programs as {@code Authorization: Bearer} and checked here
 * ({@link bg.integra.apitoken.ApiTokenService#authenticate}); the POSTs made with an {@code Idempotency-Key} are
 * remembered for a day ({@link bg.integra.apitoken.IdempotentRequests}).
 */
package bg.integra.apitoken;
