package bg.integra.web.portalaccount;

import bg.integra.portalaccount.PortalAccountService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * /account/reset: a visitor who forgot their password gives their address and gets a link by mail. The answer is
 * the same whether the address has an account or not, so that the form tells no one who has one. Each client
 * address shares the daily budget of sign-ups ({@link SignUpThrottle}): both send mail to whatever address is typed.
 */
@Named
@RequestScoped
public class ResetBacking extends AccountPage {

    @Inject
    private PortalAccountService accounts;

    @Inject
    private SignUpThrottle throttle;

    private boolean sent;

    public void load() {
        if (posted()) {
            submit();
            if (FacesContext.getCurrentInstance().getResponseComplete()) return;
        }
        issueFormToken();
    }

    private void submit() {
        keep("email");
        if (!sameSite()) return;
        String email = value("email");
        if (email == null || email.isBlank()) {
            error("email", fieldMessage("email", bg.integra.common.FieldProblem.required()));
            return;
        }
        if (!throttle.tryAcquire(request.getRemoteAddr())) {
            response().setStatus(429);
            notice(text("portalAccount.signUp.tooMany"));
            return;
        }
        accounts.requestReset(email);
        sent = true;
    }

    public boolean isSent() { return sent; }

    public String getAction() {
        return language.href("/account/reset");
    }
}
