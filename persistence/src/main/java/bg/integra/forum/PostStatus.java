package bg.integra.forum;

/**
 * Whether a post (and, through its first post, a topic) is shown: HELD waits for a moderator's approval (a new
 * account's first posts), HIDDEN was hidden by flags or a moderator until reviewed, DELETED by a moderator or
 * its author. Only VISIBLE ones are read on the portal and in the API.
 */
public enum PostStatus {
    HELD, VISIBLE, HIDDEN, DELETED;

    public static final int LENGTH = 10;
}
