package bg.integra.web.security;

import bg.integra.web.common.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
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
    private SecurityContext securityContext;

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
        AuthenticationStatus status = securityContext.authenticate(request, response, AuthenticationParameters
                .withParams()
                .credential(new UsernamePasswordCredential(username, new Password(password)))
                .newAuthentication(true));
        switch (status) {
            case SUCCESS -> {
                throttle.recordSuccess(client);
                String returnTo = StaffAuthenticationMechanism.takeReturnAddress(request);
                request.changeSessionId();
                external.redirect(returnTo != null ? returnTo : external.getRequestContextPath() + "/admin/index.xhtml");
            }
            case SEND_FAILURE -> {
                throttle.recordFailure(client);
                FacesMessages.error(null, "login.failed");
            }
            default -> FacesMessages.error(null, "login.failed");
        }
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
