package bg.integra.web.admin.account;

import bg.integra.account.Account;
import bg.integra.account.AccountService;
import bg.integra.account.Role;
import bg.integra.organisation.Organisation;
import bg.integra.organisation.OrganisationService;
import bg.integra.web.common.BackofficeErrors;
import bg.integra.web.common.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** admin/accounts/list.xhtml (administrators only): who may sign in, and new accounts. */
@Named
@ViewScoped
public class AccountListBacking implements Serializable {

    @Inject
    private AccountService accounts;

    @Inject
    private OrganisationService organisations;

    private List<Account> items;
    private List<Organisation> allOrganisations;

    private String username;
    private String displayName;
    private Role role = Role.COORDINATOR;
    private Long organisationId;
    private String password;

    @PostConstruct
    void load() {
        items = accounts.findAll();
        allOrganisations = organisations.findAll();
    }

    public void create() {
        try {
            accounts.create(username, displayName, role, role == Role.COORDINATOR || role == Role.REGISTRAR || role == Role.TRAINER ? organisationId : null, password);
            FacesMessages.info("acc.created");
            username = displayName = password = null;
            organisationId = null;
        } catch (RuntimeException e) {
            BackofficeErrors.show(e);
        }
        load();
    }

    public void toggle(Account account) {
        try {
            accounts.setEnabled(account.getId(), !account.isEnabled());
            FacesMessages.info("bo.saved");
        } catch (RuntimeException e) {
            BackofficeErrors.show(e);
        }
        load();
    }

    public List<Account> getItems() { return items; }
    public List<Organisation> getOrganisations() { return allOrganisations; }
    public Role[] getRoles() { return Role.values(); }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
