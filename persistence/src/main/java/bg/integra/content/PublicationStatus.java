package bg.integra.content;

/**
 * Where a piece of content is in its life: written but not yet shown, on the portal, or taken off it again
 * (unpublished content keeps the date it was first published, so putting it back does not reorder the news).
 */
public enum PublicationStatus {
    DRAFT, PUBLISHED, UNPUBLISHED;

    public static final int LENGTH = 12;
}
