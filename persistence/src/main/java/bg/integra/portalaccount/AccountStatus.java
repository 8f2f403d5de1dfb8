package bg.integra.portalaccount;

/** Where a portal account is in its life: signed up, confirmed, or deleted on request (kept anonymous). */
public enum AccountStatus {
    UNCONFIRMED, ACTIVE, DELETED;

    public static final int LENGTH = 12;
}
