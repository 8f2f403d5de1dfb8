package bg.integra.mail;

/** A mail was stored in the outbox; observed after the commit, for the immediate attempt. */
record MailEnqueued(long id) {
}
