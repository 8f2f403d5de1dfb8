package bg.integra.web.portalaccount;

import bg.integra.web.portal.PortalSession;
import bg.integra.common.NotFoundException;
import bg.integra.common.RuleRefusedException;
import bg.integra.portalaccount.PortalAccount;
import bg.integra.portalaccount.PortalAccountService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Optional;

/**
 * /account/delete: the signed-in visitor deletes their account, with their password and a ticked box that says
 * they mean it. Their posts stay, under "deleted user"; they are signed out and told the account is gone. A staff
 * member's linked account is not deleted here (it has no password of its own).
 */
@Named
@RequestScoped
public class DeleteBacking extends AccountPage {

    @Inject
    private PortalAccountService accounts;

    private PortalAccount account;
    private boolean deleted;

    public void load() {
        Optional<PortalSession.SignedIn> who = signedInOrRedirect("/account/delete");
        if (who.isEmpty()) return;
        response();
        try {
            account = accounts.get(who.get().accountId());
        } catch (NotFoundException e) {
            PortalSession.signOut(request);
            redirect(signInLink("/account/"));
            return;
        }
        if (posted()) submit();
    }

    private void submit() {
        if (!sameSession()) return;
        boolean meant = request.getParameter("confirm") != null;
        if (!meant) error("confirm", text("portalAccount.delete.confirmRequired"));
        if (!meant) return;
        try {
            accounts.delete(account.getId(), request.getParameter("password"));
            PortalSession.signOut(request);
            deleted = true;
        } catch (RuleRefusedException e) {
            error("password", text(e.reason()));
        }
    }

    public boolean isDeleted() { return deleted; }
    public boolean isStaff() { return account != null && account.isStaff(); }
    public String getAction() { return language.href("/account/delete"); }
}
