package bg.integra.portalaccount;

/** What the one-time token mailed to an account's address is for. */
public enum TokenPurpose {
    CONFIRM, RESET;

    public static final int LENGTH = 10;
}
