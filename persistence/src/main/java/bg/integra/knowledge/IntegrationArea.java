package bg.integra.knowledge;

/** The area of integration a practice or a case is about, after the European Website on Integration's themes. */
public enum IntegrationArea {
    EDUCATION, EMPLOYMENT, LANGUAGE, HEALTH, HOUSING, SOCIAL_SERVICES, ACCESS_TO_RIGHTS, CIVIC_PARTICIPATION,
    ANTI_DISCRIMINATION, COORDINATION;

    public static final int LENGTH = 30;
}
