package bg.integra.apitoken;

import bg.integra.account.Caller;
import bg.integra.account.Callers;
import bg.integra.account.Roles;
import bg.integra.audit.AuditAction;
import bg.integra.audit.AuditState;
import bg.integra.audit.AuditTrail;
import bg.integra.common.AccessDeniedException;
import bg.integra.common.ConflictException;
import bg.integra.common.NotFoundException;
import bg.integra.content.Content;
import bg.integra.organisation.Organisation;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The API tokens of the network's members. Staff of a member organisation (or an administrator, for any member)
 * make a token for a program, see their organisation's tokens with their last use, and revoke one; each of these
 * is in the audit trail. The API checks a presented secret here: an unknown, malformed or revoked one is no client.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.MEMBER})
public class ApiTokenService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private AuditTrail audit;

    /** The organisation's tokens, newest first, revoked ones too (so that their last use can still be read). */
    @RolesAllowed({Roles.ADMIN, Roles.MEMBER})
    public List<ApiToken> tokensOf(long organisationId) {
        member(organisationId);
        return em.createNamedQuery(ApiToken.FIND_BY_ORGANISATION, ApiToken.class)
                .setParameter("organisation", organisationId).getResultList();
    }

    /** A new token of the organisation; the answer holds the secret, which is never stored or shown again. */
    @RolesAllowed({Roles.ADMIN, Roles.MEMBER})
    public NewToken create(long organisationId, @NotBlank @Size(max = ApiToken.NAME_LENGTH) String name,
                           @NotNull ApiScope scope) {
        Organisation organisation = member(organisationId);
        TokenSecret secret = TokenSecret.generate();
        ApiToken token = new ApiToken(organisation, name, scope, secret, callers.current().name(), now());
        em.persist(token);
        em.flush();
        audit.created(token);
        return new NewToken(token, secret.text());
    }

    /** Revokes a token of an organisation the caller acts for, as it was read ({@code version}). */
    @RolesAllowed({Roles.ADMIN, Roles.MEMBER})
    public ApiToken revoke(long tokenId, long version) {
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null || !callers.current().mayActFor(token.getOrganisation().getId())) {
            throw new NotFoundException("API token", tokenId);
        }
        if (token.getVersion() != version) throw ConflictException.stale("API token", tokenId);
        if (token.isRevoked()) return token;
        AuditState before = token.auditState();
        token.revoke(now());
        em.flush();
        audit.record(AuditAction.UPDATE, token, before);
        return token;
    }

    /**
     * The client a presented secret stands for, or none when it is malformed, unknown or revoked. Notes the use,
     * at most once a {@linkplain ApiToken#LAST_USE_PRECISION minute} per token, with a statement that neither
     * changes the token's version (a revocation in the back-office does not meet a conflict) nor runs at all
     * while the last use is that recent: a busy program causes no write per request.
     */
    @PermitAll
    public Optional<ApiClient> authenticate(String presented) {
        Optional<TokenSecret> secret = TokenSecret.parse(presented);
        if (secret.isEmpty()) return Optional.empty();
        ApiToken token = em.createNamedQuery(ApiToken.FIND_BY_LOOKUP, ApiToken.class)
                .setParameter("lookup", secret.get().lookup()).getResultStream().findFirst().orElse(null);
        if (token == null || !token.isSecret(secret.get()) || token.isRevoked()) return Optional.empty();
        LocalDateTime now = now();
        LocalDateTime since = now.minus(ApiToken.LAST_USE_PRECISION);
        if (token.getLastUsedAt() == null || token.getLastUsedAt().isBefore(since)) {
            em.createNamedQuery(ApiToken.MARK_USED).setParameter("now", now).setParameter("since", since)
                    .setParameter("id", token.getId()).executeUpdate();
        }
        return Optional.of(ApiClient.of(token));
    }

    /** The token behind a client again, for a write: it must still be unrevoked and allowed to write. */
    @PermitAll
    public ApiToken writer(long tokenId) {
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null || token.isRevoked() || !token.mayWrite()) {
            throw new AccessDeniedException("API token " + tokenId + " may not write");
        }
        return token;
    }

    private Organisation member(long organisationId) {
        Caller caller = callers.current();
        caller.requireMayActFor(organisationId);
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation == null || !organisation.isMember()) throw new NotFoundException("Organisation", organisationId);
        return organisation;
    }

    static LocalDateTime now() {
        return LocalDateTime.now(Content.ZONE);
    }
}
