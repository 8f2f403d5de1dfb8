package bg.integra.account;

/** The back-office roles. Every role check in the code names one of these constants. */
public final class Roles {

    /** Runs the platform: all organisations, projects and accounts. */
    public static final String ADMIN = "ADMIN";
    /** Staff of a member organisation: edits that organisation's projects only. */
    public static final String COORDINATOR = "COORDINATOR";

    /** Writes and publishes the portal's content: news, events, resources, information for immigrants. */
    public static final String EDITOR = "EDITOR";

    /** Staff or volunteer of a member organisation at the door of its events: marks attendance and nothing else. */
    public static final String REGISTRAR = "REGISTRAR";

    /** Staff of a member organisation of the network: keeps that organisation's records in the network's directory. */
    public static final String MEMBER = "MEMBER";

    /** Keeps the forum: approves held posts, decides on flagged ones, silences and suspends portal accounts. */
    public static final String MODERATOR = "MODERATOR";

    /** Writes the online training's courses, modules and lessons for their organisation and follows its learners. */
    public static final String TRAINER = "TRAINER";

    private Roles() {
    }
}
