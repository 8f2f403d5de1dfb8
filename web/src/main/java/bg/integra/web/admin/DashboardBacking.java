package bg.integra.web.admin;

import bg.integra.account.Account;
import bg.integra.account.AccountService;
import bg.integra.account.Caller;
import bg.integra.account.Role;
import bg.integra.common.PageRequest;
import bg.integra.content.ContentService;
import bg.integra.content.PublicationStatus;
import bg.integra.project.ProjectQuery;
import bg.integra.project.ProjectService;
import bg.integra.web.security.StaffView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;

/** The back-office start page: what the signed-in person's role lets them manage, and how much of it there is. */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    private ProjectService projects;

    @Inject
    private ContentService content;

    @Inject
    private AccountService accounts;

    @Inject
    private StaffView staff;

    private boolean projectStaff;
    private boolean contentStaff;
    private boolean attendanceStaff;
    private long editableProjects;
    private long drafts;
    private long published;
    private Account account;

    public void load() throws IOException {
        Caller caller = staff.getCaller();
        if (caller.has(Role.REGISTRAR) && !caller.isProjectStaff()) {
            // a registrar only marks attendance: their start page is the list of their organisation's events
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/admin/events/list.xhtml");
            return;
        }
        projectStaff = caller.isProjectStaff();
        contentStaff = caller.isContentStaff();
        attendanceStaff = projectStaff;
        PageRequest countOnly = new PageRequest(0, 1);
        if (projectStaff) editableProjects = projects.editable(ProjectQuery.all(), countOnly).totalItems();
        if (contentStaff) {
            drafts = content.list(null, PublicationStatus.DRAFT, null, countOnly).totalItems();
            published = content.list(null, PublicationStatus.PUBLISHED, null, countOnly).totalItems();
        }
        account = accounts.current().orElse(null);
    }

    public boolean isProjectStaff() { return projectStaff; }
    public boolean isContentStaff() { return contentStaff; }
    public boolean isAttendanceStaff() { return attendanceStaff; }
    public long getEditableProjects() { return editableProjects; }
    public long getDrafts() { return drafts; }
    public long getPublished() { return published; }
    public Account getAccount() { return account; }
}
