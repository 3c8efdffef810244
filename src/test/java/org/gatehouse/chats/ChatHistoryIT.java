package org.gatehouse.chats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.gatehouse.testing.ApiClient;
import org.gatehouse.testing.TeamIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** E57-E59: reviewing, deleting and exporting chats, behind the DISABLE_VIEW_CHAT_HISTORY gate. */
class ChatHistoryIT extends TeamIT {

    private int alpha;

    @BeforeEach
    void chatsInAWorkspace() {
        alpha = admin.post("/api/admin/workspaces/new", "{\"name\":\"Alpha\"}").json().getJsonObject("workspace").getInt("id");
        controls.addContent(alpha, memberId);
        controls.addContent(alpha, null);
    }

    @Test
    void listNewestFirstWithWorkspaceAndUser() {
        JsonObject page = manager.post("/api/system/workspace-chats", "{\"offset\":0,\"limit\":1}").expectStatus(200).json();
        assertEquals(2, page.getInt("totalChats"));
        assertTrue(page.getBoolean("hasPages"));
        JsonObject newest = page.getJsonArray("chats").getJsonObject(0);
        assertEquals("unknown user", newest.getJsonObject("user").getString("username"));
        assertEquals("{\"name\":\"Alpha\",\"slug\":\"alpha\"}", newest.getJsonObject("workspace").toString());
        assertEquals("{\"text\":\"hi\"}", newest.getString("response"), "response stays JSON text");
        JsonObject older = manager.post("/api/system/workspace-chats", "{\"offset\":1,\"limit\":1}").json()
                .getJsonArray("chats").getJsonObject(0);
        assertEquals("dan", older.getJsonObject("user").getString("username"));
        member.post("/api/system/workspace-chats", "{}").expectStatus(401).expectText("Unauthorized");
    }

    @Test
    void aPageFarPastTheEndIsEmpty() {
        manager.post("/api/system/workspace-chats", "{\"offset\":100000,\"limit\":100000}").expectStatus(200)
                .expectJson("{\"chats\":[],\"hasPages\":false,\"totalChats\":2}");
        manager.post("/api/system/workspace-chats", "{\"offset\":50000,\"limit\":50000}").expectStatus(200)
                .expectJson("{\"chats\":[],\"hasPages\":false,\"totalChats\":2}"); // 2.5e9 rows: past int range
        manager.post("/api/system/workspace-chats", "{\"offset\":1,\"limit\":2}").expectStatus(200)
                .expectJson("{\"chats\":[],\"hasPages\":false,\"totalChats\":2}");
        ApiClient v1 = api.withToken(admin.post("/api/admin/generate-api-key", "{}").json().getJsonObject("apiKey").getString("secret"));
        v1.post("/api/v1/admin/workspace-chats", "{\"offset\":100000}").expectStatus(200)
                .expectJson("{\"chats\":[],\"hasPages\":false}");
        assertEquals(2, v1.post("/api/v1/admin/workspace-chats", "{\"offset\":100001}").expectStatus(200).json()
                .getJsonArray("chats").size(), "an offset past the accepted range reads as the first page");
    }

    @Test
    void deleteOneThenAll() {
        int newest = admin.post("/api/system/workspace-chats", "{}").json().getJsonArray("chats").getJsonObject(0).getInt("id");
        admin.delete("/api/system/workspace-chats/" + newest).expectJson("{\"success\":true,\"error\":null}");
        assertEquals(1, admin.post("/api/system/workspace-chats", "{}").json().getInt("totalChats"));
        admin.delete("/api/system/workspace-chats/-1").expectJson("{\"success\":true,\"error\":null}");
        assertEquals(0, admin.post("/api/system/workspace-chats", "{}").json().getInt("totalChats"));
    }

    @Test
    void exportsInEveryFormat() {
        String csv = manager.get("/api/system/export-chats?type=csv&chatType=workspace").expectStatus(200)
                .expectContentType("text/csv").text();
        List<String> lines = csv.lines().toList();
        assertEquals("id,username,workspace,prompt,response,sent_at,rating", lines.get(0));
        assertEquals(3, lines.size());
        assertTrue(lines.get(1).contains("\"dan\",\"Alpha\",\"hello\",\"hi\""), lines.get(1));

        JsonArray json = Json.createReader(new StringReader(manager.get("/api/system/export-chats?type=json")
                .expectContentType("application/json").text())).readArray();
        assertEquals(2, json.size());
        assertEquals("hi", json.getJsonObject(0).getString("response"));

        List<String> jsonl = manager.get("/api/system/export-chats?type=nonsense").expectContentType("application/jsonl")
                .text().lines().toList();
        assertEquals(2, jsonl.size(), "unknown types fall back to jsonl");
        JsonObject record = Json.createReader(new StringReader(jsonl.get(0))).readObject();
        assertEquals(List.of("system", "user", "assistant"), record.getJsonArray("messages").getValuesAs(JsonObject.class)
                .stream().map(m -> m.getString("role")).toList());

        JsonArray alpaca = Json.createReader(new StringReader(manager.get("/api/system/export-chats?type=jsonAlpaca").text()))
                .readArray();
        assertEquals("hello", alpaca.getJsonObject(0).getString("input"));
        assertEquals("hi", alpaca.getJsonObject(0).getString("output"));

        assertEquals("[]", manager.get("/api/system/export-chats?type=json&chatType=embed").text());
        JsonObject event = controls.events("exported_chats").get(0);
        assertEquals("{\"type\":\"csv\",\"chatType\":\"workspace\"}", event.getJsonObject("metadata").toString());
        member.get("/api/system/export-chats?type=csv").expectStatus(401);
    }

    @Test
    void theGateAnswersBeforeAuthentication() {
        controls.setEnv("DISABLE_VIEW_CHAT_HISTORY", "");
        api.post("/api/system/workspace-chats", "{}").expectStatus(422).expectContentType("text/html")
                .expectText("This feature has been disabled by the administrator.");
        admin.get("/api/system/export-chats?type=csv").expectStatus(422);
        assertTrue(controls.events("exported_chats").isEmpty());
    }
}
