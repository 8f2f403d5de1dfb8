package bg.integra.publicity;

/** Where one rule of the checklist stands: met (with evidence), still missing, or not applicable (with a note). */
public enum ComplianceStatus {
    MET, MISSING, NOT_APPLICABLE;

    public static final int LENGTH = 20;
}
