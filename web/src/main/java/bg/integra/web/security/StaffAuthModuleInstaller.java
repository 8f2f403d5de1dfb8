package bg.integra.web.security;

import bg.integra.account.AccountService;
import jakarta.inject.Inject;
import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/** Gives the container {@link StaffAuthModule} for this application when it starts. */
@WebListener
public class StaffAuthModuleInstaller implements ServletContextListener {

    @Inject
    private AccountService accounts;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        AuthConfigFactory.getFactory().registerServerAuthModule(new StaffAuthModule(accounts), event.getServletContext());
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        AuthConfigFactory.getFactory().removeServerAuthModule(event.getServletContext());
    }
}
