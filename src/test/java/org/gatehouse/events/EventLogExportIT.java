package org.gatehouse.events;

import static org.gatehouse.testing.Accounts.ADMIN;
import static org.gatehouse.testing.Accounts.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gatehouse.testing.Accounts;
import org.gatehouse.testing.ApiClient;
import org.gatehouse.testing.GatehouseIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Gatehouse's event-log export (CSV, JSON, filters) and retention. */
class EventLogExportIT extends GatehouseIT {

    private ApiClient admin;
    private int adminId;

    @BeforeEach
    void someHistory() {
        Accounts accounts = new Accounts(api);
        accounts.enableMultiUser();
        admin = api.withToken(accounts.login(ADMIN, ADMIN_PASSWORD));
        adminId = admin.get("/api/system/refresh-user").json().getJsonObject("user").getInt("id");
        api.post("/api/request-token", Accounts.credentials("=cmd|' /C calc'!A0", "whatever-password"));
    }

    @Test
    void csvWithAllEventsAndNoFormulas() {
        List<String> lines = admin.get("/api/system/event-logs/export?format=csv").expectStatus(200)
                .expectContentType("text/csv").text().lines().toList();
        assertEquals("id,event,metadata,userId,occurredAt", lines.get(0));
        // The export records its own event_logs_exported before it streams, so it lists that too.
        assertEquals(5, lines.size(), "header, multi_user_mode_enabled, login_event, failed_login_invalid_username, event_logs_exported");
        assertTrue(lines.get(1).contains("\"multi_user_mode_enabled\""));
        assertTrue(lines.get(3).contains("\"failed_login_invalid_username\""));
        assertTrue(lines.stream().skip(1).allMatch(line -> line.matches("\\d+,\".*")), "no cell starts a formula");
    }

    @Test
    void jsonWithFilters() {
        JsonArray byEvent = Json.createReader(new StringReader(admin.get("/api/system/event-logs/export?format=json&event=login_event")
                .expectContentType("application/json").text())).readArray();
        assertEquals(1, byEvent.size());
        assertEquals(adminId, byEvent.getJsonObject(0).getInt("userId"));
        JsonArray byUser = Json.createReader(new StringReader(admin.get("/api/system/event-logs/export?format=json&userId=" + adminId)
                .text())).readArray();
        assertEquals(List.of("multi_user_mode_enabled", "login_event", "event_logs_exported", "event_logs_exported"),
                byUser.getValuesAs(JsonObject.class).stream().map(e -> e.getString("event")).toList(), "the admin's events");
        String future = Instant.now().plus(Duration.ofDays(1)).toString();
        assertEquals("[]", admin.get("/api/system/event-logs/export?format=json&from=" + future).text());

        JsonObject exported = controls.events("event_logs_exported").get(0);
        assertEquals("{\"format\":\"json\",\"event\":\"login_event\"}", exported.getJsonObject("metadata").toString());
        assertEquals(adminId, exported.getInt("userId"));
    }

    @Test
    void badRequestsAreExplained() {
        admin.get("/api/system/event-logs/export?format=xml").expectStatus(400)
                .expectJson("{\"success\":false,\"error\":\"format must be csv or json\"}");
        admin.get("/api/system/event-logs/export?format=csv&from=yesterday").expectStatus(400);
        controls.createUser("mia", "mia-password-2026", "manager", false);
        api.withToken(new Accounts(api).login("mia", "mia-password-2026")).get("/api/system/event-logs/export?format=csv")
                .expectStatus(401).expectText("Unauthorized");
    }

    @Test
    void retentionPurgesOnlyWhatIsOlderThanConfigured() {
        Instant now = Instant.now();
        api.post("/api/__test__/events/bulk", "{\"count\":5,\"start\":\"" + now.minus(Duration.ofDays(40)) + "\"}").expectStatus(204);
        JsonObject keepAll = api.post("/api/__test__/events/retention", "{}").expectStatus(200).json();
        assertEquals(0, keepAll.getInt("deleted"), "unset: keep forever");
        assertTrue(keepAll.getBoolean("scheduled"), "the hourly purge is scheduled");
        controls.setEnv("EVENT_LOG_RETENTION_DAYS", "30");
        assertEquals(5, api.post("/api/__test__/events/retention", "{}").json().getInt("deleted"));
        assertEquals(3, admin.post("/api/system/event-logs", "{}").json().getInt("totalLogs"), "recent events stay");
    }
}
