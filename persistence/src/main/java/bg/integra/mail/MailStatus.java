package bg.integra.mail;

/** Where a mail of the outbox stands. */
public enum MailStatus {
    /** Waiting for its first or next attempt. */
    PENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Given up on after too many days of failures; logged as a warning. */
    FAILED;

    public static final int LENGTH = 10;
}
