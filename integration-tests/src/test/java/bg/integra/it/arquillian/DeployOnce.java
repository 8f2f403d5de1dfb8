package bg.integra.it.arquillian;

import bg.integra.it.Deployments;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;

/**
 * Deploys the application once per test run instead of once per test class. Arquillian generates, deploys and
 * undeploys a class's {@code @Deployment} around every class; a deployment of this EAR costs 10–30 s on two cores,
 * which was most of the suite's time. Here the first class generates the one deployment of {@link Deployments}
 * (every test class that runs in the server is in it), it is deployed once, each later class is handed the same
 * scenario (so the same deployed archive and its protocol data), and it is undeployed after the last class,
 * before the container stops.
 * <p>
 * Test classes therefore declare no {@code @Deployment}; a class that runs as a client says so with
 * {@code @RunAsClient}. Each test still seeds the data it needs: no test may rely on the application being fresh.
 */
public class DeployOnce {

    @Inject
    private Instance<ClassContext> classContext;

    @Inject
    @ClassScoped
    private InstanceProducer<DeploymentScenario> classScenario;

    @Inject
    private Event<GenerateDeployment> generate;

    @Inject
    private Event<UnDeployManagedDeployments> undeploy;

    private DeploymentScenario suite;
    private boolean deployed;
    private boolean undeploying;

    public void generate(@Observes EventContext<GenerateDeployment> context) {
        if (context.getEvent().getTestClass().getJavaClass() == Deployments.class) {
            context.proceed();
        } else if (suite == null) {
            generate.fire(new GenerateDeployment(new TestClass(Deployments.class)));
            suite = classScenario.get();
        } else {
            classScenario.set(suite);
        }
    }

    public void deploy(@Observes EventContext<DeployManagedDeployments> context) {
        if (!deployed) {
            deployed = true;
            context.proceed();
        }
    }

    public void undeploy(@Observes EventContext<UnDeployManagedDeployments> context) {
        if (undeploying) context.proceed();
    }

    /** Before the suite's containers stop (their observer has the default precedence 0). */
    public void undeployAtTheEnd(@Observes(precedence = 100) AfterSuite event) {
        if (suite == null || !deployed) return;
        classContext.get().activate(Deployments.class);
        try {
            classScenario.set(suite);
            undeploying = true;
            undeploy.fire(new UnDeployManagedDeployments());
        } finally {
            undeploying = false;
            classContext.get().deactivate();
        }
    }
}
