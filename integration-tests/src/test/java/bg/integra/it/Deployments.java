package bg.integra.it;

import bg.integra.account.Role;
import bg.integra.testsupport.runas.AsAdministrator;
import bg.integra.testsupport.runas.AsCoordinator;
import bg.integra.testsupport.runas.AsMember;
import bg.integra.testsupport.runas.AsModerator;
import bg.integra.testsupport.runas.AsTrainer;
import bg.integra.testsupport.runas.AsRegistrar;
import bg.integra.testsupport.runas.RolledBack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The one deployment of the integration tests, made once per run ({@link bg.integra.it.arquillian.DeployOnce}):
 * the EAR that the build made, as it is, plus the test-support package in its web module (test data seeding that
 * production must never contain) and the tests that run in the server, which Arquillian does not put into a WAR
 * inside an EAR by itself.
 * <p>
 * The archive gets a name of its own ({@link #NAME}): Payara keeps an uploaded archive under its name in its
 * temporary folder, and two test servers on one machine deploying "integra.ear" at once would remove each
 * other's upload.
 */
public final class Deployments {

    public static final String WAR = "integra-web.war";
    static final String NAME = "integra-it-" + ProcessHandle.current().pid() + ".ear";

    /**
     * The production EAR maps roles to groups only (the identity store returns the role as a group), which leaves
     * a {@code @RunAs} bean with no principal and so no role. This mapping also gives the principal "admin" (the
     * bootstrapped administrator) the ADMIN role, for {@link AsAdministrator}; a real sign-in as admin has it anyway.
     * Likewise "it-coordinator", "it-registrar" and "it-member" are the principals of the AsCoordinator, AsRegistrar
     * and AsMember beans.
     */
    static final String GLASSFISH_APPLICATION = glassfishApplication(Map.of(
            Role.ADMIN, "admin", Role.COORDINATOR, "it-coordinator", Role.REGISTRAR, "it-registrar", Role.MEMBER, "it-member",
            Role.MODERATOR, "it-moderator", Role.TRAINER, "it-trainer"));

    /** Every {@link Role} mapped to its group, as the production descriptor does, and some to a test principal. */
    private static String glassfishApplication(Map<Role, String> principals) {
        StringBuilder mappings = new StringBuilder();
        for (Role role : Role.values()) {
            mappings.append("<security-role-mapping><role-name>").append(role.roleName()).append("</role-name>");
            if (principals.containsKey(role)) mappings.append("<principal-name>").append(principals.get(role)).append("</principal-name>");
            mappings.append("<group-name>").append(role.roleName()).append("</group-name></security-role-mapping>");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE glassfish-application PUBLIC "-//GlassFish.org//DTD GlassFish Application Server 3.1 Java EE Application 6.0//EN" "http://glassfish.org/dtds/glassfish-application_6_0-1.dtd">
                <glassfish-application>MAPPINGS</glassfish-application>
                """.replace("MAPPINGS", mappings);
    }

    static final Map<String, String> RUN_AS_PRINCIPALS = Map.of(
            "AsAdministrator", "admin", "AsCoordinator", "it-coordinator", "AsRegistrar", "it-registrar", "AsMember", "it-member",
            "AsModerator", "it-moderator", "AsTrainer", "it-trainer");

    static final String GLASSFISH_EJB_JAR = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE glassfish-ejb-jar PUBLIC "-//GlassFish.org//DTD GlassFish Application Server 3.1 EJB 3.1//EN" "http://glassfish.org/dtds/glassfish-ejb-jar_3_1-1.dtd">
            <glassfish-ejb-jar><enterprise-beans>BEANS</enterprise-beans></glassfish-ejb-jar>
            """.strip();

    /** Helpers that the tests running in the server use, beside the test-support package. */
    private static final List<Class<?>> IN_CONTAINER_HELPERS = List.of(Deployments.class, Failures.class, Indicators.class,
            Http.class, BackOffice.class, AsAdministrator.class, AsCoordinator.class, AsRegistrar.class, AsMember.class, AsModerator.class, AsTrainer.class,
            RolledBack.class, TestFiles.class);

    private Deployments() {
    }

    /**
     * The one deployment of the test run ({@link bg.integra.it.arquillian.DeployOnce}): the EAR with the test-support
     * package, every test class that runs in the server (each {@code *IT} without {@code @RunAsClient}) and the
     * role mapping for the {@code @RunAs} beans.
     */
    @Deployment
    public static EnterpriseArchive deployment() {
        List<Class<?>> classes = new ArrayList<>(IN_CONTAINER_HELPERS);
        classes.addAll(inContainerTests());
        EnterpriseArchive ear = ear(classes);
        String descriptor = "META-INF/glassfish-application.xml";
        if (!ear.contains(descriptor)) throw new IllegalStateException("The EAR has no " + descriptor);
        ear.delete(descriptor);
        ear.add(new StringAsset(GLASSFISH_APPLICATION.strip()), descriptor);
        // The default run-as principal is the first of those mapped to the role, and the group may come first
        // (it does for COORDINATOR): name each @RunAs bean's principal.
        StringBuilder beans = new StringBuilder();
        for (Class<?> c : classes) {
            String principal = RUN_AS_PRINCIPALS.get(c.getSimpleName());
            if (principal != null) beans.append("<ejb><ejb-name>").append(c.getSimpleName()).append("</ejb-name><principal><name>")
                    .append(principal).append("</name></principal></ejb>");
        }
        WebArchive war = ear.getAsType(WebArchive.class, WAR);
        war.addAsWebInfResource(new StringAsset(GLASSFISH_EJB_JAR.replace("BEANS", beans)), "glassfish-ejb-jar.xml");
        ear.delete(WAR);
        ear.addAsModule(war);
        return ear;
    }

    /** The EAR that the build made, with the test-support package and the given classes in its web module. */
    private static EnterpriseArchive ear(List<Class<?>> classes) {
        File file = new File(System.getProperty("integra.ear", "../ear/target/integra.ear"));
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, file);
        WebArchive war = ear.getAsType(WebArchive.class, WAR);
        war.addPackage("bg.integra.testsupport");
        classes.forEach(war::addClass);
        ear.delete(WAR);           // the WAR above is a copy: put it back
        ear.addAsModule(war);
        return ShrinkWrap.create(EnterpriseArchive.class, NAME).merge(ear);
    }

    /**
     * Every {@code *IT} class of this package and its feature packages ({@code bg.integra.it.project}, …) that is
     * not {@code @RunAsClient}, found among the compiled tests.
     */
    static List<Class<?>> inContainerTests() {
        try {
            Path classes = Path.of(Deployments.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path folder = classes.resolve(Deployments.class.getPackageName().replace('.', '/'));
            List<Class<?>> tests = new ArrayList<>();
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path f : files.filter(p -> p.getFileName().toString().endsWith("IT.class")).sorted().toList()) {
                    String path = classes.relativize(f).toString();
                    Class<?> test = Class.forName(path.substring(0, path.length() - 6).replace(f.getFileSystem().getSeparator(), "."));
                    if (!test.isAnnotationPresent(RunAsClient.class)) tests.add(test);
                }
            }
            if (tests.isEmpty()) throw new IllegalStateException("No in-container test classes in " + folder);
            return tests;
        } catch (IOException | URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException("Cannot list the test classes", e);
        }
    }
}
