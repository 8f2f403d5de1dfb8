package bg.integra.training;

/** Whom a course is written for: the catalogue's first filter. Labels live in the bundles as {@code training.audience.NAME}. */
public enum CourseAudience {
    /** Third-country nationals settling in Bulgaria. */
    IMMIGRANTS,
    /** Experts of local authorities, institutions and NGOs who work with immigrants. */
    PROFESSIONALS;

    public static final int LENGTH = 20;
}
