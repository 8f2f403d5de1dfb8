package bg.integra.web.portalaccount;

import bg.integra.portalaccount.PortalAccountService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

/**
 * /account/confirm/{token}: the link of the confirmation mail. Opening it activates the account and says so; an
 * unknown, used or expired link says that and offers to sign up again (which mails a fresh link).
 */
@Named
@RequestScoped
public class ConfirmBacking extends AccountPage {

    @Inject
    private PortalAccountService accounts;

    private String token;
    private boolean confirmed;

    public void load() {
        HttpServletResponse response = response();
        confirmed = accounts.confirm(token).isPresent();
        if (!confirmed) response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public boolean isConfirmed() { return confirmed; }
}
