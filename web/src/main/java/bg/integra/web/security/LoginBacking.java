package bg.integra.web.security;

import bg.integra.account.AccountService;
import bg.integra.web.common.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.IOException;

/** The sign-in form. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    private LoginThrottle throttle;

    @Inject
    private FacesContext faces;

    @NotBlank
    @Size(max = 100)
    private String username;

    @NotBlank
    @Size(max = 200)
    private String password;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        String client = request.getRemoteAddr();
        if (throttle.isBlocked(client)) {
            FacesMessages.error(null, "login.throttled");
            return;
        }
        AccountService.SignInResult result = StaffAuthModule.signIn(request, response, username, password);
        if (result == AccountService.SignInResult.SUCCESS) {
            throttle.recordSuccess(client);
            String returnTo = StaffAuthModule.takeReturnAddress(request);
            request.changeSessionId();
            external.redirect(returnTo != null ? returnTo : external.getRequestContextPath() + "/admin/index.xhtml");
            return;
        }
        throttle.recordFailure(client);
        FacesMessages.error(null, "login.failed");
    }

    public void logout() throws IOException, jakarta.servlet.ServletException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/");
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
