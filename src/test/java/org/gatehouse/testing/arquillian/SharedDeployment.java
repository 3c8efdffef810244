package org.gatehouse.testing.arquillian;

import java.util.Optional;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;

/**
 * The IT suite's one deployment, made on the first test class's request and handed to every later one; the
 * suite's adapters ({@link SharedPayaraMicroContainer}, {@link AsadminServerContainer}) undeploy it when the
 * suite ends.
 */
final class SharedDeployment {

    /** How an adapter deploys the archive the first time. */
    interface FirstDeployment {
        ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException;
    }

    private Archive<?> deployed;
    private ProtocolMetaData metaData;

    synchronized ProtocolMetaData deploy(Archive<?> archive, FirstDeployment first) throws DeploymentException {
        if (deployed == null) {
            metaData = first.deploy(archive);
            deployed = archive;
        } else if (!deployed.getName().equals(archive.getName())) {
            throw new DeploymentException("The IT suite shares one deployment (" + deployed.getName()
                    + "); use org.gatehouse.testing.Deployments instead of " + archive.getName());
        }
        return metaData;
    }

    /** The deployed archive, if any, forgotten here: the caller undeploys it. */
    synchronized Optional<Archive<?>> release() {
        Optional<Archive<?>> released = Optional.ofNullable(deployed);
        deployed = null;
        metaData = null;
        return released;
    }
}
