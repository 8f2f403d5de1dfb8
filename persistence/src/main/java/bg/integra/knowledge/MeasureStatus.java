package bg.integra.knowledge;

/**
 * How far a proposed regional measure has got with the institution it is addressed to: proposed, discussed with it,
 * adopted into a named plan or strategy, or rejected.
 */
public enum MeasureStatus {
    PROPOSED, DISCUSSED, ADOPTED, REJECTED;

    public static final int LENGTH = 12;
}
