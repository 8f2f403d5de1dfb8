package bg.integra.training;

/** A draft is seen by staff only; a published course is in the catalogue, its page and the API. */
public enum CourseStatus {
    DRAFT, PUBLISHED;

    public static final int LENGTH = 10;
}
