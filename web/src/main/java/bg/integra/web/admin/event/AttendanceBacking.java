package bg.integra.web.admin.event;

import bg.integra.attendance.AttendanceService;
import bg.integra.attendance.EventRoll;
import bg.integra.attendance.ImportProblem;
import bg.integra.attendance.ImportRejectedException;
import bg.integra.attendance.ImportResult;
import bg.integra.common.Folding;
import bg.integra.common.NotFoundException;
import bg.integra.content.Content;
import bg.integra.event.Event;
import bg.integra.registration.Registration;
import bg.integra.web.common.BackofficeErrors;
import bg.integra.web.common.FacesMessages;
import bg.integra.web.common.ServiceExceptionHandler;
import bg.integra.web.security.StaffView;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * admin/events/attendance.xhtml?event={id}: the door of an event on a phone. The confirmed people, found by a
 * part of their name (Cyrillic or Latin), each marked present or absent with one tap; the waitlisted and cancelled
 * apart; and, for administrators and coordinators, the import of a signed list and the attendance sheet.
 */
@Named
@ViewScoped
public class AttendanceBacking implements Serializable {

    @Inject
    private AttendanceService attendance;

    @Inject
    private StaffView staff;

    /** The page's parameter as given: parsed here, so that nonsense is a 404 rather than a conversion message. */
    private String event;
    private Long eventId;
    private String search;
    private transient EventRoll roll;
    private transient UploadedFile file;
    private final List<String> importProblems = new ArrayList<>();

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) return;
        eventId = event == null || !event.matches("\\d{1,18}") ? null : Long.valueOf(event);
        if (eventId == null) throw new NotFoundException("Event", event);
        roll = attendance.roll(eventId); // not found or not theirs: the 404 page (ServiceExceptionHandler)
    }

    /**
     * Marks the person present or absent, as the button the person tapped said (not a toggle of whatever the
     * database holds: two phones at one door must not undo each other).
     */
    public void mark(long registrationId, boolean present) {
        try {
            attendance.mark(registrationId, present);
        } catch (RuntimeException e) {
            BackofficeErrors.show(e);
        }
        roll = attendance.roll(eventId);
    }

    public void importList() {
        importProblems.clear();
        if (file == null || file.getSize() == 0) {
            FacesMessages.error("import:file", "att.import.empty");
            return;
        }
        if (file.getSize() > AttendanceService.MAX_IMPORT_BYTES) {
            FacesMessages.error("import:file", "att.import.tooLarge", AttendanceService.MAX_IMPORT_BYTES / (1024 * 1024));
            return;
        }
        try {
            ImportResult result = attendance.importList(eventId, file.getContent());
            FacesMessages.info("att.import.done", result.created(), result.marked());
        } catch (RuntimeException e) {
            Throwable cause = ServiceExceptionHandler.cause(e);
            if (cause instanceof ImportRejectedException rejected) {
                FacesMessages.error(null, "att.import.rejected");
                rejected.problems().forEach(p -> importProblems.add(describe(p)));
            } else {
                BackofficeErrors.show(e);
            }
        }
        roll = attendance.roll(eventId);
    }

    private static String describe(ImportProblem p) {
        String what = FacesMessages.text(p.reason(), p.argument() == null ? "" : p.argument());
        if (p.row() == 0) return what;
        String column = p.column() == null ? null : columnLabel(p.column());
        return column == null ? FacesMessages.text("att.import.atRow", p.row(), what)
                : FacesMessages.text("att.import.atCell", p.row(), column, what);
    }

    private static String columnLabel(String column) {
        String key = "att.column." + column;
        String label = FacesMessages.text(key);
        return label.equals(key) ? column : label; // a header the coordinator wrote, shown as written
    }

    private EventRoll roll() {
        if (roll == null) roll = attendance.roll(eventId);
        return roll;
    }

    /** The confirmed people whose name contains the search text. */
    public List<Registration> getShown() {
        String wanted = search == null ? "" : Folding.fold(search).strip();
        if (wanted.isEmpty()) return roll().confirmed();
        return roll().confirmed().stream().filter(r -> Folding.fold(r.getName()).contains(wanted)).toList();
    }

    public List<Registration> getOthers() {
        List<Registration> others = new ArrayList<>(roll().waitlisted());
        others.addAll(roll().cancelled());
        return others;
    }

    public Event getShownEvent() { return roll().event(); }
    public long getPresent() { return roll().present(); }
    public int getConfirmed() { return roll().confirmed().size(); }

    /** Whether the event's day has come, when attendance may be taken. */
    public boolean isOpen() {
        return !LocalDate.now(Content.ZONE).isBefore(getShownEvent().getStartsAt().toLocalDate());
    }

    public boolean isManager() {
        return staff.isProjectStaff();
    }

    public List<String> getImportProblems() { return importProblems; }
    public Long getEventId() { return eventId; }
    public String getEvent() { return event; }
    public void setEvent(String event) { this.event = event; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
}
