package bg.integra.apitoken;

/**
 * A program that presented a valid token: the token, the organisation it acts for (its records and no one
 * else's), what it may do, and how it is named in the audit trail.
 */
public record ApiClient(long tokenId, long organisationId, String tokenName, ApiScope scope, String actor) {

    public boolean mayWrite() {
        return scope == ApiScope.WRITE;
    }

    static ApiClient of(ApiToken token) {
        return new ApiClient(token.getId(), token.getOrganisation().getId(), token.getName(), token.getScope(), token.actor());
    }
}
