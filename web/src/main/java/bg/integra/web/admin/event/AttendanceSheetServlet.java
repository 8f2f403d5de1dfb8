package bg.integra.web.admin.event;

import bg.integra.attendance.AttendanceService;
import bg.integra.attendance.EventRoll;
import bg.integra.common.NotFoundException;
import bg.integra.web.common.BackofficeLocale;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.ResourceBundle;

/**
 * GET /admin/events/sheet?event={id}: the attendance sheet of an event as a PDF download, in the back-office's
 * language. Only administrators and the event's coordinators get it; to anyone else the event does not exist.
 */
@WebServlet("/admin/events/sheet")
public class AttendanceSheetServlet extends HttpServlet {

    @Inject
    private AttendanceService attendance;

    @Inject
    private BackofficeLocale locale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long eventId;
        try {
            eventId = Long.parseLong(request.getParameter("event"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        EventRoll roll;
        try {
            roll = attendance.sheet(eventId);
        } catch (NotFoundException | EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBException e) {
            if (!(e.getCause() instanceof NotFoundException)) throw e;
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf = AttendanceSheet.render(roll, ResourceBundle.getBundle("i18n.messages", locale.getLocale()), locale.getLang());
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"attendance-" + roll.event().getSlug() + ".pdf\"");
        response.setHeader("Cache-Control", "private, no-store"); // personal data
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
