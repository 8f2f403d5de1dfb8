package bg.integra.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, the one digest of the project: of API token secrets and mailed tokens (only the hash is stored), of stored
 * files (to find one uploaded twice) and of idempotent requests. Every JVM has the algorithm, so its absence is a
 * broken runtime, not a case to handle.
 */
public final class Sha256 {

    private Sha256() {
    }

    public static byte[] of(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Of the text's UTF-8 bytes. */
    public static byte[] of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Lower-case hex, 64 characters, as the database keeps it. */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(of(bytes));
    }

    /** Lower-case hex of the text's UTF-8 bytes. */
    public static String hex(String text) {
        return HexFormat.of().formatHex(of(text));
    }
}
