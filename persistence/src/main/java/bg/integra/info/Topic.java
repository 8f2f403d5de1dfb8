package bg.integra.info;

/**
 * The topics of the information for immigrants: what a newcomer to Bulgaria needs to know first. Each topic
 * is one {@link InfoArticle}, written in as many of the portal's languages as have been translated; resources
 * of the library are filed under the same topics. Labels live in the bundles as {@code topic.NAME}.
 */
public enum Topic {
    RESIDENCE, WORK, EDUCATION, HEALTH, LANGUAGE_COURSES, HELP, INTEGRATION;

    public static final int LENGTH = 20;
}
