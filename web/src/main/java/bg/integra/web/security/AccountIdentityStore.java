package bg.integra.web.security;

import bg.integra.account.AccountService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.util.Set;

/** Checks a username and password against the accounts in the database; the account's role becomes its group. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    private AccountService accounts;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        AccountService.SignIn signIn = accounts.signIn(credential.getCaller(), credential.getPasswordAsString());
        if (signIn.result() != AccountService.SignInResult.SUCCESS) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(signIn.account().getUsername(),
                Set.of(signIn.account().getRole().roleName()));
    }
}
