package bg.integra.portalaccount;

import bg.integra.content.Content;
import bg.integra.account.Account;
import bg.integra.account.AccountService;
import bg.integra.audit.AuditAction;
import bg.integra.audit.AuditState;
import bg.integra.audit.AuditTrail;
import bg.integra.common.FieldProblem;
import bg.integra.common.InvalidInputException;
import bg.integra.common.Languages;
import bg.integra.common.MailSettings;
import bg.integra.common.NotFoundException;
import bg.integra.common.RuleRefusedException;
import bg.integra.common.Text;
import bg.integra.mail.MailOutbox;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The portal's public accounts. A visitor signs up with an address, a handle, a display name, a language and a
 * password; the account is active once the link mailed to the address is opened. Signing up with an address that
 * has an account already answers the same and mails its owner instead, so that the form does not tell who has an
 * account. Passwords are hashed as the back-office's are ({@link AccountService#HASH_PARAMETERS}), and the same
 * lock follows repeated failures. A staff member signs in with their back-office name and password and posts
 * through an account linked to it. The caller is the portal (who is signed in lives in the visitor's session), so
 * every method names the account it acts for; none trusts a value the visitor typed for it.
 */
@Stateless
@PermitAll
public class PortalAccountService {

    static final int CONFIRM_HOURS = 48;
    static final int RESET_HOURS = 2;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern HANDLE = Pattern.compile(PortalAccount.HANDLE_PATTERN);

    /** How a sign-in ended. */
    public enum SignInResult { SUCCESS, INVALID, LOCKED, UNCONFIRMED, SUSPENDED }

    /** The outcome of a sign-in, with the account when it succeeded (or the suspension's end). */
    public record SignIn(SignInResult result, PortalAccount account, LocalDateTime until) {
    }

    /** What a sign-up form sends. */
    public record SignUp(String email, String handle, String displayName, String language, String password) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    @EJB
    private AccountService staffAccounts;

    @EJB
    private MailOutbox outbox;

    @Inject
    private AuditTrail audit;

    private final MailSettings mail = MailSettings.fromEnvironment();
    private String decoyHash;

    @PostConstruct
    void init() {
        passwordHash.initialize(AccountService.HASH_PARAMETERS);
        decoyHash = passwordHash.generate(Tokens.random().toCharArray());
    }

    /** Signs a visitor up; the confirmation (or, for a known address, a note to its owner) goes out by mail. */
    public void signUp(SignUp form) {
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        String email = PortalAccount.normaliseEmail(Text.blankToNull(form.email()));
        String handle = PortalAccount.normaliseHandle(Text.blankToNull(form.handle()));
        String name = Text.blankToNull(form.displayName());
        if (email == null) problems.put("email", FieldProblem.required());
        else if (email.length() > PortalAccount.EMAIL_LENGTH) problems.put("email", FieldProblem.tooLong(PortalAccount.EMAIL_LENGTH));
        else if (!EMAIL.matcher(email).matches()) problems.put("email", FieldProblem.malformed());
        if (handle == null) problems.put("handle", FieldProblem.required());
        else if (handle.length() > PortalAccount.HANDLE_LENGTH) problems.put("handle", FieldProblem.tooLong(PortalAccount.HANDLE_LENGTH));
        else if (handle.length() < 2) problems.put("handle", FieldProblem.tooShort(2));
        else if (!HANDLE.matcher(handle).matches() || handle.startsWith("deleted-")) problems.put("handle", FieldProblem.malformed());
        else if (findByHandle(handle).isPresent()) problems.put("handle", FieldProblem.taken());
        if (name == null) problems.put("displayName", FieldProblem.required());
        else if (name.length() > PortalAccount.DISPLAY_NAME_LENGTH) problems.put("displayName", FieldProblem.tooLong(PortalAccount.DISPLAY_NAME_LENGTH));
        checkPassword(form.password(), problems);
        if (!problems.isEmpty()) throw new InvalidInputException(problems);

        LocalDateTime now = LocalDateTime.now(Content.ZONE);
        Optional<PortalAccount> existing = findByEmail(email);
        if (existing.isPresent()) {
            PortalAccount owner = existing.get();
            if (owner.getStatus() == AccountStatus.UNCONFIRMED) {
                sendToken(owner, TokenPurpose.CONFIRM, "confirm", now); // a second try: a fresh link
            } else if (owner.isActive()) {
                mailTo(owner, "exists", owner.getDisplayName(), mail.publicUrl() + "/account/sign-in",
                        mail.publicUrl() + "/account/reset");
            }
            return;
        }
        PortalAccount account = PortalAccount.signUp(email, handle, Text.withoutControlCharacters(name),
                form.language(), passwordHash.generate(form.password().toCharArray()), Tokens.random(), now);
        em.persist(account);
        sendToken(account, TokenPurpose.CONFIRM, "confirm", now);
    }

    /** Opens a confirmation link; empty when the link is unknown, used or too old. */
    public Optional<PortalAccount> confirm(String token) {
        LocalDateTime now = LocalDateTime.now(Content.ZONE);
        Optional<PortalAccount> found = byToken(token).filter(a -> a.tokenValid(TokenPurpose.CONFIRM, now));
        found.ifPresent(a -> a.confirm(now));
        return found;
    }

    /** Mails a reset link to the address when it has an account; answers the same either way. */
    public void requestReset(String email) {
        Optional<PortalAccount> found = findByEmail(PortalAccount.normaliseEmail(Text.blankToNull(email)));
        found.filter(a -> !a.isDeleted() && a.getEmail() != null)
                .ifPresent(a -> sendToken(a, TokenPurpose.RESET, "reset", LocalDateTime.now(Content.ZONE)));
    }

    /** Whether a reset link is still good, for the page that asks for the new password. */
    public boolean resetValid(String token) {
        LocalDateTime now = LocalDateTime.now(Content.ZONE);
        return byToken(token).filter(a -> a.tokenValid(TokenPurpose.RESET, now)).isPresent();
    }

    /** Sets the new password of a reset link; empty when the link is unknown, used or too old. */
    public Optional<PortalAccount> resetPassword(String token, String password) {
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        checkPassword(password, problems);
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        LocalDateTime now = LocalDateTime.now(Content.ZONE);
        Optional<PortalAccount> found = byToken(token).filter(a -> a.tokenValid(TokenPurpose.RESET, now));
        found.ifPresent(a -> a.resetPassword(passwordHash.generate(password.toCharArray()), now));
        return found;
    }

    /**
     * Signs in with an address and password, or with a back-office name and password (a staff member, whose
     * linked account is made on the first sign-in).
     */
    public SignIn signIn(String login, String password) {
        String who = Text.blankToNull(login);
        if (who == null || password == null || password.length() > AccountService.MAX_PASSWORD_LENGTH) {
            return new SignIn(SignInResult.INVALID, null, null);
        }
        return who.contains("@") ? signInByEmail(who, password) : signInAsStaff(who, password);
    }

    private SignIn signInByEmail(String email, String password) {
        Optional<PortalAccount> found = findByEmail(PortalAccount.normaliseEmail(email)).filter(a -> !a.isDeleted());
        if (found.isEmpty()) {
            passwordHash.verify(password.toCharArray(), decoyHash);
            return new SignIn(SignInResult.INVALID, null, null);
        }
        PortalAccount account = found.get();
        LocalDateTime now = LocalDateTime.now(Content.ZONE);
        if (account.isLocked(now)) return new SignIn(SignInResult.LOCKED, null, null);
        if (!passwordHash.verify(password.toCharArray(), account.getPasswordHash())) {
            account.recordFailedSignIn(now, AccountService.LOCK_THRESHOLD, AccountService.LOCK_MINUTES);
            return new SignIn(account.isLocked(now) ? SignInResult.LOCKED : SignInResult.INVALID, null, null);
        }
        if (account.getStatus() == AccountStatus.UNCONFIRMED) return new SignIn(SignInResult.UNCONFIRMED, null, null);
        if (account.isSuspended(now)) return new SignIn(SignInResult.SUSPENDED, null, account.getSuspendedUntil());
        account.recordSuccessfulSignIn();
        return new SignIn(SignInResult.SUCCESS, account, null);
    }

    private SignIn signInAsStaff(String username, String password) {
        AccountService.SignIn staff = staffAccounts.signIn(username, password);
        if (staff.result() == AccountService.SignInResult.LOCKED) return new SignIn(SignInResult.LOCKED, null, null);
        if (staff.result() != AccountService.SignInResult.SUCCESS) return new SignIn(SignInResult.INVALID, null, null);
        Account member = staff.account();
        PortalAccount account = em.createNamedQuery(PortalAccount.FIND_BY_STAFF, PortalAccount.class)
                .setParameter("staff", member.getId()).getResultStream().findFirst()
                .orElseGet(() -> linkStaff(member));
        if (account.isSuspended(LocalDateTime.now(Content.ZONE))) return new SignIn(SignInResult.SUSPENDED, null, account.getSuspendedUntil());
        return new SignIn(SignInResult.SUCCESS, account, null);
    }

    private PortalAccount linkStaff(Account member) {
        String base = PortalAccount.normaliseHandle(member.getUsername()).replaceAll("[^a-z0-9_.-]", "-");
        if (base.length() > 24) base = base.substring(0, 24);
        if (base.length() < 2) base = "staff";
        String handle = base;
        for (int i = 2; findByHandle(handle).isPresent(); i++) handle = base + "-" + i;
        String name = member.getDisplayName().length() > PortalAccount.DISPLAY_NAME_LENGTH
                ? member.getDisplayName().substring(0, PortalAccount.DISPLAY_NAME_LENGTH) : member.getDisplayName();
        PortalAccount account = PortalAccount.ofStaff(member.getId(), handle, name, Languages.DEFAULT, Tokens.random(),
                LocalDateTime.now(Content.ZONE));
        em.persist(account);
        return account;
    }

    public PortalAccount get(long id) {
        PortalAccount account = em.find(PortalAccount.class, id);
        if (account == null || account.isDeleted()) throw new NotFoundException("PortalAccount", id);
        return account;
    }

    /** The account's own settings: its display name, language and which mails it gets. */
    public PortalAccount updateSettings(long id, String displayName, String language, boolean mailNotices, boolean digest) {
        String name = Text.blankToNull(displayName);
        if (name == null) throw new InvalidInputException(Map.of("displayName", FieldProblem.required()));
        if (name.length() > PortalAccount.DISPLAY_NAME_LENGTH) {
            throw new InvalidInputException(Map.of("displayName", FieldProblem.tooLong(PortalAccount.DISPLAY_NAME_LENGTH)));
        }
        PortalAccount account = get(id);
        account.setDisplayName(Text.withoutControlCharacters(name));
        account.setLanguage(language);
        account.setMailNotices(mailNotices);
        account.setDigest(digest);
        return account;
    }

    /**
     * Everything kept about the account, as a JSON document for the account itself to download (recorded in the
     * audit trail as an export, without its contents).
     */
    public String export(long accountId) {
        PortalAccount account = get(accountId);
        audit.recordBy("portal:" + account.getHandle(), AuditAction.EXPORT, account, account.auditState());
        return AccountData.export(em, account, LocalDateTime.now(Content.ZONE));
    }

    /**
     * Deletes the account on its own request, once its password is given again: nothing personal stays (its
     * notifications, watches, follows, reading and mails go; the row is anonymised so that its posts keep an
     * author). An account linked to staff has no password of its own and goes with the staff account, so it is
     * refused here.
     */
    public void delete(long accountId, String password) {
        PortalAccount account = get(accountId);
        if (account.isStaff()) {
            throw new RuleRefusedException("password", "portalAccount.refused.staff", "A staff member's account is not deleted here");
        }
        if (password == null || password.isEmpty() || password.length() > AccountService.MAX_PASSWORD_LENGTH
                || account.getPasswordHash() == null || !passwordHash.verify(password.toCharArray(), account.getPasswordHash())) {
            throw new RuleRefusedException("password", "portalAccount.refused.password", "Wrong password");
        }
        String who = "portal:" + account.getHandle();
        AuditState before = account.auditState();
        AccountData.erase(em, account);
        account.anonymise();
        audit.recordBy(who, AuditAction.ERASE, account, before);
    }

    /** The one-click link of every mail: no more mails of the forum for this account; false for an unknown key. */
    public boolean stopMails(String key) {
        Optional<PortalAccount> found = key == null ? Optional.empty()
                : em.createNamedQuery(PortalAccount.FIND_BY_MAIL_KEY, PortalAccount.class).setParameter("key", key)
                .getResultStream().findFirst();
        found.ifPresent(a -> {
            a.setMailNotices(false);
            a.setDigest(false);
        });
        return found.isPresent();
    }

    public Optional<PortalAccount> findByEmail(String email) {
        if (email == null) return Optional.empty();
        return em.createNamedQuery(PortalAccount.FIND_BY_EMAIL, PortalAccount.class).setParameter("email", email)
                .getResultStream().findFirst();
    }

    public Optional<PortalAccount> findByHandle(String handle) {
        if (handle == null) return Optional.empty();
        return em.createNamedQuery(PortalAccount.FIND_BY_HANDLE, PortalAccount.class)
                .setParameter("handle", PortalAccount.normaliseHandle(handle)).getResultStream().findFirst();
    }

    private Optional<PortalAccount> byToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) return Optional.empty();
        return em.createNamedQuery(PortalAccount.FIND_BY_TOKEN, PortalAccount.class)
                .setParameter("hash", Tokens.hash(token)).getResultStream().findFirst();
    }

    private void sendToken(PortalAccount account, TokenPurpose purpose, String mailKey, LocalDateTime now) {
        String token = Tokens.random();
        account.issueToken(purpose, Tokens.hash(token), now.plusHours(purpose == TokenPurpose.CONFIRM ? CONFIRM_HOURS : RESET_HOURS));
        String link = mail.publicUrl() + "/account/" + (purpose == TokenPurpose.CONFIRM ? "confirm/" : "reset/") + token
                + "?lang=" + account.getLanguage();
        mailTo(account, mailKey, account.getDisplayName(), link);
    }

    private void mailTo(PortalAccount account, String key, Object... args) {
        AccountMails.Text text = AccountMails.compose(key, account.getLanguage(), null, args);
        outbox.enqueue(account.getEmail(), text.subject(), text.body(), "ACCOUNT_" + key.toUpperCase(java.util.Locale.ROOT));
    }

    private static void checkPassword(String password, Map<String, FieldProblem> problems) {
        if (password == null || password.isEmpty()) problems.put("password", FieldProblem.required());
        else if (password.length() < AccountService.MIN_PASSWORD_LENGTH) problems.put("password", FieldProblem.tooShort(AccountService.MIN_PASSWORD_LENGTH));
        else if (password.length() > AccountService.MAX_PASSWORD_LENGTH) problems.put("password", FieldProblem.tooLong(AccountService.MAX_PASSWORD_LENGTH));
    }
}
