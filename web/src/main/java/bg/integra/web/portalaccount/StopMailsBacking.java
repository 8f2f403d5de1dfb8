package bg.integra.web.portalaccount;

import bg.integra.portalaccount.PortalAccountService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

/**
 * /account/stop-mails/{key}: the link at the end of every mail of the forum. One click stops them (notices and
 * the weekly digest) at once, with no sign-in and no further question; the account's settings turn them on again.
 */
@Named
@RequestScoped
public class StopMailsBacking extends AccountPage {

    @Inject
    private PortalAccountService accounts;

    private String key;
    private boolean stopped;

    public void load() {
        HttpServletResponse response = response();
        stopped = accounts.stopMails(key);
        if (!stopped) response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    }

    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public boolean isStopped() { return stopped; }
}
