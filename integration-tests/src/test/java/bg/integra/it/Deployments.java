package bg.integra.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The deployments of the integration tests: the EAR that the build made, as it is, plus the test-support
 * package in its web module (test data seeding that production must never contain) and, for in-container
 * tests, the test class itself, which Arquillian does not put into a WAR inside an EAR by itself.
 */
public final class Deployments {

    public static final String WAR = "integra-web.war";

    private Deployments() {
    }

    public static EnterpriseArchive ear(Class<?>... inContainerTests) {
        File file = new File(System.getProperty("integra.ear", "../ear/target/integra.ear"));
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, file);
        WebArchive war = ear.getAsType(WebArchive.class, WAR);
        war.addPackage("bg.integra.testsupport");
        for (Class<?> test : inContainerTests) {
            war.addClass(test);
        }
        war.addClass(Deployments.class);
        ear.delete(WAR);           // the WAR above is a copy: put it back
        ear.addAsModule(war);
        return ear;
    }
}
