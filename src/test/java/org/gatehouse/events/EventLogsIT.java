package org.gatehouse.events;

import static org.gatehouse.testing.Accounts.ADMIN;
import static org.gatehouse.testing.Accounts.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gatehouse.testing.Accounts;
import org.gatehouse.testing.ApiClient;
import org.gatehouse.testing.ApiResponse;
import org.gatehouse.testing.GatehouseIT;
import org.gatehouse.testing.Race;
import org.junit.jupiter.api.Test;

/** E55 and E56: paging by page index, newest first, the user's name, clearing. */
class EventLogsIT extends GatehouseIT {

    @Test
    void pagesNewestFirstWithUsernames() {
        Accounts accounts = new Accounts(api);
        accounts.enableMultiUser();
        ApiClient admin = api.withToken(accounts.login(ADMIN, ADMIN_PASSWORD));
        controls.setEnv("GATEHOUSE_LOCKOUT_THRESHOLD", "0"); // twelve failures from one address, unthrottled
        for (int i = 0; i < 12; i++) {
            api.post("/api/request-token", Accounts.credentials("ghost" + i, "whatever-password"));
        }
        // 1 multi_user_mode_enabled + 1 login_event + 12 failures = 14
        JsonObject first = admin.post("/api/system/event-logs", "{\"offset\":0}").expectStatus(200).json();
        assertEquals(14, first.getInt("totalLogs"));
        assertTrue(first.getBoolean("hasPages"));
        List<JsonObject> logs = first.getJsonArray("logs").getValuesAs(JsonObject.class);
        assertEquals(10, logs.size());
        assertEquals("failed_login_invalid_username", logs.get(0).getString("event"));
        assertEquals("{\"ip\":\"127.0.0.1\",\"username\":\"ghost11\"}", logs.get(0).getString("metadata"),
                "metadata is a JSON string");
        assertEquals("unknown user", logs.get(0).getJsonObject("user").getString("username"));
        assertTrue(logs.get(0).getInt("id") > logs.get(1).getInt("id"));

        JsonObject last = admin.post("/api/system/event-logs", "{\"offset\":1}").json();
        List<JsonObject> older = last.getJsonArray("logs").getValuesAs(JsonObject.class);
        assertEquals(4, older.size());
        assertEquals(false, last.getBoolean("hasPages"));
        assertEquals("login_event", older.get(2).getString("event"));
        assertEquals("admin", older.get(2).getJsonObject("user").getString("username"));
        assertEquals("multi_user_mode_enabled", older.get(3).getString("event"));

        JsonObject custom = admin.post("/api/system/event-logs", "{\"offset\":2,\"limit\":5}").json();
        assertEquals(4, custom.getJsonArray("logs").size(), "third page of five holds the oldest four");

        JsonObject farAway = admin.post("/api/system/event-logs", "{\"offset\":100000,\"limit\":100000}").json();
        assertEquals(0, farAway.getJsonArray("logs").size(), "page index times size is computed without overflow");
        assertEquals(false, farAway.getBoolean("hasPages"));
        JsonObject unreadable = admin.post("/api/system/event-logs", "{\"offset\":\"1\",\"limit\":-5}").json();
        assertEquals(10, unreadable.getJsonArray("logs").size(), "a string offset and a negative limit count as absent");
        assertTrue(unreadable.getBoolean("hasPages"));
    }

    @Test
    void clearingLeavesOneRow() {
        Accounts accounts = new Accounts(api);
        accounts.enableMultiUser();
        ApiClient admin = api.withToken(accounts.login(ADMIN, ADMIN_PASSWORD));
        admin.delete("/api/system/event-logs").expectStatus(200).expectJson("{\"success\":true}");
        JsonObject page = admin.post("/api/system/event-logs", "{}").json();
        assertEquals(1, page.getInt("totalLogs"));
        JsonObject only = page.getJsonArray("logs").getJsonObject(0);
        assertEquals("event_logs_cleared", only.getString("event"));
        assertEquals("{}", only.getString("metadata"));
        assertEquals("admin", only.getJsonObject("user").getString("username"));
    }

    @Test
    void adminsOnlyInMultiUserModeAnyoneInSingleUserMode() {
        api.post("/api/system/event-logs", "{}").expectStatus(200);
        Accounts accounts = new Accounts(api);
        accounts.enableMultiUser();
        controls.createUser("mia", "mia-password-2026", "manager", false);
        api.withToken(accounts.login("mia", "mia-password-2026")).post("/api/system/event-logs", "{}")
                .expectStatus(401).expectText("Unauthorized");
        api.withToken(accounts.login("mia", "mia-password-2026")).delete("/api/system/event-logs")
                .expectStatus(401).expectText("Unauthorized");
        api.post("/api/system/event-logs", "{}").expectStatus(401).expectJson("{\"error\":\"No auth token found.\"}");
    }

    /**
     * Issue 12: the total and the pages come from row tallies, not from counting. Sign-in failures, page reads
     * and two clears, 240 requests released at once: no answer is a 5xx, and afterwards the total is the number
     * of events there are, and the pages, walked to the end, hold each of them once, newest first.
     */
    @Test
    void totalsAndPagesStayExactUnderConcurrentWritesAndClears() {
        Accounts accounts = new Accounts(api);
        accounts.enableMultiUser();
        ApiClient admin = api.withToken(accounts.login(ADMIN, ADMIN_PASSWORD));
        controls.setEnv("GATEHOUSE_LOCKOUT_THRESHOLD", "0");
        controls.setEnv("GATEHOUSE_LOCKOUT_ADDRESS_THRESHOLD", "0");
        List<ApiResponse> answers = Race.atOnce(240, i -> i == 80 || i == 160
                ? admin.delete("/api/system/event-logs")
                : i % 3 == 0 ? admin.post("/api/system/event-logs", "{\"offset\":" + (i % 7) + "}")
                : api.post("/api/request-token", Accounts.credentials("ghost" + i, "whatever-password")));
        answers.forEach(Race::assertNoServerError);

        List<Integer> stored = controls.events().stream().map(e -> e.getInt("id")).sorted(Comparator.reverseOrder()).toList();
        JsonObject first = admin.post("/api/system/event-logs", "{\"offset\":0}").expectStatus(200).json();
        assertEquals(stored.size(), first.getInt("totalLogs"), "the total is the events there are");
        List<Integer> paged = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonObject answer = admin.post("/api/system/event-logs", "{\"offset\":" + page + "}").expectStatus(200).json();
            answer.getJsonArray("logs").getValuesAs(JsonObject.class).forEach(log -> paged.add(log.getInt("id")));
            assertEquals(stored.size(), answer.getInt("totalLogs"));
            if (!answer.getBoolean("hasPages")) {
                break;
            }
        }
        assertEquals(stored, paged, "every event on one page, newest first");
        controls.assertInvariants();

        // The writes left several deltas per bucket; the server folds them every second (RowTallyFolding).
        for (int waited = 0; controls.crowdedTallies() > 0; waited++) {
            assertTrue(waited < 100, "the server folded its row tallies within 20 seconds");
            sleep(Duration.ofMillis(200));
        }
        controls.assertInvariants();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}

