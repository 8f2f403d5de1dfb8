package bg.integra.account;

import bg.integra.common.ConflictException;
import bg.integra.common.NotFoundException;
import bg.integra.organisation.Organisation;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Back-office accounts: signing in, the first administrator, and the accounts an administrator manages.
 * Passwords are hashed with PBKDF2-HMAC-SHA512 at 210,000 iterations (the OWASP recommendation). After
 * {@value #LOCK_THRESHOLD} failed sign-ins in a row an account is locked for {@value #LOCK_MINUTES} minutes.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.COORDINATOR})
public class AccountService {

    public static final int LOCK_THRESHOLD = 5;
    public static final int LOCK_MINUTES = 15;
    public static final int MIN_PASSWORD_LENGTH = 10;
    public static final int MAX_PASSWORD_LENGTH = 200;

    /** How a sign-in attempt ended. */
    public enum SignInResult { SUCCESS, INVALID, LOCKED }

    /** The outcome of a sign-in, with the account when it succeeded. */
    public record SignIn(SignInResult result, Account account) {
    }

    /** PBKDF2 parameters; the algorithm, iterations and salt are also stored in each hash, so they can grow later. */
    public static final Map<String, String> HASH_PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    /** A hash of a random password, verified when the username is unknown so that timing does not tell. */
    private String decoyHash;

    @PostConstruct
    void init() {
        passwordHash.initialize(HASH_PARAMETERS);
        decoyHash = passwordHash.generate(Passwords.random().toCharArray());
    }

    @PermitAll
    public SignIn signIn(@NotNull String username, @NotNull String password) {
        Optional<Account> found = findByUsername(username);
        if (found.isEmpty()) {
            passwordHash.verify(password.toCharArray(), decoyHash);
            return new SignIn(SignInResult.INVALID, null);
        }
        Account account = found.get();
        LocalDateTime now = LocalDateTime.now();
        if (account.isLocked(now)) {
            return new SignIn(SignInResult.LOCKED, null);
        }
        if (!account.isEnabled() || !passwordHash.verify(password.toCharArray(), account.getPasswordHash())) {
            account.recordFailedLogin(now, LOCK_THRESHOLD, LOCK_MINUTES);
            return new SignIn(account.isLocked(now) ? SignInResult.LOCKED : SignInResult.INVALID, null);
        }
        account.recordSuccessfulLogin();
        return new SignIn(SignInResult.SUCCESS, account);
    }

    @PermitAll
    public Optional<Account> findByUsername(String username) {
        return em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                .setParameter("username", Account.normaliseUsername(username))
                .getResultStream().findFirst();
    }

    /** The account of whoever calls, if they are signed in. */
    @PermitAll
    public Optional<Account> current() {
        String name = context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
        return name == null || "ANONYMOUS".equals(name) ? Optional.empty() : findByUsername(name);
    }

    @RolesAllowed(Roles.ADMIN)
    public List<Account> findAll() {
        return em.createNamedQuery(Account.FIND_ALL, Account.class).getResultList();
    }

    @RolesAllowed(Roles.ADMIN)
    public Account create(@NotBlank String username, @NotBlank String displayName, @NotNull Role role,
                          Long organisationId, @NotNull String password) {
        if (findByUsername(username).isPresent()) {
            throw new ConflictException("conflict.usernameTaken", "Username " + username + " is taken", username);
        }
        Organisation organisation = organisationId == null ? null : em.find(Organisation.class, organisationId);
        if (organisationId != null && organisation == null) {
            throw new NotFoundException("Organisation", organisationId);
        }
        Account account = new Account(username, displayName, role, organisation, hash(password));
        em.persist(account);
        return account;
    }

    @RolesAllowed(Roles.ADMIN)
    public void setEnabled(long accountId, boolean enabled) {
        Account account = em.find(Account.class, accountId);
        if (account == null) throw new NotFoundException("Account", accountId);
        if (!enabled && account.getUsername().equals(context.getCallerPrincipal().getName())) {
            throw new ConflictException("conflict.disableSelf", "An administrator cannot disable their own account");
        }
        account.setEnabled(enabled);
    }

    @RolesAllowed(Roles.ADMIN)
    public void resetPassword(long accountId, @NotNull String password) {
        Account account = em.find(Account.class, accountId);
        if (account == null) throw new NotFoundException("Account", accountId);
        account.setPasswordHash(hash(password));
        account.recordSuccessfulLogin();
    }

    /**
     * Creates the first administrator when there is none. The password is the given one, or a random one when
     * none is given; the caller learns which and is responsible for telling the operator once.
     * @return the password set, or empty when an administrator already existed
     */
    @PermitAll
    public Optional<String> bootstrapAdministrator(String username, String configuredPassword) {
        long admins = em.createNamedQuery(Account.COUNT_BY_ROLE, Long.class).setParameter("role", Role.ADMIN).getSingleResult();
        if (admins > 0) return Optional.empty();
        String password = configuredPassword == null || configuredPassword.isBlank() ? Passwords.random() : configuredPassword;
        em.persist(new Account(username, "Administrator", Role.ADMIN, null, hash(password)));
        return Optional.of(password);
    }

    private String hash(String password) {
        Passwords.check(password);
        return passwordHash.generate(password.toCharArray());
    }
}
