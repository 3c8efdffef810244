package org.gatehouse.testing.arquillian;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Payara Micro cannot hot-deploy, so its Arquillian adapter boots a fresh server JVM for every test
 * class (about 25 s each). This adapter deploys the suite's one archive once, hands the same server to
 * every test class, and stops it when the suite ends.
 */
public class SharedPayaraMicroContainer extends PayaraMicroDeployableContainer {

    private Archive<?> deployed;
    private ProtocolMetaData metaData;

    @Override
    public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        if (deployed == null) {
            metaData = super.deploy(archive);
            deployed = archive;
        } else if (!deployed.getName().equals(archive.getName())) {
            throw new DeploymentException("The IT suite shares one deployment (" + deployed.getName()
                    + "); use org.gatehouse.testing.Deployments instead of " + archive.getName());
        }
        return metaData;
    }

    @Override
    public void undeploy(Archive<?> archive) {
        // The next test class reuses the running server; stop() ends it.
    }

    @Override
    public synchronized void stop() throws LifecycleException {
        if (deployed != null) {
            try {
                super.undeploy(deployed);
            } catch (DeploymentException e) {
                throw new LifecycleException("Could not stop the shared Payara Micro", e);
            } finally {
                deployed = null;
                metaData = null;
            }
        }
        super.stop();
    }
}
