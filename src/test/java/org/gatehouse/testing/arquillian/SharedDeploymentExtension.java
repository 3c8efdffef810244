package org.gatehouse.testing.arquillian;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Puts the suite's own adapter in place of Payara Micro's: {@link SharedPayaraMicroContainer} by default, or
 * {@link AsadminServerContainer} when {@code gatehouse.itServer} is {@code asadmin} (the payara-server profile).
 */
public class SharedDeploymentExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        boolean asadmin = "asadmin".equals(System.getProperty("gatehouse.itServer"));
        builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class,
                asadmin ? AsadminServerContainer.class : SharedPayaraMicroContainer.class);
    }
}
