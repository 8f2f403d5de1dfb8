package bg.integra.event;

/**
 * The training methods an event uses (the source projects name interactive and role-play methods and the
 * discussion of concrete cases); labels live in the bundles as {@code eventMethod.NAME}.
 */
public enum EventMethod {
    LECTURE, INTERACTIVE, ROLE_PLAY, CASE_STUDY, DISCUSSION, GROUP_WORK, PRESENTATION;

    public static final int LENGTH = 20;
}
