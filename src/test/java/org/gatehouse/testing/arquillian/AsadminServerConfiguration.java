package org.gatehouse.testing.arquillian;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.spi.ConfigurationException;
import org.jboss.arquillian.container.spi.client.container.ContainerConfiguration;

/**
 * Where {@link AsadminServerContainer} finds its server and how it sets the suite's domain up; every property
 * comes from the container's entry in {@code arquillian.xml}.
 */
public class AsadminServerConfiguration implements ContainerConfiguration {

    private String home;
    private String domainDirectory;
    private String domainName = "gatehouse";
    private int portBase = 18000;
    private String jvmOptions = "";
    private String commandFile;
    private int timeoutInSeconds = 300;

    @Override
    public void validate() throws ConfigurationException {
        if (home == null || !Files.isRegularFile(asadmin())) {
            throw new ConfigurationException("no asadmin under home " + home + ": unpack the server first");
        }
        if (domainDirectory == null) {
            throw new ConfigurationException("domainDirectory is needed");
        }
    }

    Path asadmin() {
        return Path.of(home, "bin", "asadmin");
    }

    /** The domain's HTTP port: asadmin's port base plus 80. */
    int httpPort() {
        return portBase + 80;
    }

    /** The domain's administration port: asadmin's port base plus 48. */
    int adminPort() {
        return portBase + 48;
    }

    public String getHome() {
        return home;
    }

    public void setHome(String home) {
        this.home = home;
    }

    public String getDomainDirectory() {
        return domainDirectory;
    }

    public void setDomainDirectory(String domainDirectory) {
        this.domainDirectory = domainDirectory;
    }

    public String getDomainName() {
        return domainName;
    }

    public void setDomainName(String domainName) {
        this.domainName = domainName;
    }

    public int getPortBase() {
        return portBase;
    }

    public void setPortBase(int portBase) {
        this.portBase = portBase;
    }

    /** JVM options for the domain, separated by spaces; an {@code -Xmx} replaces the domain's own. */
    public String getJvmOptions() {
        return jvmOptions;
    }

    public void setJvmOptions(String jvmOptions) {
        this.jvmOptions = jvmOptions;
    }

    /** An asadmin command file applied to the new domain (asadmin multimode --file), as an operator would. */
    public String getCommandFile() {
        return commandFile;
    }

    public void setCommandFile(String commandFile) {
        this.commandFile = commandFile;
    }

    public int getTimeoutInSeconds() {
        return timeoutInSeconds;
    }

    public void setTimeoutInSeconds(int timeoutInSeconds) {
        this.timeoutInSeconds = timeoutInSeconds;
    }
}
