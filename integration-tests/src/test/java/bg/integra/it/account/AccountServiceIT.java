package bg.integra.it.account;

import bg.integra.account.Account;
import bg.integra.account.AccountService;
import bg.integra.account.AccountService.SignIn;
import bg.integra.account.AccountService.SignInResult;
import bg.integra.account.Passwords;
import bg.integra.account.Role;
import bg.integra.common.ConflictException;
import bg.integra.organisation.Organisation;
import bg.integra.testsupport.TestData;
import bg.integra.testsupport.runas.AsAdministrator;
import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDateTime;

import static bg.integra.it.Failures.assertFails;
import static bg.integra.it.Failures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * AccountService inside the server: signing in, the lock after {@value AccountService#LOCK_THRESHOLD} failures
 * in a row, and the account management only an administrator may do.
 * <p>
 * These sign-ins call the service directly, not the login form, so they do not count towards the per-address
 * LoginThrottle of the web tier and cannot lock other tests out.
 */
@ExtendWith(ArquillianExtension.class)
class AccountServiceIT {

    @Inject
    AccountService accounts;

    @Inject
    AsAdministrator admin;

    @Inject
    TestData data;

    private record Credentials(String username, String password) {
    }

    private Credentials coordinator() {
        Organisation o = data.organisation("Работодател " + TestData.unique("a"));
        String username = "user-" + TestData.unique("a").toLowerCase();
        String password = "right-password-" + TestData.unique("p");
        data.account(username, Role.COORDINATOR, o, password);
        return new Credentials(username, password);
    }

    private Account stored(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }

    @Test
    void theRightPasswordSignsIn() {
        Credentials c = coordinator();
        SignIn signIn = accounts.signIn(c.username(), c.password());
        assertEquals(SignInResult.SUCCESS, signIn.result());
        assertEquals(c.username(), signIn.account().getUsername());
        assertEquals(Role.COORDINATOR, signIn.account().getRole());
    }

    @Test
    void theUsernameIsFoundWhateverItsCaseAndSurroundingSpaces() {
        Credentials c = coordinator();
        assertEquals(SignInResult.SUCCESS, accounts.signIn("  " + c.username().toUpperCase() + " ", c.password()).result());
    }

    @Test
    void aWrongPasswordIsRefusedAndCounted() {
        Credentials c = coordinator();
        SignIn signIn = accounts.signIn(c.username(), c.password() + "x");
        assertEquals(SignInResult.INVALID, signIn.result());
        assertNull(signIn.account());
        assertEquals(1, stored(c.username()).getFailedLogins());
        assertNull(stored(c.username()).getLockedUntil());
    }

    @Test
    void anUnknownUserIsRefusedLikeAWrongPassword() {
        SignIn signIn = accounts.signIn("nobody-" + TestData.unique("u").toLowerCase(), "whatever-password");
        assertEquals(SignInResult.INVALID, signIn.result());
        assertNull(signIn.account());
    }

    @Test
    void aSuccessResetsTheCountOfFailures() {
        Credentials c = coordinator();
        for (int i = 0; i < AccountService.LOCK_THRESHOLD - 1; i++) {
            assertEquals(SignInResult.INVALID, accounts.signIn(c.username(), "wrong-" + i).result());
        }
        assertEquals(AccountService.LOCK_THRESHOLD - 1, stored(c.username()).getFailedLogins());
        assertEquals(SignInResult.SUCCESS, accounts.signIn(c.username(), c.password()).result());
        assertEquals(0, stored(c.username()).getFailedLogins());
        // so one more failure does not lock
        assertEquals(SignInResult.INVALID, accounts.signIn(c.username(), "wrong-again").result());
    }

    @Test
    void fiveFailuresInARowLockTheAccountEvenAgainstTheRightPassword() {
        Credentials c = coordinator();
        LocalDateTime before = LocalDateTime.now();
        for (int i = 1; i < AccountService.LOCK_THRESHOLD; i++) {
            assertEquals(SignInResult.INVALID, accounts.signIn(c.username(), "wrong-" + i).result(), "failure " + i);
        }
        assertEquals(SignInResult.LOCKED, accounts.signIn(c.username(), "wrong-last").result(), "the fifth failure locks");

        LocalDateTime lockedUntil = stored(c.username()).getLockedUntil();
        assertNotNull(lockedUntil);
        assertFalse(lockedUntil.isBefore(before.plusMinutes(AccountService.LOCK_MINUTES)));
        assertTrue(lockedUntil.isBefore(LocalDateTime.now().plusMinutes(AccountService.LOCK_MINUTES).plusSeconds(5)));

        SignIn right = accounts.signIn(c.username(), c.password());
        assertEquals(SignInResult.LOCKED, right.result(), "the right password does not open a locked account");
        assertNull(right.account());
        assertEquals(lockedUntil, stored(c.username()).getLockedUntil(), "trying while locked does not extend the lock");
    }

    @Test
    void anAdministratorResettingThePasswordUnlocks() {
        Credentials c = coordinator();
        for (int i = 0; i < AccountService.LOCK_THRESHOLD; i++) {
            accounts.signIn(c.username(), "wrong-" + i);
        }
        assertEquals(SignInResult.LOCKED, accounts.signIn(c.username(), c.password()).result());
        long id = stored(c.username()).getId();
        String fresh = "fresh-password-" + TestData.unique("p");
        admin.run(() -> accounts.resetPassword(id, fresh));
        assertEquals(SignInResult.SUCCESS, accounts.signIn(c.username(), fresh).result());
        assertEquals(SignInResult.INVALID, accounts.signIn(c.username(), c.password()).result(), "the old password is gone");
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        Credentials c = coordinator();
        long id = stored(c.username()).getId();
        admin.run(() -> accounts.setEnabled(id, false));
        assertEquals(SignInResult.INVALID, accounts.signIn(c.username(), c.password()).result());
        admin.run(() -> accounts.setEnabled(id, true));
        assertEquals(SignInResult.SUCCESS, accounts.signIn(c.username(), c.password()).result());
    }

    @Test
    void anAdministratorCreatesAccountsWithUniqueNamesAndStrongPasswords() {
        Organisation o = data.organisation("Нови служители " + TestData.unique("a"));
        String username = "new-" + TestData.unique("a").toLowerCase();
        Account created = admin.call(() -> accounts.create(username, "Нов служител", Role.COORDINATOR, o.getId(), "a-good-long-password"));
        assertNotNull(created.getId());
        assertEquals(SignInResult.SUCCESS, accounts.signIn(username, "a-good-long-password").result());

        ConflictException taken = assertFails(ConflictException.class, () -> admin.call(() ->
                accounts.create(username.toUpperCase(), "Двойник", Role.COORDINATOR, o.getId(), "another-long-password")));
        assertEquals("conflict.usernameTaken", taken.reason());

        String weak = "weak-" + TestData.unique("a").toLowerCase();
        assertFails(Passwords.WeakPasswordException.class, () -> admin.call(() ->
                accounts.create(weak, "Слаба парола", Role.COORDINATOR, o.getId(), "short")));
        assertTrue(accounts.findByUsername(weak).isEmpty());
    }

    @Test
    void theAdministratorOfTheTestServerExistsAndIsTheRunAsIdentity() {
        assertEquals(Role.ADMIN, stored("admin").getRole());
        assertEquals("admin", admin.call(() -> accounts.current().orElseThrow().getUsername()));
        assertTrue(accounts.current().isEmpty(), "an in-container test itself is anonymous");
    }

    @Test
    void anAnonymousCallerCannotManageAccounts() {
        Credentials c = coordinator();
        long id = stored(c.username()).getId();
        assertRefused(() -> accounts.findAll());
        assertRefused(() -> accounts.create("anon-" + TestData.unique("a").toLowerCase(), "Анонимен", Role.ADMIN, null, "anonymous-password"));
        assertRefused(() -> accounts.setEnabled(id, false));
        assertRefused(() -> accounts.resetPassword(id, "anonymous-password"));
        assertTrue(stored(c.username()).isEnabled());
        assertEquals(SignInResult.SUCCESS, accounts.signIn(c.username(), c.password()).result());
    }
}
