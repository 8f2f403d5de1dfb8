package bg.integra.web.portalaccount;

import bg.integra.web.portal.PortalSession;
import bg.integra.portalaccount.PortalAccountService;
import bg.integra.web.security.LoginThrottle;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * /account/sign-in: signs a visitor in with their address (or a staff member with their back-office name) and
 * password, then returns them to the page they came from ({@code next}, a path of this site only). Failures of
 * one client address are throttled together with the back-office's ({@link LoginThrottle}); the account's own
 * lock comes from the service.
 */
@Named
@RequestScoped
public class SignInBacking extends AccountPage {

    private static final int MAX_NEXT = 500;

    @Inject
    private PortalAccountService accounts;

    @Inject
    private LoginThrottle throttle;

    private String next;

    public void load() {
        next = safeNext(request.getParameter("next"));
        if (posted()) {
            submit();
            if (FacesContext.getCurrentInstance().getResponseComplete()) return;
        }
        issueFormToken();
    }

    private void submit() {
        keep("login");
        if (!sameSite()) return;
        String client = request.getRemoteAddr();
        if (throttle.isBlocked(client)) {
            response().setStatus(429);
            notice(text("portalAccount.signIn.tooMany"));
            return;
        }
        PortalAccountService.SignIn result = accounts.signIn(value("login"), request.getParameter("password"));
        switch (result.result()) {
            case SUCCESS -> {
                throttle.recordSuccess(client);
                PortalSession.signIn(request, result.account());
                redirect(next == null ? HOME : next);
            }
            case INVALID -> {
                throttle.recordFailure(client);
                notice(text("portalAccount.signIn.invalid"));
            }
            case LOCKED -> notice(text("portalAccount.signIn.locked"));
            case UNCONFIRMED -> notice(text("portalAccount.signIn.unconfirmed"));
            case SUSPENDED -> notice(text("portalAccount.signIn.suspended", DateTimeFormatter
                    .ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(language.getLocale())
                    .format(result.until())));
        }
        if (result.result() != PortalAccountService.SignInResult.SUCCESS) response().setStatus(400);
    }

    /**
     * The page to return to after signing in: a path of this site ({@code /forum/t/x-1?lang=en}), never another
     * site ({@code //evil.example}, {@code /\evil.example}, {@code https://…}); null for anything else.
     */
    static String safeNext(String next) {
        if (next == null || next.isEmpty() || next.length() > MAX_NEXT) return null;
        if (next.charAt(0) != '/' || next.startsWith("//") || next.startsWith("/\\")) return null;
        for (int i = 0; i < next.length(); i++) {
            char c = next.charAt(i);
            if (c < 0x21 || c == 0x7f || c == '\\') return null;
        }
        return next;
    }

    /** The return path for the form's hidden field (null: none). */
    public String getNext() {
        return next;
    }

    public String getAction() {
        return language.href("/account/sign-in");
    }
}
