package bg.integra.web.portalaccount;

import bg.integra.common.InvalidInputException;
import bg.integra.portalaccount.PortalAccountService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import java.util.List;

/**
 * /account/reset/{token}: the link of the reset mail asks for the new password twice. A link that is unknown, used
 * or expired says so and offers to ask for a new one.
 */
@Named
@RequestScoped
public class ResetPasswordBacking extends AccountPage {

    @Inject
    private PortalAccountService accounts;

    private String token;
    private boolean valid;
    private boolean done;

    public void load() {
        valid = accounts.resetValid(token);
        if (valid && posted()) submit();
        if (!valid && !done) response().setStatus(HttpServletResponse.SC_NOT_FOUND);
        if (FacesContext.getCurrentInstance().getResponseComplete()) return;
        issueFormToken();
    }

    private void submit() {
        if (!sameSite()) return;
        String password = request.getParameter("password");
        if (password != null && !password.equals(request.getParameter("password2"))) {
            error("password2", text("portalAccount.error.mismatch"));
            return;
        }
        try {
            done = accounts.resetPassword(token, password).isPresent();
            valid = done;
        } catch (InvalidInputException e) {
            problems(e, List.of("password"));
        }
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public boolean isValid() { return valid; }
    public boolean isDone() { return done; }

    public String getAction() {
        return language.href("/account/reset/" + token);
    }
}
