package bg.integra.network;

/** HSDS's service status; only an active service is offered on the portal's directory. */
public enum ServiceStatus {
    ACTIVE, INACTIVE, DEFUNCT, TEMPORARILY_CLOSED;

    public static final int LENGTH = 20;

    /** The value HSDS writes: {@code active}, {@code temporarily closed}. */
    public String hsds() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
