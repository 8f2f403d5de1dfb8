package bg.integra.project;

/** The kinds of printed and publicity material; labels live in the bundles as {@code publicityKind.NAME}. */
public enum PublicityKind {
    HANDBOOK, BROCHURE, BANNER, INFORMATION_BOARD, NEWSPAPER_PUBLICATION, OTHER;

    public static final int LENGTH = 30;
}
