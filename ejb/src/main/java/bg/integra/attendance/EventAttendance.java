package bg.integra.attendance;

import bg.integra.event.Event;

/** An event in the attendance list, with how many are confirmed, waitlisted and were marked present. */
public record EventAttendance(Event event, long confirmed, long waitlisted, long present) {
}
