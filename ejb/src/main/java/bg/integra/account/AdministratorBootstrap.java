package bg.integra.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * Makes sure the platform has an administrator on its first start. The password comes from
 * {@code INTEGRA_ADMIN_PASSWORD}; without it a random one is generated and written once to the server log,
 * so that no installation ever runs with a known default password.
 */
@Singleton
@Startup
@DependsOn("Migrations")
public class AdministratorBootstrap {

    public static final String USERNAME = "admin";
    private static final Logger LOG = Logger.getLogger(AdministratorBootstrap.class.getName());

    @Inject
    private AccountService accounts;

    @PostConstruct
    void ensureAdministrator() {
        String configured = System.getenv("INTEGRA_ADMIN_PASSWORD");
        accounts.bootstrapAdministrator(USERNAME, configured).ifPresent(password -> {
            if (configured == null || configured.isBlank()) {
                LOG.warning(() -> "Created the first administrator '" + USERNAME + "' with the generated password "
                        + password + " . It is shown only this once: sign in and keep it safe.");
            } else {
                LOG.info(() -> "Created the first administrator '" + USERNAME + "' with the password from INTEGRA_ADMIN_PASSWORD");
            }
        });
    }
}
