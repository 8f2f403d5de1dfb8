package bg.integra.project;

/**
 * Where an indicator's achieved value comes from: entered by staff, who answer for it, or counted from the
 * platform's own records (events, attendance, printed materials) each time it is read.
 */
public enum IndicatorSource {
    ENTERED, COUNTED;

    public static final int LENGTH = 10;
}
