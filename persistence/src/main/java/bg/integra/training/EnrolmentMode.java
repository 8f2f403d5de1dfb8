package bg.integra.training;

/** How a learner joins a course: by asking ({@code OPEN}) or with the key its trainer handed out ({@code KEY}). */
public enum EnrolmentMode {
    OPEN, KEY;

    public static final int LENGTH = 10;
}
