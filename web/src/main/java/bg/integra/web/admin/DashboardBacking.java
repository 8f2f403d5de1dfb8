package bg.integra.web.admin;

import bg.integra.account.Account;
import bg.integra.account.AccountService;
import bg.integra.common.PageRequest;
import bg.integra.project.ProjectQuery;
import bg.integra.project.ProjectService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The back-office start page. */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    private ProjectService projects;

    @Inject
    private AccountService accounts;

    private long editableProjects;
    private Account account;

    public void load() {
        editableProjects = projects.editable(ProjectQuery.all(), new PageRequest(0, 1)).totalItems();
        account = accounts.current().orElse(null);
    }

    public long getEditableProjects() { return editableProjects; }
    public Account getAccount() { return account; }
}
