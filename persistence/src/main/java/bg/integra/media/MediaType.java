package bg.integra.media;

import java.util.Optional;

/**
 * The kinds of file the platform accepts, recognised by their first bytes rather than by their names: a file
 * called {@code photo.jpg} that is really a script is refused. SVG is not accepted, because it can carry script.
 */
public enum MediaType {
    JPEG("image/jpeg", "jpg", true), PNG("image/png", "png", true), GIF("image/gif", "gif", true),
    PDF("application/pdf", "pdf", false);

    public static final int LENGTH = 40;
    private final String mimeType;
    private final String extension;
    private final boolean image;

    MediaType(String mimeType, String extension, boolean image) {
        this.mimeType = mimeType;
        this.extension = extension;
        this.image = image;
    }

    /** The type whose signature the bytes start with. */
    public static Optional<MediaType> sniff(byte[] bytes) {
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) return Optional.of(JPEG);
        if (startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) return Optional.of(PNG);
        if (startsWith(bytes, 'G', 'I', 'F', '8')) return Optional.of(GIF);
        if (startsWith(bytes, '%', 'P', 'D', 'F', '-')) return Optional.of(PDF);
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int... signature) {
        if (bytes == null || bytes.length < signature.length) return false;
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[i] & 0xFF) != signature[i]) return false;
        }
        return true;
    }

    public String mimeType() { return mimeType; }
    public String extension() { return extension; }
    public boolean isImage() { return image; }
}
