package bg.integra.resource;

/** The kinds of material in the library; labels live in the bundles as {@code resourceKind.NAME}. */
public enum ResourceKind {
    HANDBOOK, BROCHURE, LEAFLET, BANNER, INFORMATION_BOARD, POSTER, PRESENTATION, OTHER;

    public static final int LENGTH = 20;
}
