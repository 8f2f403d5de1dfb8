package bg.integra.network;

/** What a service of the network offers; labels live in the bundles as {@code serviceKind.NAME}. */
public enum ServiceKind {
    INFORMATION, LEGAL_ADVICE, BULGARIAN_COURSES, EMPLOYMENT, HEALTH_MEDIATION, HOUSING, PSYCHOLOGICAL_SUPPORT,
    INTERPRETATION, EDUCATION, SOCIAL_ASSISTANCE;

    public static final int LENGTH = 30;
}
