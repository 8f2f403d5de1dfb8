package bg.integra.web.admin.event;

import bg.integra.attendance.AttendanceService;
import bg.integra.attendance.EventAttendance;
import bg.integra.common.Page;
import bg.integra.common.PageRequest;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * admin/events/list.xhtml: the events the signed-in person takes attendance for, upcoming first, with their counts,
 * paged in the database.
 */
@Named
@ViewScoped
public class EventListBacking implements Serializable {

    @Inject
    private AttendanceService attendance;

    private final LazyDataModel<EventAttendance> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) attendance.events(new PageRequest(0, 1)).totalItems();
        }

        @Override
        public List<EventAttendance> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            int size = Math.min(pageSize, PageRequest.MAX_SIZE);
            Page<EventAttendance> page = attendance.events(new PageRequest(first / size, size));
            setRowCount((int) page.totalItems());
            return page.items();
        }

        @Override
        public String getRowKey(EventAttendance item) {
            return String.valueOf(item.event().getId());
        }

        @Override
        public EventAttendance getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream()
                    .filter(a -> String.valueOf(a.event().getId()).equals(rowKey)).findFirst().orElse(null);
        }
    };

    public LazyDataModel<EventAttendance> getModel() { return model; }
}
