package bg.integra.web.admin.event;

import bg.integra.attendance.AttendanceService;
import bg.integra.attendance.EventAttendance;
import bg.integra.web.common.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * admin/events/list.xhtml: the events the signed-in person takes attendance for, upcoming first, with their counts,
 * paged in the database.
 */
@Named
@ViewScoped
public class EventListBacking implements Serializable {

    @Inject
    private AttendanceService attendance;

    private final PagedModel<EventAttendance> model = PagedModel.of(request -> attendance.events(request), a -> a.event().getId());

    public PagedModel<EventAttendance> getModel() { return model; }
}
