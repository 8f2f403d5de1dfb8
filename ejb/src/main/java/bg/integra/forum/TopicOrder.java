package bg.integra.forum;

/** How a list of topics is ordered: by the latest post, or by the most posts (then the latest). */
public enum TopicOrder {
    LATEST("t.pinned DESC, t.lastPostedAt DESC, t.id DESC"),
    TOP("t.postCount DESC, t.lastPostedAt DESC, t.id DESC");

    private final String jpql;

    TopicOrder(String jpql) {
        this.jpql = jpql;
    }

    /** The ORDER BY of a category's list; across categories pins do not count. */
    String orderBy(boolean inCategory) {
        return inCategory || this == TOP ? jpql : "t.lastPostedAt DESC, t.id DESC";
    }
}
