package org.gatehouse.testsupport;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gatehouse.settings.control.EnvironmentOverlay;
import org.gatehouse.settings.control.SystemSettings;

/**
 * Controls that exist only in the integration-test deployment (see {@code Deployments}): back to a fresh
 * install between tests, run-time environment changes, settings, the clock, and a deliberate failure.
 */
@Path("__test__")
@RequestScoped
@Consumes("*/*")
public class TestSupportResource {

    /** Child tables first, so foreign keys never block the reset. */
    private static final List<String> TABLES = List.of(
            "workspace_chats", "document_vectors", "workspace_documents", "workspace_threads", "workspace_users",
            "recovery_codes", "password_reset_tokens", "temporary_auth_tokens", "browser_extension_api_keys",
            "api_keys", "invites", "event_logs", "workspaces", "users", "system_settings");

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    EnvironmentOverlay overlay;

    @Inject
    SystemSettings settings;

    @POST
    @Path("reset")
    @Transactional
    public void reset() {
        TABLES.forEach(table -> em.createNativeQuery("DELETE FROM " + table).executeUpdate());
        // The generated JWT secret is part of the installation, not of a test.
        em.createNativeQuery("DELETE FROM environment_overrides WHERE name <> 'JWT_SECRET'").executeUpdate();
        settings.put(SystemSettings.MULTI_USER_MODE, "false");
        settings.put(SystemSettings.LOGO_FILENAME, SystemSettings.DEFAULT_LOGO);
        overlay.invalidate();
        TestClockProducer.CLOCK.useSystemTime();
    }

    @PUT
    @Path("environment/{name}")
    public void environment(@PathParam("name") String name, JsonObject body) {
        overlay.put(name, stringOrNull(body, "value"));
    }

    @PUT
    @Path("settings/{label}")
    public void setting(@PathParam("label") String label, JsonObject body) {
        settings.put(label, stringOrNull(body, "value"));
    }

    @PUT
    @Path("clock")
    public void clock(JsonObject body) {
        TestClockProducer.CLOCK.set(Instant.parse(body.getString("instant")));
    }

    @POST
    @Path("clock/advance")
    public void advance(JsonObject body) {
        TestClockProducer.CLOCK.advance(Duration.ofSeconds(body.getJsonNumber("seconds").longValue()));
    }

    /** An unexpected failure whose message must never reach the client. */
    @GET
    @Path("failure")
    public String failure() {
        throw new IllegalStateException("internal detail: jdbc:derby:/secret/path password=hunter2");
    }

    private static String stringOrNull(JsonObject body, String key) {
        JsonValue value = body.get(key);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : body.getString(key);
    }
}
