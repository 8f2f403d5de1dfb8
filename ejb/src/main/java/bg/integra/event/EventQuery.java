package bg.integra.event;

import bg.integra.common.Region;
import bg.integra.project.EventKind;

/** The filters of the public event list; null means any. {@code past} chooses past events over upcoming ones. */
public record EventQuery(boolean past, Region region, EventKind kind, Long projectId) {

    public static EventQuery upcoming() {
        return new EventQuery(false, null, null, null);
    }
}
