package bg.integra.web.admin.event;

import bg.integra.attendance.AttendanceService;
import bg.integra.attendance.EventAttendance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** admin/events/list.xhtml: the events the signed-in person takes attendance for, upcoming first, with their counts. */
@Named
@RequestScoped
public class EventListBacking {

    @Inject
    private AttendanceService attendance;

    private List<EventAttendance> events;

    public void load() {
        events = attendance.events();
    }

    public List<EventAttendance> getEvents() {
        return events;
    }
}
