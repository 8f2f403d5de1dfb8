package bg.integra.content;

/**
 * The kinds of content the portal publishes, with the readable address under which each is listed
 * ({@code /news}, {@code /events}, {@code /resources}, {@code /info}). The discriminator in the
 * {@code content} table is the enum's name.
 */
public enum ContentType {
    NEWS("news"), EVENT("events"), RESOURCE("resources"), INFO("info");

    public static final int LENGTH = 10;
    private final String path;

    ContentType(String path) {
        this.path = path;
    }

    /** The first segment of the portal address, without slashes. */
    public String path() {
        return path;
    }
}
