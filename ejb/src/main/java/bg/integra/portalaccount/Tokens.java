package bg.integra.portalaccount;

import bg.integra.common.Sha256;

import java.security.SecureRandom;
import java.util.Base64;

/** Random one-time tokens for links in mails, and the hash under which one is kept (the token itself never is). */
final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    /** 32 random bytes, URL-safe Base64 without padding (43 characters). */
    static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }
}
