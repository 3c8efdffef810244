package org.gatehouse.telemetry.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gatehouse.platform.config.EnvVar;
import org.gatehouse.settings.control.Configuration;
import org.gatehouse.settings.control.SystemSettings;

/**
 * Anonymous usage telemetry (contract 6.8), off unless {@code DISABLE_TELEMETRY} is set to anything but
 * {@code true} and {@code GATEHOUSE_TELEMETRY_URL} names a receiver. Each event is POSTed as JSON
 * {@code {event, distinctId, properties}} on the server's managed executor with a short timeout; a slow or
 * failing receiver never delays a request. Properties never carry user data: no names, addresses or ids.
 */
@ApplicationScoped
public class Telemetry {

    public static final String LOGIN = "login_event";
    public static final String ENABLED_MULTI_USER_MODE = "enabled_multi_user_mode";
    public static final String ONBOARDING_COMPLETE = "onboarding_complete";
    public static final String TELEMETRY_DISABLED = "telemetry_disabled";
    public static final String WORKSPACE_CREATED = "workspace_created";

    static final String TELEMETRY_ID = "telemetry_id";
    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final Logger LOG = Logger.getLogger(Telemetry.class.getName());

    @Inject
    Configuration configuration;

    @Inject
    SystemSettings settings;

    @Resource
    ManagedExecutorService executor;

    private volatile HttpClient client;

    /** Sends the event unless telemetry is off or has no receiver. */
    public void send(String event, JsonObject properties) {
        Optional<String> receiver = configuration.nonEmpty(EnvVar.GATEHOUSE_TELEMETRY_URL);
        if (receiver.isEmpty() || configuration.telemetryDisabled()) {
            return;
        }
        JsonObject payload = Json.createObjectBuilder()
                .add("event", event)
                .add("distinctId", distinctId())
                .add("properties", Json.createObjectBuilder(properties).add("runtime", "gatehouse"))
                .build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(receiver.get()))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(payload.toString()))
                .build();
        client().sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .exceptionally(failure -> {
                    LOG.log(Level.FINE, "Telemetry not delivered", failure);
                    return null;
                });
    }

    public void send(String event) {
        send(event, JsonObject.EMPTY_JSON_OBJECT);
    }

    /** This installation's anonymous id, created on first use and shared by every node. */
    private String distinctId() {
        return settings.value(TELEMETRY_ID).orElseGet(() -> {
            String id = UUID.randomUUID().toString();
            settings.put(TELEMETRY_ID, id);
            return id;
        });
    }

    private HttpClient client() {
        HttpClient current = client;
        if (current == null) {
            current = HttpClient.newBuilder().connectTimeout(TIMEOUT).executor(executor).build();
            client = current;
        }
        return current;
    }
}
