package org.gatehouse.testing.arquillian;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import java.util.Optional;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Payara Micro cannot hot-deploy, so its Arquillian adapter boots a fresh server JVM for every test
 * class (about 25 s each). This adapter deploys the suite's one archive once, hands the same server to
 * every test class, and stops it when the suite ends.
 */
public class SharedPayaraMicroContainer extends PayaraMicroDeployableContainer {

    private final SharedDeployment shared = new SharedDeployment();

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        return shared.deploy(archive, super::deploy);
    }

    @Override
    public void undeploy(Archive<?> archive) {
        // The next test class reuses the running server; stop() ends it.
    }

    @Override
    public void stop() throws LifecycleException {
        Optional<Archive<?>> deployed = shared.release();
        if (deployed.isPresent()) {
            try {
                super.undeploy(deployed.get());
            } catch (DeploymentException e) {
                throw new LifecycleException("Could not stop the shared Payara Micro", e);
            }
        }
        super.stop();
    }
}
