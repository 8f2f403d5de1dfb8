package bg.integra.web.portalaccount;

import bg.integra.web.portal.PortalSession;
import bg.integra.common.InvalidInputException;
import bg.integra.common.Languages;
import bg.integra.common.NotFoundException;
import bg.integra.portalaccount.PortalAccount;
import bg.integra.portalaccount.PortalAccountService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Optional;

/**
 * /account/: the signed-in visitor's own account: display name, language and which mails it gets, with the
 * download of everything kept about it and the way to delete it. A visitor who is not signed in is sent to sign
 * in first, and back here.
 */
@Named
@RequestScoped
public class SettingsBacking extends AccountPage {

    static final List<String> FIELDS = List.of("displayName", "language");

    @Inject
    private PortalAccountService accounts;

    private PortalAccount account;
    private boolean mailNotices;
    private boolean digest;

    public void load() {
        Optional<PortalSession.SignedIn> who = signedInOrRedirect("/account/");
        if (who.isEmpty()) return;
        try {
            account = accounts.get(who.get().accountId());
        } catch (NotFoundException e) { // deleted or gone meanwhile
            PortalSession.signOut(request);
            redirect(signInLink("/account/"));
            return;
        }
        if (posted()) {
            submit();
            if (FacesContext.getCurrentInstance().getResponseComplete()) return;
        } else {
            response();
            keepAccount();
        }
    }

    private void keepAccount() {
        mailNotices = account.isMailNotices();
        digest = account.isDigest();
    }

    private void submit() {
        keep("displayName", "language");
        mailNotices = request.getParameter("mailNotices") != null;
        digest = request.getParameter("digest") != null;
        if (!sameSession()) return;
        try {
            PortalAccount saved = accounts.updateSettings(account.getId(), value("displayName"), value("language"),
                    mailNotices, digest);
            PortalSession.refresh(request, saved);
            redirect("/account/?saved=1&lang=" + saved.getLanguage()); // the page in the language just chosen
        } catch (InvalidInputException e) {
            problems(e, FIELDS);
        }
    }

    /** The typed value after a refused post, else the account's. */
    @Override
    public String value(String field) {
        if (account == null || posted()) return super.value(field);
        return switch (field) {
            case "displayName" -> account.getDisplayName();
            case "language" -> account.getLanguage();
            default -> null;
        };
    }

    public boolean isSaved() { return !posted() && request.getParameter("saved") != null; }
    public PortalAccount getAccount() { return account; }
    public boolean isMailNotices() { return mailNotices; }
    public boolean isDigest() { return digest; }
    public List<String> getLanguages() { return Languages.PORTAL; }
    public String getAction() { return language.href("/account/"); }
}
