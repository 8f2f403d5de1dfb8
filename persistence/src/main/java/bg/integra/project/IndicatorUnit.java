package bg.integra.project;

/** What an indicator counts; labels live in the bundles as {@code indicatorUnit.NAME}. */
public enum IndicatorUnit {
    EVENTS, PARTICIPANTS, COPIES, PUBLICATIONS, ITEMS;

    public static final int LENGTH = 16;
}
