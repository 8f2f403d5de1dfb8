package bg.integra.it;

import bg.integra.testsupport.runas.AsAdministrator;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

import java.util.Arrays;

/**
 * The deployments of the tests in this package, built on {@link Deployments}:
 * <ul>
 * <li>{@link #ear()} the EAR for client-side (HTTP) tests, and {@link #earWithAdministrator} for in-container
 * tests that call the role-protected services as an administrator through {@link AsAdministrator}. Payara gives
 * a {@code @RunAs} bean the identity of the one principal mapped to the role; the production EAR maps the roles
 * to groups only (the identity store returns the role as a group), which leaves a run-as bean without any role
 * (checked: every call is then refused with EJBAccessException). So this deployment also maps the principal
 * "admin", the bootstrapped administrator account, to ADMIN; a real sign-in as admin gets that role anyway.</li>
 * <li>Both archives get a name of their own ({@link #NAME}) instead of integra.ear: Payara stores an uploaded
 * archive under its name in the server's temporary directory, which is /tmp for every test server on this
 * machine, so two test servers deploying "integra.ear" at the same time can delete each other's upload
 * ("File source doesn't exist").</li>
 * </ul>
 */
public final class TestDeployments {

    /** The archive name, unique to this test JVM. */
    static final String NAME = "integra-it-" + ProcessHandle.current().pid() + ".ear";

    static final String GLASSFISH_APPLICATION = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE glassfish-application PUBLIC "-//GlassFish.org//DTD GlassFish Application Server 3.1 Java EE Application 6.0//EN" "http://glassfish.org/dtds/glassfish-application_6_0-1.dtd">
            <glassfish-application>
                <security-role-mapping>
                    <role-name>ADMIN</role-name>
                    <principal-name>admin</principal-name>
                    <group-name>ADMIN</group-name>
                </security-role-mapping>
                <security-role-mapping>
                    <role-name>COORDINATOR</role-name>
                    <group-name>COORDINATOR</group-name>
                </security-role-mapping>
            </glassfish-application>
            """;

    private TestDeployments() {
    }

    /** The EAR for client-side tests (testable = false). */
    public static EnterpriseArchive ear() {
        return renamed(Deployments.ear());
    }

    /** The EAR for in-container tests that inject {@link AsAdministrator}. */
    public static EnterpriseArchive earWithAdministrator(Class<?>... inContainerTests) {
        Class<?>[] classes = Arrays.copyOf(inContainerTests, inContainerTests.length + 3);
        classes[inContainerTests.length] = AsAdministrator.class;
        classes[inContainerTests.length + 1] = TestDeployments.class;
        classes[inContainerTests.length + 2] = Failures.class;
        EnterpriseArchive ear = Deployments.ear(classes);
        String descriptor = "META-INF/glassfish-application.xml";
        if (!ear.contains(descriptor)) throw new IllegalStateException("The EAR has no " + descriptor);
        ear.delete(descriptor);
        ear.add(new StringAsset(GLASSFISH_APPLICATION.strip()), descriptor);
        return renamed(ear);
    }

    private static EnterpriseArchive renamed(EnterpriseArchive ear) {
        return ShrinkWrap.create(EnterpriseArchive.class, NAME).merge(ear);
    }
}
