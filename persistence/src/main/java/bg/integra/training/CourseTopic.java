package bg.integra.training;

/**
 * What a course is about, after the handbooks of the source projects and the first needs of a newcomer. Labels live
 * in the bundles as {@code training.topic.NAME}.
 */
public enum CourseTopic {
    /** Intercultural competences: communication across cultures. */
    INTERCULTURAL,
    /** The dialogue between public bodies, civil-society organisations and immigrants. */
    DIALOGUE,
    /** Cases and regional measures: the practicum. */
    PRACTICE,
    /** Settling in: residence, work, health, where to get help. */
    SETTLING_IN;

    public static final int LENGTH = 20;
}
