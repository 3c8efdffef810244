package org.gatehouse.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.time.Duration;
import java.time.Instant;

/** Drives the test-support endpoints that {@link Deployments} adds to the suite's WAR. */
public final class TestControls {

    private final ApiClient api;

    TestControls(ApiClient api) {
        this.api = api;
    }

    /** Controls for a server started outside the Arquillian suite with the same deployment. */
    public static TestControls of(ApiClient api) {
        return new TestControls(api);
    }

    /** Back to a fresh install: every table emptied, seed rows restored, clock on system time. */
    public void reset() {
        api.post("/api/__test__/reset", "{}").expectStatus(204);
    }

    /** Changes an environment variable at run time, as the update-env endpoints (E40, E104) do, without their key mapping. */
    public void setEnv(String name, String value) {
        api.put("/api/__test__/environment/" + name, "{\"value\":" + quote(value) + "}").expectStatus(204);
    }

    /** Unsets an environment variable at run time (it no longer counts as present). */
    public void unsetEnv(String name) {
        api.put("/api/__test__/environment/" + name, "{\"value\":null}").expectStatus(204);
    }

    public void setSetting(String label, String value) {
        api.put("/api/__test__/settings/" + label, "{\"value\":" + quote(value) + "}").expectStatus(204);
    }

    public void setClock(Instant instant) {
        api.put("/api/__test__/clock", "{\"instant\":\"" + instant + "\"}").expectStatus(204);
    }

    public void advanceClock(Duration duration) {
        api.post("/api/__test__/clock/advance", "{\"seconds\":" + duration.toSeconds() + "}").expectStatus(204);
    }

    /** Creates a user straight in the database; answers its id. */
    public int createUser(String username, String password, String role, boolean suspended) {
        return api.post("/api/__test__/users", Json.createObjectBuilder().add("username", username)
                .add("password", password).add("role", role).add("suspended", suspended).build().toString())
                .expectStatus(200).json().getInt("id");
    }

    /** Suspends a user straight in the database. */
    public void suspendUser(int id) {
        api.post("/api/__test__/users/" + id + "/suspend", "").expectStatus(204);
    }

    public void unsuspendUser(int id) {
        api.post("/api/__test__/users/" + id + "/unsuspend", "").expectStatus(204);
    }

    public void deleteUser(int id) {
        api.delete("/api/__test__/users/" + id).expectStatus(204);
    }

    /** The event log, oldest first: each entry has {@code id}, {@code event}, parsed {@code metadata} and {@code userId}. */
    public List<JsonObject> events() {
        return api.get("/api/__test__/events").expectStatus(200).json().getJsonArray("events")
                .getValuesAs(JsonObject.class);
    }

    /** The events with this name, oldest first. */
    public List<JsonObject> events(String name) {
        return events().stream().filter(e -> e.getString("event").equals(name)).toList();
    }

    /** Starts recording the server's log records at WARNING and above; the mark to read them from (logSince). */
    public long markLog() {
        return api.post("/api/__test__/log/mark", "").expectStatus(200).json().getJsonNumber("next").longValue();
    }

    /** The server's log records since {@code mark}: {@code level}, {@code logger}, {@code message}, {@code thrown}. */
    public List<JsonObject> logSince(long mark) {
        String log = api.get("/api/__test__/log/since/" + mark).expectStatus(200).text();
        return Json.createReader(new java.io.StringReader(log)).readArray().getValuesAs(JsonObject.class);
    }

    /** Adds content rows for a workspace and/or a user (see TestSupportResource#content). */
    public void addContent(Integer workspaceId, Integer userId) {
        var body = Json.createObjectBuilder();
        if (workspaceId != null) {
            body.add("workspaceId", workspaceId);
        }
        if (userId != null) {
            body.add("userId", userId);
        }
        api.post("/api/__test__/content", body.build().toString()).expectStatus(204);
    }

    /** Rows per table. */
    public JsonObject counts() {
        return api.get("/api/__test__/counts").expectStatus(200).json();
    }

    /** The invariants the live database breaks (see {@code testsupport.Invariants}); empty when all hold. */
    public List<String> invariantViolations() {
        return api.get("/api/__test__/invariants").expectStatus(200).json().getJsonArray("violations")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }

    /** How many row-tally buckets the server has still to fold (V13, RowTallyFolding). */
    public int crowdedTallies() {
        return Integer.parseInt(api.get("/api/__test__/row-tallies/crowded").expectStatus(200).text().strip());
    }

    /** Fails, listing them, when the live database breaks any invariant. */
    public void assertInvariants() {
        List<String> violations = invariantViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError("invariants broken:\n" + String.join("\n", violations));
        }
    }

    private static String quote(String value) {
        return value == null ? "null" : Json.createValue(value).toString();
    }
}
