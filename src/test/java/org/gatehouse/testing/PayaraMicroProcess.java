package org.gatehouse.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Payara Micro server started the way the README's run command starts it, for tests that must stop
 * and start a server themselves (Arquillian's shared server keeps running for the whole suite).
 */
public final class PayaraMicroProcess implements AutoCloseable {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(180);

    private final Process process;
    private final URL baseUrl;

    private PayaraMicroProcess(Process process, URL baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    /** Deploys the WAR at {@code /} with {@code STORAGE_DIR=storage} and waits until it answers ping. */
    public static PayaraMicroProcess start(Path war, Path storage, Path logFile) throws IOException, InterruptedException {
        return start(war, storage, logFile, Map.of());
    }

    /** The same, with more environment variables for the server (database settings, for example). */
    public static PayaraMicroProcess start(Path war, Path storage, Path logFile, Map<String, String> environment)
            throws IOException, InterruptedException {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-jar", System.getProperty("payara.microJar", "target/payara-micro.jar"),
                "--deploy", war.toString(), "--contextroot", "/", "--port", String.valueOf(port), "--nocluster",
                "--prebootcommandfile", "server-config/payara/http-listener.asadmin"))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().put("STORAGE_DIR", storage.toString());
        builder.environment().putAll(environment);
        PayaraMicroProcess server = new PayaraMicroProcess(builder.start(), new URL("http://127.0.0.1:" + port + "/"));
        server.awaitOnline();
        return server;
    }

    public URL baseUrl() {
        return baseUrl;
    }

    private void awaitOnline() throws InterruptedException {
        ApiClient api = new ApiClient(baseUrl);
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + "; see its log");
            }
            try {
                if (api.get("/api/ping").status() == 200) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("Payara Micro did not answer /api/ping within " + STARTUP_TIMEOUT);
    }

    /** Stops the server as Ctrl-C would (SIGTERM), so the application shuts down cleanly. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
