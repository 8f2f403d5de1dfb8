package bg.integra.account;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordsTest {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @Test
    void randomPasswordsHaveTwentyCharactersOfTheAlphabetWithoutLookAlikes() {
        Set<Character> seen = new HashSet<>();
        for (int n = 0; n < 500; n++) {
            String p = Passwords.random();
            assertEquals(20, p.length(), p);
            for (char c : p.toCharArray()) {
                assertTrue(ALPHABET.indexOf(c) >= 0, "unexpected character " + c + " in " + p);
                seen.add(c);
            }
        }
        for (char lookAlike : "0O1lI".toCharArray()) {
            assertTrue(!seen.contains(lookAlike), "look-alike " + lookAlike);
        }
        // 10,000 draws from 57 characters: every character appears (the chance of missing one is ~1e-74)
        assertEquals(ALPHABET.length(), seen.size());
    }

    @Test
    void randomPasswordsDiffer() {
        Set<String> passwords = new HashSet<>();
        for (int n = 0; n < 1000; n++) passwords.add(Passwords.random());
        assertEquals(1000, passwords.size());
    }

    @Test
    void aRandomPasswordPassesTheRules() {
        assertDoesNotThrow(() -> Passwords.check(Passwords.random()));
    }

    @Test
    void checkAcceptsTheBounds() {
        assertDoesNotThrow(() -> Passwords.check("x".repeat(AccountService.MIN_PASSWORD_LENGTH)));
        assertDoesNotThrow(() -> Passwords.check("x".repeat(AccountService.MAX_PASSWORD_LENGTH)));
    }

    @Test
    void checkRefusesTooShortTooLongAndNull() {
        assertThrows(Passwords.WeakPasswordException.class,
                () -> Passwords.check("x".repeat(AccountService.MIN_PASSWORD_LENGTH - 1)));
        assertThrows(Passwords.WeakPasswordException.class,
                () -> Passwords.check("x".repeat(AccountService.MAX_PASSWORD_LENGTH + 1)));
        assertThrows(Passwords.WeakPasswordException.class, () -> Passwords.check(""));
        assertThrows(Passwords.WeakPasswordException.class, () -> Passwords.check(null));
    }

    @Test
    void theBoundsAreTheDocumentedOnes() {
        assertEquals(10, AccountService.MIN_PASSWORD_LENGTH);
        assertEquals(200, AccountService.MAX_PASSWORD_LENGTH);
        assertTrue(new Passwords.WeakPasswordException().getMessage().contains("10 to 200"));
    }
}
