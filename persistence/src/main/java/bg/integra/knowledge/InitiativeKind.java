package bg.integra.knowledge;

/**
 * What a member tells the network with an initiative: something it is about to do (an upcoming initiative the
 * others may join or send people to) or a project it has finished (what was done, with whom).
 */
public enum InitiativeKind {
    UPCOMING, COMPLETED;

    public static final int LENGTH = 12;
}
