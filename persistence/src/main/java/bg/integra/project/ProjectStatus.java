package bg.integra.project;

/** Where a project stands; labels live in the bundles as {@code projectStatus.NAME}. */
public enum ProjectStatus {
    PLANNED, RUNNING, COMPLETED;

    public static final int LENGTH = 12;
}
