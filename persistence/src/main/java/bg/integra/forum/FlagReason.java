package bg.integra.forum;

/** Why a reader flags a post for the moderators. */
public enum FlagReason {
    SPAM, OFF_TOPIC, ABUSIVE, PERSONAL_DATA;

    public static final int LENGTH = 20;
}
