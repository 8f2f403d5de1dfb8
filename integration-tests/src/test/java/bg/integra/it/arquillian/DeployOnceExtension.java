package bg.integra.it.arquillian;

import org.jboss.arquillian.core.spi.LoadableExtension;

/** Registers {@link DeployOnce} (META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension). */
public class DeployOnceExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(DeployOnce.class);
    }
}
