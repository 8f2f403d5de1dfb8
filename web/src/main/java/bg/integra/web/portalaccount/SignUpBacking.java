package bg.integra.web.portalaccount;

import bg.integra.common.InvalidInputException;
import bg.integra.common.Languages;
import bg.integra.portalaccount.PortalAccountService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import java.util.List;

/**
 * /account/sign-up: a visitor makes a portal account with an address, a handle, a display name, a language and a
 * password, and is sent to "check your mail". The form has a honeypot, a field hidden from people that scripts
 * fill: a filled one gets the same answer and nothing is stored. One client address may sign up only so often
 * ({@link SignUpThrottle}).
 */
@Named
@RequestScoped
public class SignUpBacking extends AccountPage {

    static final List<String> FIELDS = List.of("email", "handle", "displayName", "language", "password");
    /** The honeypot's name: one a browser's autofill does not fill. */
    static final String HONEYPOT = "homepage";

    @Inject
    private PortalAccountService accounts;

    @Inject
    private SignUpThrottle throttle;

    public void load() {
        if (posted()) {
            submit();
            if (jakarta.faces.context.FacesContext.getCurrentInstance().getResponseComplete()) return;
        }
        issueFormToken();
    }

    private void submit() {
        keep("email", "handle", "displayName", "language");
        if (!sameSite()) return;
        String client = request.getRemoteAddr();
        if (!throttle.tryAcquire(client)) {
            HttpServletResponse response = response();
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(throttle.secondsToWait(client)));
            notice(text("portalAccount.signUp.tooMany"));
            return;
        }
        String honeypot = request.getParameter(HONEYPOT);
        if (honeypot != null && !honeypot.isEmpty()) {
            redirect("/account/check-mail"); // as if it worked: a script learns nothing
            return;
        }
        try {
            accounts.signUp(new PortalAccountService.SignUp(value("email"), value("handle"), value("displayName"),
                    value("language"), request.getParameter("password")));
            redirect("/account/check-mail");
        } catch (InvalidInputException e) {
            problems(e, FIELDS);
        }
    }

    /** The language chosen on the form, else the page's. */
    public String getChosenLanguage() {
        String chosen = value("language");
        return chosen != null && Languages.PORTAL.contains(chosen) ? chosen : language.getLang();
    }

    public List<String> getLanguages() {
        return Languages.PORTAL;
    }

    public String getHoneypot() {
        return HONEYPOT;
    }

    public String getAction() {
        return language.href("/account/sign-up");
    }
}
