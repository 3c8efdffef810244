package org.gatehouse.testing;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of every HTTP integration test: one Payara Micro with the real WAR serves the whole suite, and
 * each test starts from a fresh install's data (users, settings, run-time environment, clock).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class GatehouseIT {

    @ArquillianResource
    protected URL baseUrl;

    /** Anonymous client; {@code api.withToken(...)} for a signed-in one. */
    protected ApiClient api;

    /** Test-only controls: environment overrides, settings, clock. */
    protected TestControls controls;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.gatehouse();
    }

    @BeforeEach
    void freshInstall() throws java.net.MalformedURLException {
        // Arquillian reports the machine's interface address; tests talk to the server over loopback only.
        api = new ApiClient(new URL(baseUrl.getProtocol(), "127.0.0.1", baseUrl.getPort(), baseUrl.getFile()));
        controls = new TestControls(api);
        controls.reset();
    }
}
