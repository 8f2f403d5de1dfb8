package bg.integra.change;

import bg.integra.content.ContentType;

/**
 * The names with which a change says what it touched and a cached page or answer says what it shows. A cached
 * entry is dropped when a committed change names one of its tags. A page that declares nothing depends on
 * {@link #EVERYTHING}, and so does a change of a record {@link Changes} does not know: both err on the safe side.
 */
public final class Tags {

    /** Everything: an unknown change, or a page that did not say what it shows. */
    public static final String EVERYTHING = "*";
    /**
     * The facts of any project, its beneficiary or its activities, which most pages show beside other records
     * (a card's project link, the publicity block, an event's activity).
     */
    public static final String PROJECTS = "projects";
    /** Any project's indicator figures, entered or counted (registrations, attendance, events held, copies). */
    public static final String INDICATORS = "indicators";
    public static final String ORGANISATIONS = "organisations";
    public static final String TARGET_GROUPS = "target-groups";
    /** The network's directory: its pages, its lists and its answers in the API and in HSDS's shape. */
    public static final String NETWORK = "network";
    /** The network's knowledge base: good practices, cases and regional measures, their pages, lists and answers. */
    public static final String KNOWLEDGE = "knowledge";
    /** The forum's lists: its front page, categories, the latest topics and their answers in the API. */
    public static final String FORUM = "forum";
    /** The online training: the catalogue, the courses' pages with their outlines and their answers in the API. */
    public static final String TRAINING = "training";

    private Tags() {
    }

    /** One certificate's verification page and answer. */
    public static String certificate(String code) {
        return "certificate:" + code;
    }

    /** Everything about one project: its page and its API answer, including its counted figures. */
    public static String project(long id) {
        return "project:" + id;
    }

    /** One forum topic's page and answer, with its posts. */
    public static String forumTopic(long id) {
        return "forum-topic:" + id;
    }

    /** One content item (an article, an event with its places left, a resource, an information topic). */
    public static String content(long id) {
        return "content:" + id;
    }

    /** The lists of one kind of content: {@code news}, {@code events}, {@code resources}, {@code info}. */
    public static String list(ContentType type) {
        return type.path();
    }
}
