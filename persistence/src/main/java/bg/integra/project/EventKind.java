package bg.integra.project;

/** The kinds of event the projects run; labels live in the bundles as {@code eventKind.NAME}. */
public enum EventKind {
    SEMINAR, FORUM, PRACTICUM, TRAINING, PRESS_CONFERENCE, DISCUSSION;

    public static final int LENGTH = 20;
}
