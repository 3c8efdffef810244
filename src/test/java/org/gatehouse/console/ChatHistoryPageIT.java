package org.gatehouse.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.gatehouse.testing.Accounts;
import org.gatehouse.testing.ApiClient;
import org.gatehouse.testing.Browser;
import org.gatehouse.testing.Team;
import org.gatehouse.testing.TeamIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/** The chat history page: filters in the address, delete one, clear all, the four exports, the disabling flag. */
class ChatHistoryPageIT extends TeamIT {

    private int alpha;
    private int beta;

    @BeforeEach
    void chatsInTwoWorkspaces() {
        alpha = admin.post("/api/admin/workspaces/new", "{\"name\":\"Alpha\"}").json().getJsonObject("workspace").getInt("id");
        beta = admin.post("/api/admin/workspaces/new", "{\"name\":\"Beta\"}").json().getJsonObject("workspace").getInt("id");
        controls.addContent(alpha, null);
        controls.addContent(beta, managerId);
        controls.addContent(beta, memberId);
    }

    @Test
    void aManagerFiltersByWorkspaceAndUserInTheAddress() {
        for (int i = 0; i < 21; i++) {
            controls.addContent(alpha, memberId);
        }
        try (Browser browser = Browser.open(api)) {
            browser.signIn(Team.MANAGER, Team.MANAGER_PASSWORD).go("/admin/chat-history");
            assertEquals("24 chats found", browser.find("#total").getText());
            assertEquals(20, rows(browser));
            assertEquals("Page 1 / 2", browser.find("#pageOf").getText());
            browser.screenshot("chat-history", 1280).screenshot("chat-history-phone", 390).assertAccessible();
            assertEquals(List.of(), InvitationsPageIT.overflowAt390(browser), "nothing is wider than a phone");

            new Select(browser.find("#workspace")).selectByVisibleText("Beta");
            browser.clickAndWait("#filterSubmit");
            assertEquals("/admin/chat-history?workspace=beta&user=", browser.path());
            assertEquals(List.of(Team.MEMBER, Team.MANAGER), authors(browser), "newest first");
            assertTrue(browser.find("#chats tbody tr .workspace").getText().equals("Beta"));

            browser.type("#user", Team.MEMBER).clickAndWait("#filterSubmit");
            assertEquals(List.of(Team.MEMBER), authors(browser));
            assertEquals("Beta", new Select(browser.find("#workspace")).getFirstSelectedOption().getText(), "the filter stays chosen");

            browser.go("/admin/chat-history?workspace=alpha&user=" + Team.MEMBER);
            assertEquals("21 chats found", browser.find("#total").getText());
            browser.clickAndWait("#nextPage");
            assertEquals("/admin/chat-history?workspace=alpha&user=" + Team.MEMBER + "&page=2", browser.path());
            assertEquals(1, rows(browser));

            browser.go("/admin/chat-history?user=nobody");
            assertTrue(browser.find("#unknownUser").getText().contains("nobody"));
            assertEquals(0, rows(browser));
            browser.go("/admin/chat-history?workspace=no-such-workspace");
            assertTrue(browser.has("#unknownWorkspace"));
            browser.clickAndWait("#clearFilters");
            assertEquals("24 chats found", browser.find("#total").getText());
        }
    }

    @Test
    void deletingOneAndClearingAllAskForConfirmation() {
        try (Browser browser = Browser.open(api)) {
            browser.signIn(Accounts.ADMIN, Accounts.ADMIN_PASSWORD).go("/admin/chat-history?workspace=beta");
            String newest = browser.find("#chats tbody tr").getAttribute("id");
            browser.clickAndWait("#" + newest + " .delete-link");
            assertTrue(browser.find("#confirmDelete").getText().contains(Team.MEMBER), browser.text());
            assertEquals(3, total(), "nothing is deleted before the confirmation");
            browser.screenshot("chat-history-confirm-delete", 1280).assertAccessible();
            browser.clickAndWait("#delete\\:confirm");
            assertEquals("/admin/chat-history?workspace=beta&deleted=1", browser.path());
            assertTrue(browser.has("#deletedMessage"));
            assertFalse(browser.has("#" + newest));
            assertEquals(List.of(Team.MANAGER), authors(browser));
            assertEquals(2, total());

            browser.clickAndWait("#clearAll");
            assertTrue(browser.has("#confirmClear"));
            assertEquals(2, total());
            browser.screenshot("chat-history-confirm-clear", 1280).assertAccessible();
            browser.clickAndWait("#themeSwitch");
            browser.screenshot("chat-history-confirm-clear-dark", 1280).assertAccessible();
            browser.clickAndWait("#clear\\:confirm");
            assertEquals("/admin/chat-history?cleared=2", browser.path());
            assertTrue(browser.find("#clearedMessage").getText().contains("2 chats deleted"), browser.text());
            assertEquals(0, rows(browser));
            assertEquals(0, total());
            JsonObject cleared = controls.events("workspace_chats_cleared").get(0);
            assertEquals("{\"count\":2}", cleared.getJsonObject("metadata").toString());
        }
    }

    @Test
    void eachExportIsAStreamedDownloadOfItsFormatLoggedAsTheApisExport() {
        try (Browser browser = Browser.open(api)) {
            browser.signIn(Team.MANAGER, Team.MANAGER_PASSWORD).go("/admin/chat-history");
            assertEquals("no-store", post(browser, "export", "export:download", "format", "csv").get(3), "chats are kept by no cache");
            List<String> csv = export(browser, "csv");
            assertEquals("200 text/csv;charset=utf-8 attachment; filename=chats.csv", csv.get(0));
            List<String> lines = csv.get(1).lines().toList();
            assertEquals("id,username,workspace,prompt,response,sent_at,rating", lines.get(0));
            assertEquals(4, lines.size());
            assertTrue(lines.get(1).contains(",\"unknown user\",\"Alpha\",\"hello\",\"hi\","), lines.get(1));
            assertTrue(lines.get(3).contains(",\"" + Team.MEMBER + "\",\"Beta\","), "oldest first: " + lines);

            List<String> json = export(browser, "json");
            assertEquals("200 application/json;charset=utf-8 attachment; filename=chats.json", json.get(0));
            JsonArray rows = Json.createReader(new StringReader(json.get(1))).readArray();
            assertEquals(List.of("unknown user", Team.MANAGER, Team.MEMBER),
                    rows.getValuesAs(JsonObject.class).stream().map(row -> row.getString("username")).toList());

            List<String> jsonl = export(browser, "jsonl");
            assertEquals("200 application/jsonl;charset=utf-8 attachment; filename=chats.jsonl", jsonl.get(0));
            List<String> records = jsonl.get(1).lines().toList();
            assertEquals(3, records.size());
            JsonObject record = Json.createReader(new StringReader(records.get(0))).readObject();
            assertEquals(List.of("system", "user", "assistant"), record.getJsonArray("messages").getValuesAs(JsonObject.class)
                    .stream().map(m -> m.getString("role")).toList());

            List<String> alpaca = export(browser, "jsonAlpaca");
            JsonArray instructions = Json.createReader(new StringReader(alpaca.get(1))).readArray();
            assertEquals(3, instructions.size());
            assertEquals("hello", instructions.getJsonObject(0).getString("input"));
            assertEquals("hi", instructions.getJsonObject(0).getString("output"));

            assertEquals(5, controls.events("exported_chats").size(), "each export is logged");
            assertEquals(java.util.Set.of("csv", "json", "jsonl", "jsonAlpaca"), controls.events("exported_chats").stream()
                    .map(event -> event.getJsonObject("metadata").getString("type")).collect(java.util.stream.Collectors.toSet()));
            JsonObject event = controls.events("exported_chats").get(0);
            assertEquals("workspace", event.getJsonObject("metadata").getString("chatType"));
            assertEquals(managerId, event.getInt("userId"), "by the manager, as the API records its caller");
        }
    }

    @Test
    void theDisablingFlagHidesAndRefusesThePageAndItsPosts() {
        try (Browser browser = Browser.open(api)) {
            browser.signIn(Accounts.ADMIN, Accounts.ADMIN_PASSWORD).go("/admin/chat-history");
            assertTrue(browser.has("#nav-chat-history"));
            controls.setEnv("DISABLE_VIEW_CHAT_HISTORY", "");
            assertEquals("403", export(browser, "csv").get(0).split(" ")[0], "a page opened before is refused its export");
            assertTrue(controls.events("exported_chats").isEmpty());
            browser.go("/admin/");
            assertFalse(browser.has("#nav-chat-history"), "not listed");
            browser.go("/admin/chat-history");
            assertTrue(browser.has("#forbidden"), browser.text());
            browser.screenshot("chat-history-disabled", 1280).assertAccessible();
            ApiClient pages = api.withHeader("Cookie", "gatehouse_session="
                    + browser.driver().manage().getCookieNamed("gatehouse_session").getValue());
            pages.get("/admin/chat-history").expectStatus(403);
            controls.unsetEnv("DISABLE_VIEW_CHAT_HISTORY");
            browser.go("/admin/chat-history");
            assertEquals("3 chats found", browser.find("#total").getText());
        }
    }

    @Test
    void aDefaultUserIsRefused() {
        try (Browser browser = Browser.open(api)) {
            browser.signIn(Team.MEMBER, Team.MEMBER_PASSWORD);
            assertFalse(browser.has("#nav-chat-history"));
            browser.go("/admin/chat-history");
            assertTrue(browser.has("#forbidden"));
        }
    }

    /** The export form posted as its download button posts it: "status type disposition" and the body. */
    static List<String> export(Browser browser, String format) {
        List<String> answer = post(browser, "export", "export:download", "format", format);
        return List.of(answer.get(0) + " " + answer.get(1) + " " + answer.get(2), answer.get(4));
    }

    /**
     * Posts one of the page's own forms from the page (its token, its view state, its fields with
     * {@code field} set to {@code value}, the button), with the page-session cookie, as a click does, without
     * leaving the page; answers status, content type, disposition, cache control and the body.
     */
    @SuppressWarnings("unchecked")
    static List<String> post(Browser browser, String form, String button, String field, String value) {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.getElementById(arguments[0]);
                const data = new FormData(form, document.getElementById(arguments[1]));
                data.set(arguments[2], arguments[3]);
                fetch(form.action, {method: 'POST', body: new URLSearchParams(data)})
                    .then(answer => answer.text().then(body => done([String(answer.status),
                        String(answer.headers.get('content-type')), String(answer.headers.get('content-disposition')),
                        String(answer.headers.get('cache-control')), body])));
                """, form, button, field, value);
    }

    private long total() {
        return admin.post("/api/system/workspace-chats", "{}").json().getInt("totalChats");
    }

    private static int rows(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#chats tbody tr")).size();
    }

    private static List<String> authors(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#chats tbody tr .author")).stream().map(e -> e.getText()).toList();
    }
}
