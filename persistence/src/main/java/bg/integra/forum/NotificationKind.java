package bg.integra.forum;

/** Why an account is told of a post: a reply in its topic, a mention, a post in a topic it watches, its held post approved. */
public enum NotificationKind {
    REPLY, MENTION, WATCHED, APPROVED;

    public static final int LENGTH = 10;
}
