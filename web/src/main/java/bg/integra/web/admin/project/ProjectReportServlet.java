package bg.integra.web.admin.project;

import bg.integra.common.NotFoundException;
import bg.integra.report.ProjectReport;
import bg.integra.report.ProjectReportService;
import bg.integra.web.common.BackofficeLocale;
import bg.integra.web.report.ReportPdfWriter;
import bg.integra.web.report.ReportTexts;
import bg.integra.web.report.ReportXlsxWriter;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * /admin/projects/report?id=…&amp;format=pdf|xlsx: a project's final report as a download, for an administrator
 * or a coordinator of the beneficiary (the web.xml constraint and StaffRoleFilter let only project staff in; the
 * service answers any project they may not edit as not found, and so does this servlet). The file is written to
 * memory first, so that a failure is a clean error page and never half a file.
 */
@WebServlet("/admin/projects/report")
public class ProjectReportServlet extends HttpServlet {

    static final String PDF = "application/pdf";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private ProjectReportService reports;

    @Inject
    private BackofficeLocale locale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String format = request.getParameter("format");
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!"pdf".equals(format) && !"xlsx".equals(format)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ProjectReport report;
        try {
            report = reports.report(id, locale.getLang());
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBException e) {
            if (e.getCause() instanceof NotFoundException) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            throw e;
        }
        ReportTexts texts = new ReportTexts(locale.getLang());
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        if ("pdf".equals(format)) new ReportPdfWriter(texts).write(report, out);
        else new ReportXlsxWriter(texts).write(report, out);
        response.setContentType("pdf".equals(format) ? PDF : XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + ReportTexts.fileName(report, format) + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(out.size());
        out.writeTo(response.getOutputStream());
    }
}
