package bg.integra.attendance;

import bg.integra.event.Event;
import bg.integra.registration.Registration;

import java.util.List;

/**
 * One event's registrations as the door sees them: the confirmed people, who may be marked present, apart from
 * the waitlisted and cancelled ones, who may not. Lists are ordered by name.
 */
public record EventRoll(Event event, List<Registration> confirmed, List<Registration> waitlisted,
                        List<Registration> cancelled) {

    public long present() {
        return confirmed.stream().filter(Registration::isAttended).count();
    }
}
