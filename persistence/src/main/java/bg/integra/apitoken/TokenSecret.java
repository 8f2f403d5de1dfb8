package bg.integra.apitoken;

import bg.integra.common.Sha256;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret a program presents as {@code Authorization: Bearer itk_<lookup>_<secret>}: {@value #PREFIX}, a public
 * lookup part of {@value #LOOKUP_LENGTH} hex digits that finds the token's row by an index, and 32 random bytes in
 * base64url. Only the SHA-256 of the whole text is stored; the presented text's hash is compared with it in
 * constant time ({@link #matches}), so neither a database reader nor a timing can tell the secret.
 *
 * @param lookup the public part, also shown in the back-office to tell tokens apart
 * @param text   the whole secret, shown once
 */
public record TokenSecret(String lookup, String text) {

    public static final String PREFIX = "itk_";
    public static final int LOOKUP_LENGTH = 12;
    public static final int HASH_LENGTH = 64;
    private static final int SECRET_BYTES = 32;
    private static final Pattern FORM = Pattern.compile("itk_([0-9a-f]{" + LOOKUP_LENGTH + "})_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public TokenSecret {
        Objects.requireNonNull(lookup, "lookup");
        Objects.requireNonNull(text, "text");
    }

    /** A new random secret. */
    public static TokenSecret generate() {
        byte[] id = new byte[LOOKUP_LENGTH / 2];
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(id);
        RANDOM.nextBytes(secret);
        String lookup = HexFormat.of().formatHex(id);
        return new TokenSecret(lookup, PREFIX + lookup + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** The secret in a presented text, if the text has the form of one (nothing is looked up yet). */
    public static Optional<TokenSecret> parse(String presented) {
        if (presented == null) return Optional.empty();
        var m = FORM.matcher(presented.strip());
        return m.matches() ? Optional.of(new TokenSecret(m.group(1), m.group())) : Optional.empty();
    }

    /** The hex SHA-256 of the whole secret, which is what the database keeps. */
    public String hash() {
        return Sha256.hex(text);
    }

    /** Whether this secret is the one whose hash is stored, compared in constant time. */
    public boolean matches(String storedHash) {
        if (storedHash == null || storedHash.length() != HASH_LENGTH) return false;
        return MessageDigest.isEqual(Sha256.of(text), HexFormat.of().parseHex(storedHash));
    }

    /** The lookup part as the back-office shows it, {@code itk_0123456789ab…}: enough to recognise, useless to use. */
    public static String shown(String lookup) {
        return PREFIX + lookup + "…";
    }

    @Override
    public String toString() {
        return "TokenSecret[" + shown(lookup) + "]"; // never the secret in a log
    }
}
