package bg.integra.change;

import java.util.Objects;
import java.util.Set;

/**
 * What one write touched: the kind of record and its id (for the log and for reading), and the {@link Tags} of the
 * pages and answers that show it. No tags means no cached page shows the record (an audit row, an account).
 */
public record Change(String kind, Object id, Set<String> tags) {

    public Change {
        Objects.requireNonNull(kind, "kind");
        tags = Set.copyOf(tags);
    }

    public static Change of(String kind, Object id, String... tags) {
        return new Change(kind, id, Set.of(tags));
    }

    /** A change whose consequences nobody declared: every cached entry is dropped. */
    public static Change everything(String kind, Object id) {
        return new Change(kind, id, Set.of(Tags.EVERYTHING));
    }

    public boolean touchesEverything() {
        return tags.contains(Tags.EVERYTHING);
    }
}
