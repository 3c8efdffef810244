package org.gatehouse.testing.arquillian;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;

/**
 * Payara Server 6 for the IT suite (written to the asadmin that GlassFish 7 shares, not yet run there), driven
 * as an operator drives it: {@code asadmin} creates a fresh domain under {@code target/}, applies the command
 * file of {@code server-config/}, starts it with the environment of the test JVM (so {@code STORAGE_DIR} and the
 * rest reach the server), and deploys the suite's one archive at {@code /} once; every test class shares it, as
 * with {@link SharedPayaraMicroContainer}. When the suite ends it undeploys the application and fails if the
 * server reports that the undeploy left something registered (a JDBC driver, a thread).
 */
public class AsadminServerContainer implements DeployableContainer<AsadminServerConfiguration> {

    private static final Logger LOG = Logger.getLogger(AsadminServerContainer.class.getName());
    private static final String APPLICATION = "ROOT";

    private AsadminServerConfiguration configuration;
    private final SharedDeployment shared = new SharedDeployment();

    @Override
    public Class<AsadminServerConfiguration> getConfigurationClass() {
        return AsadminServerConfiguration.class;
    }

    @Override
    public void setup(AsadminServerConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return new ProtocolDescription("Servlet 5.0");
    }

    @Override
    public void start() throws LifecycleException {
        try {
            Path domains = Path.of(configuration.getDomainDirectory());
            deleteRecursively(domains.resolve(configuration.getDomainName()));
            Files.createDirectories(domains);
            asadmin(false, "create-domain", "--nopassword=true", "--portbase", String.valueOf(configuration.getPortBase()),
                    "--domaindir", domains.toString(), configuration.getDomainName());
            asadmin(false, "start-domain", "--domaindir", domains.toString(), configuration.getDomainName());
            if (configuration.getCommandFile() != null) {
                asadmin(true, "multimode", "--file", configuration.getCommandFile());
            }
            List<String> options = Arrays.stream(configuration.getJvmOptions().trim().split("\\s+"))
                    .filter(option -> !option.isEmpty()).toList();
            if (options.stream().anyMatch(option -> option.startsWith("-Xmx"))) {
                for (String own : asadmin(true, "list-jvm-options").lines().map(String::strip)
                        .filter(line -> line.startsWith("-Xmx")).toList()) {
                    asadmin(true, "delete-jvm-options", "--", own);
                }
            }
            if (!options.isEmpty()) {
                // asadmin separates options with ':'; one inside an option is escaped.
                asadmin(true, "create-jvm-options", "--",
                        String.join(":", options.stream().map(option -> option.replace(":", "\\:")).toList()));
            }
            asadmin(false, "restart-domain", "--domaindir", domains.toString(), configuration.getDomainName());
        } catch (IOException | DeploymentException e) {
            throw new LifecycleException("Could not start the domain " + configuration.getDomainName(), e);
        }
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        return shared.deploy(archive, this::deployOnce);
    }

    private ProtocolMetaData deployOnce(Archive<?> archive) throws DeploymentException {
        try {
            Path file = Files.createDirectories(Path.of(configuration.getDomainDirectory(), "deployments"))
                    .resolve(archive.getName());
            archive.as(ZipExporter.class).exportTo(file.toFile(), true);
            asadmin(true, "deploy", "--force=true", "--contextroot", "/", "--name", APPLICATION, file.toString());
        } catch (IOException e) {
            throw new DeploymentException("Could not write " + archive.getName(), e);
        }
        HTTPContext context = new HTTPContext("127.0.0.1", configuration.httpPort());
        context.add(new Servlet("gatehouse", ""));
        return new ProtocolMetaData().addContext(context);
    }

    @Override
    public void undeploy(Archive<?> archive) {
        // The next test class reuses the running server; stop() ends it.
    }

    @Override
    public void stop() throws LifecycleException {
        List<String> problems = new ArrayList<>();
        try {
            if (shared.release().isPresent()) {
                long before = Files.size(serverLog());
                asadmin(true, "undeploy", APPLICATION);
                problems.addAll(leaksLoggedSince(before));
            }
        } catch (DeploymentException | IOException e) {
            problems.add("undeploying failed: " + e.getMessage());
        } finally {
            try {
                asadmin(false, "stop-domain", "--domaindir", configuration.getDomainDirectory(), configuration.getDomainName());
            } catch (DeploymentException e) {
                throw new LifecycleException("Could not stop the domain", e);
            }
        }
        if (!problems.isEmpty()) {
            throw new LifecycleException("The undeploy at the end of the suite: " + problems);
        }
    }

    private Path serverLog() {
        return Path.of(configuration.getDomainDirectory(), configuration.getDomainName(), "logs", "server.log");
    }

    /**
     * What the server reported the undeploy left registered (JDBC drivers, threads), from the log written since
     * {@code offset} (all of it if the log was rotated meanwhile). Deployment logs the same warning for a class
     * loader of its own ("The web application [unknown] registered the JDBC driver ..."); undeploy does not.
     */
    private List<String> leaksLoggedSince(long offset) throws IOException {
        byte[] log = Files.readAllBytes(serverLog());
        int from = log.length < offset ? 0 : (int) offset;
        String written = new String(log, from, log.length - from, StandardCharsets.UTF_8);
        return written.lines().filter(line -> line.contains("failed to unregister it") || line.contains("failed to stop it"))
                .map(String::strip).toList();
    }

    /** Runs one asadmin command, against the domain's administration port if {@code remote}; what it printed. */
    private String asadmin(boolean remote, String... arguments) throws DeploymentException {
        List<String> command = new ArrayList<>(List.of(configuration.asadmin().toString(), "--interactive=false"));
        if (remote) {
            command.addAll(List.of("--port", String.valueOf(configuration.adminPort())));
        }
        command.addAll(List.of(arguments));
        try {
            File output = File.createTempFile("asadmin", ".txt");
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output).start();
                if (!process.waitFor(configuration.getTimeoutInSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new DeploymentException("asadmin " + arguments[0] + " did not finish in "
                            + configuration.getTimeoutInSeconds() + " s");
                }
                String printed = Files.readString(output.toPath(), StandardCharsets.UTF_8);
                if (process.exitValue() != 0) {
                    throw new DeploymentException("asadmin " + String.join(" ", arguments) + " failed: " + printed);
                }
                LOG.info("asadmin " + arguments[0] + ": " + printed.strip());
                return printed;
            } finally {
                Files.deleteIfExists(output.toPath());
            }
        } catch (IOException e) {
            throw new DeploymentException("Could not run asadmin", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeploymentException("Interrupted while asadmin ran", e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
