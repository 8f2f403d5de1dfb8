package bg.integra.account;

import jakarta.validation.ValidationException;

import java.security.SecureRandom;

/** The password rules and a generator of strong random passwords. */
public final class Passwords {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private Passwords() {
    }

    /** A random password of 20 characters from an alphabet without look-alikes (about 116 bits). */
    public static String random() {
        StringBuilder sb = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** Refuses a password that is too short or absurdly long (a hashing cost attack). */
    public static void check(String password) {
        if (password == null || password.length() < AccountService.MIN_PASSWORD_LENGTH
                || password.length() > AccountService.MAX_PASSWORD_LENGTH) {
            throw new WeakPasswordException();
        }
    }

    /** A password that breaks the rules; the message key is {@code account.password.weak}. */
    @jakarta.ejb.ApplicationException(rollback = true)
    public static class WeakPasswordException extends ValidationException {
        public WeakPasswordException() {
            super("The password must have " + AccountService.MIN_PASSWORD_LENGTH + " to "
                    + AccountService.MAX_PASSWORD_LENGTH + " characters");
        }
    }
}
