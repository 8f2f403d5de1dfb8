package bg.integra.account;

import bg.integra.common.Region;
import bg.integra.organisation.Organisation;
import bg.integra.organisation.OrganisationKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2024, 3, 1, 10, 0);
    private static final int THRESHOLD = 3;
    private static final int MINUTES = 15;

    private static Account account() {
        return new Account("  Ivan.Petrov ", "Иван Петров", Role.ADMIN, null, "hash");
    }

    @Test
    void usernameIsNormalised() {
        assertEquals("ivan.petrov", account().getUsername());
        assertNull(Account.normaliseUsername(null));
    }

    @Test
    void aNewAccountIsNotLocked() {
        Account a = account();
        assertFalse(a.isLocked(NOW));
        assertEquals(0, a.getFailedLogins());
        assertNull(a.getLockedUntil());
        assertTrue(a.isEnabled());
    }

    @Test
    void failuresBelowTheThresholdOnlyCount() {
        Account a = account();
        a.recordFailedLogin(NOW, THRESHOLD, MINUTES);
        a.recordFailedLogin(NOW, THRESHOLD, MINUTES);
        assertEquals(2, a.getFailedLogins());
        assertFalse(a.isLocked(NOW));
        assertNull(a.getLockedUntil());
    }

    @Test
    void theThresholdthFailureLocksForTheGivenMinutes() {
        Account a = account();
        for (int i = 0; i < THRESHOLD; i++) a.recordFailedLogin(NOW, THRESHOLD, MINUTES);
        assertEquals(NOW.plusMinutes(MINUTES), a.getLockedUntil());
        assertTrue(a.isLocked(NOW));
        assertTrue(a.isLocked(NOW.plusMinutes(MINUTES).minusSeconds(1)));
        assertFalse(a.isLocked(NOW.plusMinutes(MINUTES)), "the lock ends at lockedUntil");
        assertFalse(a.isLocked(NOW.plusHours(1)));
        assertEquals(0, a.getFailedLogins(), "the count starts again after a lock");
    }

    @Test
    void theLockIsCountedFromTheLastFailure() {
        Account a = account();
        a.recordFailedLogin(NOW, THRESHOLD, MINUTES);
        a.recordFailedLogin(NOW.plusMinutes(1), THRESHOLD, MINUTES);
        a.recordFailedLogin(NOW.plusMinutes(2), THRESHOLD, MINUTES);
        assertEquals(NOW.plusMinutes(2 + MINUTES), a.getLockedUntil());
    }

    @Test
    void aSuccessfulLoginResetsCountAndLock() {
        Account a = account();
        a.recordFailedLogin(NOW, THRESHOLD, MINUTES);
        a.recordFailedLogin(NOW, THRESHOLD, MINUTES);
        a.recordSuccessfulLogin();
        assertEquals(0, a.getFailedLogins());
        a.recordFailedLogin(NOW, THRESHOLD, MINUTES);
        assertFalse(a.isLocked(NOW), "two failures before the success no longer count");

        for (int i = 0; i < THRESHOLD; i++) a.recordFailedLogin(NOW, THRESHOLD, MINUTES);
        assertTrue(a.isLocked(NOW));
        a.recordSuccessfulLogin();
        assertFalse(a.isLocked(NOW));
        assertNull(a.getLockedUntil());
    }

    @Test
    void aThresholdOfOneLocksAtTheFirstFailure() {
        Account a = account();
        a.recordFailedLogin(NOW, 1, MINUTES);
        assertTrue(a.isLocked(NOW));
    }

    @Test
    void aCoordinatorNeedsAnOrganisation() {
        Account admin = account();
        assertTrue(admin.isOrganisationSetForCoordinator());
        Account orphan = new Account("c", "C", Role.COORDINATOR, null, "hash");
        assertFalse(orphan.isOrganisationSetForCoordinator());
        Account member = new Account("m", "M", Role.COORDINATOR,
                new Organisation("Сдружение", OrganisationKind.NGO, Region.VARNA), "hash");
        assertTrue(member.isOrganisationSetForCoordinator());
    }
}
