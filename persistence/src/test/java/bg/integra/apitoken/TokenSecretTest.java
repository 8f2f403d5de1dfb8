package bg.integra.apitoken;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class TokenSecretTest {

    @Test
    void aNewSecretHasThePrefixALookupPartAndReadsBack() {
        TokenSecret secret = TokenSecret.generate();
        assertTrue(secret.text().startsWith("itk_" + secret.lookup() + "_"), secret.text());
        assertEquals(4 + 12 + 1 + 43, secret.text().length());
        assertEquals(secret, TokenSecret.parse(secret.text()).orElseThrow());
        assertNotEquals(secret.text(), TokenSecret.generate().text());
        assertFalse(secret.toString().contains(secret.text().substring(17)), "never the secret in toString");
    }

    @Test
    void onlyTheSameSecretMatchesItsHash() {
        TokenSecret secret = TokenSecret.generate();
        String hash = secret.hash();
        assertEquals(64, hash.length());
        assertTrue(secret.matches(hash));
        String other = secret.text().substring(0, secret.text().length() - 1) + (secret.text().endsWith("A") ? "B" : "A");
        assertFalse(TokenSecret.parse(other).orElseThrow().matches(hash));
        assertFalse(secret.matches(null));
        assertFalse(secret.matches("abc"));
    }

    @Test
    void textsNotOfTheFormAreNoSecret() {
        assertTrue(TokenSecret.parse(null).isEmpty());
        assertTrue(TokenSecret.parse("").isEmpty());
        assertTrue(TokenSecret.parse("itk_0123456789ab").isEmpty());
        assertTrue(TokenSecret.parse("xyz_0123456789ab_" + "A".repeat(43)).isEmpty());
        assertTrue(TokenSecret.parse("itk_0123456789AB_" + "A".repeat(43)).isEmpty(), "the lookup part is lower-case hex");
        assertTrue(TokenSecret.parse("itk_0123456789ab_" + "A".repeat(43)).isPresent());
    }
}
