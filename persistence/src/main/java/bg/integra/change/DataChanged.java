package bg.integra.change;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The CDI event fired once a transaction that wrote something has committed (never for a rolled-back one): every
 * {@link Change} it made, in order.
 */
public record DataChanged(List<Change> changes) {

    public DataChanged {
        changes = List.copyOf(changes);
    }

    public boolean touchesEverything() {
        return changes.stream().anyMatch(Change::touchesEverything);
    }

    /** The tags of all the changes together. */
    public Set<String> tags() {
        Set<String> tags = new HashSet<>();
        changes.forEach(c -> tags.addAll(c.tags()));
        return tags;
    }
}
