package bg.integra.common;

import bg.integra.change.DataChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Drops the kept list counts ({@link Counts}) after every committed write, as the page caches are told of it. */
@ApplicationScoped
public class CountsObserver {

    void changed(@Observes DataChanged change) {
        Counts.changed();
    }
}
