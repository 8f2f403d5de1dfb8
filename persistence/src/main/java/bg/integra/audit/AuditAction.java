package bg.integra.audit;

/** What was done: the three generic writes and the domain actions that staff and participants look for. */
public enum AuditAction {
    CREATE, UPDATE, DELETE, PUBLISH, UNPUBLISH, CANCEL, PROMOTE, ATTEND, EXPORT, ERASE, SUBMIT, SEND_BACK;

    public static final int LENGTH = 20;
}
