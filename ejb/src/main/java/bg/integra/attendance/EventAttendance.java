package bg.integra.attendance;

import bg.integra.event.Event;

/** An event in the attendance list, with how many are confirmed, waitlisted and were marked present. */
public record EventAttendance(Event event, long confirmed, long waitlisted, long present) {

    // Jakarta EL 5 reads bean properties, not record components: getters for the pages
    public Event getEvent() { return event; }
    public long getConfirmed() { return confirmed; }
    public long getWaitlisted() { return waitlisted; }
    public long getPresent() { return present; }
}
