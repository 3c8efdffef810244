package org.gatehouse.testsupport;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
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
import org.gatehouse.events.entity.EventLog;
import org.gatehouse.settings.control.EnvironmentOverlay;
import org.gatehouse.settings.control.SystemSettings;
import org.gatehouse.platform.control.Outcome;
import org.gatehouse.users.boundary.UserFields;
import org.gatehouse.users.control.UserChanges;
import org.gatehouse.users.control.UserService;
import org.gatehouse.users.entity.User;

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
            "api_keys", "invites", "event_logs", "workspaces", "users", "system_settings", "login_failures", "stored_files");

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    EnvironmentOverlay overlay;

    @Inject
    SystemSettings settings;

    @Inject
    UserService users;

    @Inject
    org.gatehouse.events.control.EventLogRetention retention;

    @Inject
    org.gatehouse.platform.db.RowTallies tallies;

    @jakarta.annotation.Resource(lookup = org.gatehouse.platform.db.Database.JNDI_NAME)
    javax.sql.DataSource dataSource;

    @POST
    @Path("reset")
    @Transactional
    public void reset() {
        // A plain DELETE, never TRUNCATE: V13's triggers must see the rows go (Derby refuses TRUNCATE on a table
        // with a delete trigger, and PostgreSQL's would leave the tallies counting rows that are gone).
        tallies.beforeDeleting(org.gatehouse.platform.db.RowTallies.Subject.EVENT_LOGS);
        tallies.beforeDeleting(org.gatehouse.platform.db.RowTallies.Subject.WORKSPACE_CHATS);
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

    /** Creates a user directly (USER-CREATE rules apply), optionally suspended; answers its id. */
    @POST
    @Path("users")
    @Transactional
    public JsonObject createUser(JsonObject body) {
        Outcome<User> created = users.create(UserFields.newUser(body));
        if (!(created instanceof Outcome.Done<User> done)) {
            throw new IllegalArgumentException(created.error());
        }
        if (body.getBoolean("suspended", false)) {
            done.value().setSuspended(1);
        }
        return Json.createObjectBuilder().add("id", done.value().getId()).build();
    }

    @POST
    @Path("users/{id}/suspend")
    @Transactional
    public void suspendUser(@PathParam("id") int id) {
        // the same user update the admin endpoints (E22, E89) call
        if (!users.update(id, suspension(true)).isDone()) {
            throw new IllegalArgumentException("cannot suspend " + id);
        }
    }

    @POST
    @Path("users/{id}/unsuspend")
    @Transactional
    public void unsuspendUser(@PathParam("id") int id) {
        users.update(id, suspension(false));
    }

    @jakarta.ws.rs.DELETE
    @Path("users/{id}")
    @Transactional
    public void deleteUser(@PathParam("id") int id) {
        em.remove(em.find(User.class, id));
    }

    /** The event log, oldest first, metadata parsed. */
    @GET
    @Path("events")
    public JsonObject events() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (EventLog event : em.createQuery("SELECT e FROM EventLog e ORDER BY e.id", EventLog.class).getResultList()) {
            list.add(Json.createObjectBuilder()
                    .add("id", event.getId())
                    .add("event", event.getEvent())
                    .add("metadata", Json.createReader(new java.io.StringReader(event.getMetadata())).readObject())
                    .add("userId", event.getUserId() == null ? JsonValue.NULL : Json.createValue(event.getUserId())));
        }
        return Json.createObjectBuilder().add("events", list).build();
    }

    /**
     * Content that admin deletes must cascade (contract 2.3): for the workspace, a chat, a document with a
     * vector, a thread; for the user (optional), a chat, a browser-extension key and an SSO token.
     */
    @POST
    @Path("content")
    @Transactional
    public void content(JsonObject body) {
        java.time.Instant now = java.time.Instant.now();
        Integer userId = body.containsKey("userId") ? body.getInt("userId") : null;
        String tag = java.util.UUID.randomUUID().toString();
        if (body.containsKey("workspaceId")) {
            int workspaceId = body.getInt("workspaceId");
            em.persist(new org.gatehouse.workspaces.entity.WorkspaceChat(workspaceId, userId, "hello", "{\"text\":\"hi\"}", now));
            em.persist(new org.gatehouse.workspaces.entity.WorkspaceDocument("doc-" + tag, "a.pdf", "custom-documents/a.json", workspaceId, now));
            em.persist(new org.gatehouse.workspaces.entity.DocumentVector("doc-" + tag, "vec-" + tag, now));
            em.persist(new org.gatehouse.workspaces.entity.WorkspaceThread("thread", "thread-" + tag, workspaceId, userId, now));
        }
        if (userId != null) {
            // Stored as the server stores them (digests), so the invariants hold over test content too.
            em.persist(new org.gatehouse.apikeys.entity.BrowserExtensionApiKey(
                    org.gatehouse.platform.crypto.SecretDigest.of("brx-" + tag), "brx-TEST", userId, now));
            em.persist(new org.gatehouse.sso.entity.TemporaryAuthToken(
                    org.gatehouse.platform.crypto.SecretDigest.of("allm-tat-" + tag), userId, now.plusSeconds(360), now));
        }
    }

    /** Every value of every row of one table, as text, to prove what is and is not stored. */
    @GET
    @Path("dump/{table}")
    @jakarta.ws.rs.Produces("text/plain")
    public String dump(@PathParam("table") String table) {
        if (!TABLES.contains(table)) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        StringBuilder text = new StringBuilder();
        for (Object row : em.createNativeQuery("SELECT * FROM " + table).getResultList()) {
            text.append(row instanceof Object[] values ? java.util.Arrays.toString(values) : String.valueOf(row)).append('\n');
        }
        return text.toString();
    }

    /** Removes every browser-extension key's owner, as keys created before an owner existed have none. */
    @POST
    @Path("browser-keys/disown")
    @Transactional
    public void disownBrowserKeys() {
        em.createNativeQuery("UPDATE browser_extension_api_keys SET user_id = NULL").executeUpdate();
    }

    /** Row counts of every table (contract 2.1, 2.2). */
    @GET
    @Path("counts")
    public JsonObject counts() {
        var counts = Json.createObjectBuilder();
        for (String table : TABLES) {
            counts.add(table, ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table).getSingleResult()).intValue());
        }
        return counts.build();
    }

    /**
     * Inserts {@code count} events named {@code bulk_event} straight through JDBC, committed every
     * 20,000 rows, one millisecond apart from {@code start}: a large log without a large transaction.
     * Their metadata numbers them from {@code first} (default 0), so a large log can be sent in parts.
     */
    @POST
    @Path("events/bulk")
    public void bulkEvents(JsonObject body) throws java.sql.SQLException {
        int count = body.getInt("count");
        int first = body.getInt("first", 0);
        java.time.Instant start = java.time.Instant.parse(body.getString("start"));
        try (java.sql.Connection connection = dataSource.getConnection();
             java.sql.PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO event_logs (event, metadata, userId, occurredAt) VALUES ('bulk_event', ?, NULL, ?)")) {
            connection.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                insert.setString(1, "{\"n\":" + (first + i) + "}");
                insert.setTimestamp(2, java.sql.Timestamp.valueOf(java.time.LocalDateTime.ofInstant(start.plusMillis(i), java.time.ZoneOffset.UTC)));
                insert.addBatch();
                if ((i + 1) % 20_000 == 0 || i == count - 1) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
        }
    }

    /** Runs the retention purge now, as its hourly schedule would; answers how many were deleted. */
    @POST
    @Path("events/retention")
    public JsonObject retention() {
        return Json.createObjectBuilder().add("deleted", retention.purge()).add("scheduled", retention.isScheduled()).build();
    }

    /** The broken invariants of the live database ({@link Invariants}); an empty list when all hold. */
    @GET
    @Path("invariants")
    public JsonObject invariants() throws java.sql.SQLException {
        JsonArrayBuilder violations = Json.createArrayBuilder();
        try (java.sql.Connection connection = dataSource.getConnection()) {
            Invariants.violations(connection).forEach(violations::add);
        }
        return Json.createObjectBuilder().add("violations", violations).build();
    }

    /** How many tally buckets hold more than one row: what the server's folding has still to do. */
    @GET
    @Path("row-tallies/crowded")
    @jakarta.ws.rs.Produces("text/plain")
    public String crowdedTallies() {
        return String.valueOf(tallies.crowded().size());
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

    private static UserChanges suspension(boolean suspended) {
        return UserFields.changes(Json.createObjectBuilder().add("suspended", suspended ? 1 : 0).build());
    }
}
