package bg.integra.web.security;

import bg.integra.account.Caller;
import bg.integra.account.Callers;
import bg.integra.account.StaffArea;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The signed-in {@link Caller} for the back-office pages and their backing beans, as {@code #{staff}}: the menu
 * asks {@code #{staff.enters('PROJECTS')}}, a page {@code #{staff.caller.administrator}}; no page names a role.
 */
@Named("staff")
@RequestScoped
public class StaffView {

    @Inject
    private Callers callers;

    private Caller caller;

    public Caller getCaller() {
        if (caller == null) caller = callers.current();
        return caller;
    }

    /** Whether the caller may enter the part of the back-office named by a {@link StaffArea} constant. */
    public boolean enters(String area) {
        return getCaller().mayEnter(StaffArea.valueOf(area));
    }

    public boolean isAdministrator() { return getCaller().isAdministrator(); }
    public boolean isContentStaff() { return getCaller().isContentStaff(); }
    public boolean isProjectStaff() { return getCaller().isProjectStaff(); }
}
