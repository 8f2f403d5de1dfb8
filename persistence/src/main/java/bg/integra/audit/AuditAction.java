package bg.integra.audit;

/** What was done: the three generic writes and the domain actions that staff and participants look for. */
public enum AuditAction {
    CREATE, UPDATE, DELETE, PUBLISH, UNPUBLISH, CANCEL, PROMOTE, ATTEND, EXPORT, ERASE, SUBMIT, SEND_BACK,
    /** Forum moderation: a held post let through, a post or topic hidden or shown again, an account silenced or suspended. */
    APPROVE, HIDE, RESTORE, SILENCE, SUSPEND,
    /** A certificate withdrawn, with its reason. */
    REVOKE;

    public static final int LENGTH = 20;
}
