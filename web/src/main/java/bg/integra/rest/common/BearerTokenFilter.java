package bg.integra.rest.common;

import bg.integra.apitoken.ApiClient;
import bg.integra.apitoken.ApiTokenService;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * The API's writes need a token: no {@code Authorization: Bearer} is 401, a malformed, unknown or revoked token
 * 401 ({@code invalid_token}), a READ token 403 ({@code insufficient_scope}); then each token may send
 * {@link WriteThrottle a limited number} of writes a minute (429). The client it finds is the request's
 * {@link BearerClient}: whose records the write may touch. The token's last use is noted at most once a minute
 * ({@link ApiTokenService#authenticate}).
 */
@Provider
@BearerToken
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class BearerTokenFilter implements ContainerRequestFilter {

    private static final String SCHEME = "Bearer ";

    @Inject
    private ApiTokenService tokens;

    @Inject
    private WriteThrottle throttle;

    @Inject
    private BearerClient current;

    @Override
    public void filter(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || authorization.isBlank()) throw BearerRefusedException.missing();
        if (!authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) throw BearerRefusedException.invalid();
        ApiClient client = tokens.authenticate(authorization.substring(SCHEME.length()).strip())
                .orElseThrow(BearerRefusedException::invalid);
        if (!client.mayWrite()) throw BearerRefusedException.readOnly();
        throttle.acquire(client.tokenId());
        current.set(client);
    }
}
