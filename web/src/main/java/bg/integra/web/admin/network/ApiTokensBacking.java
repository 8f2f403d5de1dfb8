package bg.integra.web.admin.network;

import bg.integra.apitoken.ApiScope;
import bg.integra.apitoken.ApiToken;
import bg.integra.apitoken.ApiTokenService;
import bg.integra.apitoken.NewToken;
import bg.integra.web.common.BackofficeErrors;
import bg.integra.web.common.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * admin/network/tokens.xhtml: the API tokens of one member organisation (the member's own; an administrator picks
 * one): make a token with a name and a scope, whose secret the page shows once in a dialog, see each token's scope,
 * maker and last use, and revoke one after a confirmation.
 */
@Named
@ViewScoped
public class ApiTokensBacking extends MemberPage {

    @Inject
    private ApiTokenService tokens;

    private List<ApiToken> items = List.of();
    private String name;
    private ApiScope scope = ApiScope.READ;
    /** The secret of the token just made, until the dialog is closed or the next action: never read again. */
    private String secret;

    @Override
    protected void reload() {
        items = organisationId == null ? List.of() : tokens.tokensOf(organisationId); // not theirs: the 404 page
    }

    @Override
    public void change() {
        secret = null;
        super.change();
    }

    public void create() {
        secret = null;
        try {
            NewToken made = tokens.create(organisationId, name, scope);
            secret = made.secret();
            FacesMessages.info("tok.created", made.token().getName());
            name = null;
            scope = ApiScope.READ;
        } catch (RuntimeException e) {
            BackofficeErrors.show(e);
        }
        reload();
    }

    public void revoke(ApiToken token) {
        secret = null;
        try {
            tokens.revoke(token.getId(), token.getVersion());
            FacesMessages.info("tok.revokedDone", token.getName());
        } catch (RuntimeException e) {
            BackofficeErrors.show(e);
        }
        reload();
    }

    /** The dialog with the secret closed: the page forgets it. */
    public void forgetSecret() {
        secret = null;
    }

    public ApiScope[] getScopes() { return ApiScope.values(); }
    public List<ApiToken> getItems() { return items; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public ApiScope getScope() { return scope; }
    public void setScope(ApiScope scope) { this.scope = scope; }
    public String getSecret() { return secret; }
    public int getNameLength() { return ApiToken.NAME_LENGTH; }
}
