package org.gatehouse.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.gatehouse.testing.Accounts;
import org.gatehouse.testing.ApiClient;
import org.gatehouse.testing.Browser;
import org.gatehouse.testing.Team;
import org.gatehouse.testing.TeamIT;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The event log page in a real browser: filters in the address, chips, export, clear, retention; admins only. */
class EventLogPageIT extends TeamIT {

    private static final String FAILED = "failed_login_invalid_password";

    @Test
    void anAdminFiltersFailedPasswordsOfOneUserOverADayAndTheExportHoldsExactlyThoseRows() {
        Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
        Instant day = today.plus(Duration.ofDays(2));
        failAt(today.plus(Duration.ofDays(1)).plus(Duration.ofHours(10)), Team.MEMBER, Team.MEMBER, Team.MANAGER);
        failAt(day.plus(Duration.ofHours(9)), Team.MEMBER, Team.MANAGER);
        failAt(day.plus(Duration.ofHours(18)), Team.MEMBER, "nobody-at-all");
        failAt(day.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(1)), Team.MEMBER);
        controls.setClock(day.plus(Duration.ofDays(1)).plus(Duration.ofHours(2)));
        try (Browser browser = Browser.open(api)) {
            browser.signIn(Accounts.ADMIN, Accounts.ADMIN_PASSWORD).go("/admin/event-log");
            browser.screenshot("event-log", 1280).screenshot("event-log-phone", 390).assertAccessible();
            new Select(browser.find("#type")).selectByValue(FAILED);
            browser.type("#user", Team.MEMBER);
            setValue(browser, "#from", day.toString().substring(0, 16));
            setValue(browser, "#to", day.plus(Duration.ofDays(1)).toString().substring(0, 16));
            browser.clickAndWait("#applyFilters");

            assertTrue(browser.path().startsWith("/admin/event-log?type=" + FAILED + "&user=dan&"), browser.path());
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("#events tbody tr"));
            assertEquals(2, rows.size(), browser.text());
            assertTrue(rows.stream().allMatch(row -> FAILED.equals(row.getAttribute("data-event"))));
            assertTrue(rows.stream().allMatch(row -> row.findElement(By.cssSelector(".user")).getText().equals(Team.MEMBER)));
            assertEquals("127.0.0.1", rows.get(0).findElement(By.cssSelector(".ip")).getText());
            assertTrue(rows.get(0).findElement(By.cssSelector(".pairs")).getText().contains("username"), "metadata as pairs");
            assertEquals(List.of("chip-type-" + FAILED, "chip-user", "chip-from", "chip-to"), chips(browser));
            browser.screenshot("event-log-filtered", 1280).assertAccessible();

            String firstId = rows.get(0).getAttribute("id").substring("event-".length());
            browser.find("#json-" + firstId + " summary").click();
            assertTrue(browser.find("#json-" + firstId + " pre").getText().contains("\"ip\": \"127.0.0.1\""), "the full JSON");
            browser.screenshot("event-log-expanded", 1280).assertAccessible();

            ApiClient page = pageClient(browser);
            String csv = page.get(href(browser, "#exportCsv")).expectStatus(200)
                    .expectHeader("Content-Disposition", "attachment; filename=event-logs.csv").text();
            List<String> lines = Arrays.asList(csv.split("\n"));
            assertEquals("id,event,metadata,userId,occurredAt", lines.get(0));
            assertEquals(3, lines.size(), csv);
            List<String> shownIds = rows.stream().map(row -> row.getAttribute("id").substring("event-".length())).toList();
            assertEquals(List.of(shownIds.get(1), shownIds.get(0)), lines.subList(1, 3).stream()
                    .map(line -> line.substring(0, line.indexOf(','))).toList(), "the rows shown, oldest first");
            assertTrue(lines.subList(1, 3).stream().allMatch(line -> line.contains(",\"" + FAILED + "\",") && line.contains("," + memberId + ",")));

            JsonArray json = Json.createReader(new StringReader(page.get(href(browser, "#exportJson")).expectStatus(200)
                    .expectContentType("application/json").text())).readArray();
            assertEquals(2, json.size());
            for (JsonObject event : json.getValuesAs(JsonObject.class)) {
                assertEquals(FAILED, event.getString("event"));
                assertEquals(memberId, event.getInt("userId"));
                Instant at = Instant.parse(event.getString("occurredAt"));
                assertFalse(at.isBefore(day) || !at.isBefore(day.plus(Duration.ofDays(1))), "within the day: " + at);
            }
            List<JsonObject> exports = controls.events("event_logs_exported");
            assertEquals(2, exports.size(), "each export is logged, as the API's is");
            JsonObject metadata = exports.get(0).getJsonObject("metadata");
            assertEquals(FAILED, metadata.getString("event"));
            assertEquals(memberId, metadata.getInt("userId"));
            assertEquals(day, Instant.parse(metadata.getString("from")));

            browser.driver().manage().addCookie(new org.openqa.selenium.Cookie("gatehouse_theme", "dark"));
            browser.go(browser.path()); // the dark look passes the same check
            assertTrue(browser.find("body").getAttribute("class").contains("theme-dark"));
            browser.screenshot("event-log-dark", 1280).assertAccessible();
        }
    }

    @Test
    void eachChipRemovesItsFilterOnly() {
        failAt(Instant.now().plus(Duration.ofMinutes(1)), Team.MEMBER, Team.MANAGER);
        try (Browser browser = Browser.open(api)) {
            browser.signIn(Accounts.ADMIN, Accounts.ADMIN_PASSWORD)
                    .go("/admin/event-log?type=" + FAILED + "&type=login_event&user=dan&ip=127.0.0.1");
            assertEquals(List.of("chip-type-" + FAILED, "chip-type-login_event", "chip-user", "chip-ip"), chips(browser));
            assertEquals(List.of(Team.MEMBER), users(browser));
            browser.clickAndWait("#remove-user");
            assertEquals("/admin/event-log?type=" + FAILED + "&type=login_event&ip=127.0.0.1", browser.path());
            assertTrue(users(browser).containsAll(List.of(Team.MEMBER, Team.MANAGER)), "mia's failure and logins too");
            browser.clickAndWait("#remove-type-login_event");
            assertEquals("/admin/event-log?type=" + FAILED + "&ip=127.0.0.1", browser.path());
            assertEquals(List.of(Team.MANAGER, Team.MEMBER), users(browser));
            assertTrue(new Select(browser.find("#type")).getAllSelectedOptions().stream()
                    .map(o -> o.getAttribute("value")).toList().equals(List.of(FAILED)), "the form shows the filters");
            browser.clickAndWait("#remove-ip").clickAndWait("#remove-type-" + FAILED);
            assertEquals("/admin/event-log", browser.path());
            assertFalse(browser.has("#chips"));

            browser.go("/admin/event-log?user=nobody-here&from=yesterday");
            assertEquals("No user is named nobody-here.", browser.find("#userError").getText());
            assertEquals("Enter a date and time such as 2026-03-14T09:30.", browser.find("#fromError").getText());
            assertFalse(browser.has("#exportCsv"), "a filter that cannot be read exports nothing");
            assertTrue(browser.has("#noEvents"));
        }
    }

    @Test
    void olderAndNewerWalkTheLogWithoutACount() {
        for (int i = 0; i < 30; i++) {
            admin.post("/api/admin/invite/new", "{}").expectStatus(200);
        }
        try (Browser browser = Browser.open(api)) {
            browser.signIn(Accounts.ADMIN, Accounts.ADMIN_PASSWORD).go("/admin/event-log");
            List<String> first = ids(browser);
            assertEquals(25, first.size());
            assertFalse(browser.has("#newerPage"));
            browser.clickAndWait("#olderPage");
            assertTrue(browser.path().contains("before="), browser.path());
            List<String> second = ids(browser);
            assertTrue(Integer.parseInt(second.get(0)) < Integer.parseInt(first.get(24)), "older events, none repeated");
            browser.clickAndWait("#newerPage");
            assertEquals(first, ids(browser), "newer leads back");
            browser.go("/admin/event-log?before=not-a-cursor");
            assertEquals(first, ids(browser), "a cursor that cannot be read is the newest slice");
        }
    }

    @Test
    void clearingAsksFirstAndLogsTheClear() {
        try (Browser browser = Browser.open(api)) {
            browser.signIn(Accounts.ADMIN, Accounts.ADMIN_PASSWORD).go("/admin/event-log?type=login_event");
            int before = ids(browser).size();
            assertTrue(before > 0);
            browser.clickAndWait("#clearLog");
            assertTrue(browser.find("#confirmClearPanel").getText().contains("Clear the whole event log?"));
            assertEquals("/admin/event-log?type=login_event", browser.path(), "the post keeps the address");
            browser.screenshot("event-log-confirm-clear", 1280).assertAccessible();
            browser.clickAndWait("#cancelClear");
            assertEquals(before, ids(browser).size(), "cancel clears nothing");

            browser.clickAndWait("#clearLog").clickAndWait("#confirmClearButton");
            assertTrue(browser.find("#messages").getText().contains("The event log was cleared."), browser.text());
            browser.go("/admin/event-log");
            assertEquals(List.of("event_logs_cleared"), browser.driver().findElements(By.cssSelector("#events tbody tr"))
                    .stream().map(row -> row.getAttribute("data-event")).toList(), "only the clear is left");
            assertEquals(Accounts.ADMIN, users(browser).get(0), "who cleared it");
        }
    }

    @Test
    void theRetentionIsShownAndChangedThroughUpdateEnvsControlAndLogged() {
        controls.setEnv("EVENT_LOG_RETENTION_DAYS", "90");
        try (Browser browser = Browser.open(api)) {
            browser.signIn(Accounts.ADMIN, Accounts.ADMIN_PASSWORD).go("/admin/event-log");
            assertEquals("Events older than 90 days are deleted every hour.", browser.find("#retentionStatus").getText());
            assertEquals("90", browser.find("#retention\\:retentionDays").getAttribute("value"));
            setValue(browser, "#retention\\:retentionDays", "0");
            browser.clickAndWait("#saveRetention");
            assertTrue(browser.find("#retention\\:retentionMessage").getText().contains("whole number of days from 1 to 36500"),
                    browser.text());
            ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('retentionCard').scrollIntoView();");
            browser.screenshot("event-log-retention-refused", 1280).assertAccessible();
            browser.type("#retention\\:retentionDays", "30").clickAndWait("#saveRetention");
            assertTrue(browser.find("#messages").getText().contains("events older than 30 days"), browser.text());
            assertEquals("Events older than 30 days are deleted every hour.", browser.find("#retentionStatus").getText());
            List<JsonObject> changes = controls.events("event_log_retention_updated");
            assertEquals(1, changes.size(), "the refused value logged nothing");
            assertEquals("30", changes.get(0).getJsonObject("metadata").getString("EventLogRetentionDays"));

            admin.post("/api/system/update-env", "{\"EventLogRetentionDays\":\"\"}").expectStatus(200);
            browser.go("/admin/event-log");
            assertEquals("Events are kept until the log is cleared.", browser.find("#retentionStatus").getText(),
                    "the API's change is the page's");
        }
    }

    @Test
    void aManagerIsRefusedThePageAndItsExport() {
        try (Browser browser = Browser.open(api)) {
            browser.signIn(Team.MANAGER, Team.MANAGER_PASSWORD).go("/admin/event-log");
            assertTrue(browser.has("#forbidden"), browser.text());
            assertFalse(browser.has("#nav-event-log"), "not offered in the sidebar");
            ApiClient page = pageClient(browser);
            page.get("/admin/event-log").expectStatus(403);
            page.get("/admin/event-log?export=csv").expectStatus(403);
            assertEquals(0, controls.events("event_logs_exported").size());
        }
    }

    /** Wrong passwords for these usernames, at this instant of the server's clock. */
    private void failAt(Instant at, String... usernames) {
        controls.setClock(at);
        for (String username : usernames) {
            api.post("/api/request-token", Accounts.credentials(username, "wrong-password")).expectStatus(200);
        }
    }

    static void setValue(Browser browser, String css, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", browser.find(css), value);
    }

    /** A client carrying the browser's page session cookie, as a download from the page does. */
    private ApiClient pageClient(Browser browser) {
        return api.withHeader("Cookie",
                "gatehouse_session=" + browser.driver().manage().getCookieNamed("gatehouse_session").getValue());
    }

    /** A link's target as a path of the server. */
    private static String href(Browser browser, String css) {
        java.net.URI uri = java.net.URI.create(browser.find(css).getAttribute("href"));
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    static List<String> chips(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#chips li")).stream().map(li -> li.getAttribute("id")).toList();
    }

    static List<String> ids(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#events tbody tr")).stream()
                .map(row -> row.getAttribute("id").substring("event-".length())).toList();
    }

    static List<String> users(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#events tbody td.user")).stream().map(WebElement::getText)
                .distinct().toList();
    }
}
