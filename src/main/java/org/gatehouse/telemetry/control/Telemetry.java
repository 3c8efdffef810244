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
import java.util.List;
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

    /** The Content-Type of every post. */
    public static final String CONTENT_TYPE = "application/json";

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

    /** Whether events are sent now, and if not, each reason. */
    public record Status(boolean switchedOn, Optional<String> receiver, boolean development) {

        /** Sent only when switched on, with a receiver, outside development. */
        public boolean sending() {
            return switchedOn && receiver.isPresent() && !development;
        }
    }

    /** One situation in which Gatehouse sends an event, and the exact body it posts then. */
    public record Example(String situation, JsonObject payload) {
    }

    /** The properties of {@link #LOGIN}; in multi-user mode too, credential sign-ins report {@code false}, as AnythingLLM does. */
    public static JsonObject loginProperties(boolean multiUserMode) {
        return Json.createObjectBuilder().add("multiUserMode", multiUserMode).build();
    }

    public Status status() {
        return new Status(!"true".equals(configuration.disableTelemetry()),
                configuration.nonEmpty(EnvVar.GATEHOUSE_TELEMETRY_URL), configuration.isDevelopment());
    }

    /**
     * Every event this server sends, each with the properties its sender passes, as the body {@link #send}
     * would post now (the installation's id is created here if no event created it yet).
     */
    public List<Example> examples() {
        return List.of(
                new Example("onboarding", payload(ONBOARDING_COMPLETE, JsonObject.EMPTY_JSON_OBJECT)),
                new Example("multiUser", payload(ENABLED_MULTI_USER_MODE, JsonObject.EMPTY_JSON_OBJECT)),
                new Example("signIn", payload(LOGIN, loginProperties(false))),
                new Example("ssoSignIn", payload(LOGIN, loginProperties(true))),
                new Example("workspace", payload(WORKSPACE_CREATED, JsonObject.EMPTY_JSON_OBJECT)),
                new Example("switchedOff", payload(TELEMETRY_DISABLED, JsonObject.EMPTY_JSON_OBJECT)));
    }

    /** The body posted for this event: {@code {event, distinctId, properties}}, never a user's data. */
    public JsonObject payload(String event, JsonObject properties) {
        return Json.createObjectBuilder()
                .add("event", event)
                .add("distinctId", distinctId())
                .add("properties", Json.createObjectBuilder(properties).add("runtime", "gatehouse"))
                .build();
    }

    /** Sends the event unless telemetry is off or has no receiver. */
    public void send(String event, JsonObject properties) {
        Optional<String> receiver = configuration.nonEmpty(EnvVar.GATEHOUSE_TELEMETRY_URL);
        if (receiver.isEmpty() || configuration.telemetryDisabled()) {
            return;
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(receiver.get()))
                .timeout(TIMEOUT)
                .header("Content-Type", CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofString(payload(event, properties).toString()))
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
