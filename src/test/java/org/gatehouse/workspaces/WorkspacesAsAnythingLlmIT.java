package org.gatehouse.workspaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.gatehouse.testing.ApiClient;
import org.gatehouse.testing.TeamIT;
import org.junit.jupiter.api.Test;

/**
 * Workspace answers checked against AnythingLLM's own code: the membership rows of a default user's view
 * (E112), manage-users' member order (E96), the built-in prompt, and the cases Gatehouse answers better.
 */
class WorkspacesAsAnythingLlmIT extends TeamIT {

    private static final String BUILT_IN_PROMPT = "Given the following conversation, relevant context, and a follow up "
            + "question, reply with an answer to the current question the user is asking. The current date and time is "
            + "{datetime}. Return only your response to the question given the above information following the users "
            + "instructions as needed.";

    @Test
    void aDefaultUsersViewOfAWorkspaceCarriesItsMembershipRowsAsPrismaIncludesThem() {
        int id = admin.post("/api/admin/workspaces/new", "{\"name\":\"Alpha\"}").json().getJsonObject("workspace").getInt("id");
        admin.post("/api/admin/workspaces/" + id + "/update-users", "{\"userIds\":[" + memberId + "," + managerId + "]}")
                .expectJson("{\"success\":true,\"error\":null}");

        JsonObject opened = member.get("/api/workspace/alpha").expectStatus(200).json().getJsonObject("workspace");
        List<String> keys = new ArrayList<>(opened.keySet());
        assertEquals(List.of("router_id", "workspace_users", "documents", "contextWindow", "currentContextTokenCount"),
                keys.subList(keys.indexOf("router_id"), keys.size()), "the included relation follows the row, before documents");
        List<JsonObject> rows = opened.getJsonArray("workspace_users").getValuesAs(JsonObject.class);
        assertEquals(2, rows.size(), "every member's row, not only the caller's");
        assertEquals(List.of("id", "user_id", "workspace_id", "createdAt", "lastUpdatedAt"), new ArrayList<>(rows.get(0).keySet()));
        assertEquals(List.of(memberId, managerId), rows.stream().map(row -> row.getInt("user_id")).toList());
        assertTrue(rows.stream().allMatch(row -> row.getInt("workspace_id") == id));
        assertTrue(rows.get(0).getInt("id") < rows.get(1).getInt("id"));
        assertTrue(rows.get(0).getString("createdAt").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));

        assertFalse(manager.get("/api/workspace/alpha").json().getJsonObject("workspace").containsKey("workspace_users"),
                "admins and managers are answered by Workspace.get, which includes documents only");
        assertFalse(admin.get("/api/workspace/alpha").json().getJsonObject("workspace").containsKey("workspace_users"));
    }

    @Test
    void inSingleUserModeTheWorkspaceHasNoMembershipRows() {
        controls.reset();
        api.post("/api/workspace/new", "{\"name\":\"Solo\"}").expectStatus(200);
        JsonObject opened = api.get("/api/workspace/solo").json().getJsonObject("workspace");
        assertFalse(opened.containsKey("workspace_users"));
        assertEquals(0, opened.getJsonArray("documents").size());
    }

    @Test
    void manageUsersListsMembersByUserId() {
        ApiClient v1 = api.withToken(admin.post("/api/admin/generate-api-key", "{}").json().getJsonObject("apiKey").getString("secret"));
        v1.post("/api/v1/workspace/new", "{\"name\":\"Beta\"}").expectStatus(200);
        assertTrue(managerId < memberId);

        assertEquals(List.of("dan"), usernames(v1.post("/api/v1/admin/workspaces/beta/manage-users",
                "{\"userIds\":[" + memberId + "]}").expectStatus(200).json()));
        assertEquals(List.of("mia", "dan"), usernames(v1.post("/api/v1/admin/workspaces/beta/manage-users",
                "{\"userIds\":[" + managerId + "]}").expectStatus(200).json()), "mia joined last but has the lower id");
        assertEquals(List.of("mia", "dan"), usernames(v1.post("/api/v1/admin/workspaces/beta/manage-users",
                "{\"userIds\":[" + memberId + "," + managerId + "],\"reset\":true}").expectStatus(200).json()));
        assertEquals(List.of("mia", "dan"), usernames(v1.post("/api/v1/admin/workspaces/beta/manage-users",
                "{\"userIds\":[4242]}").expectStatus(404).json()));
        assertEquals(List.of("mia", "dan"), usernames(v1.post("/api/v1/admin/workspaces/beta/manage-users",
                "{\"userIds\":\"all\"}").expectStatus(400).json()));
    }

    @Test
    void theBuiltInPromptIsAnythingLlmsWithItsDateAndTimeVariable() {
        assertEquals(BUILT_IN_PROMPT, admin.post("/api/admin/workspaces/new", "{\"name\":\"Alpha\"}").json()
                .getJsonObject("workspace").getString("openAiPrompt"));
        assertEquals(BUILT_IN_PROMPT, admin.get("/api/system/default-system-prompt").json().getString("saneDefaultSystemPrompt"));
    }

    @Test
    void aNumberAsAWorkspaceNameIsNoName() {
        admin.post("/api/admin/workspaces/new", "{\"name\":42}").expectStatus(200)
                .expectJson("{\"workspace\":null,\"error\":\"name cannot be null\"}");
        assertEquals("My Workspace", manager.post("/api/workspace/new", "{\"name\":42}").expectStatus(200).json()
                .getJsonObject("workspace").getString("name"));
        ApiClient v1 = api.withToken(admin.post("/api/admin/generate-api-key", "{}").json().getJsonObject("apiKey").getString("secret"));
        v1.post("/api/v1/workspace/new", "{\"name\":42}").expectStatus(400)
                .expectJson("{\"workspace\":null,\"message\":\"name cannot be null\"}");
        assertEquals(1, controls.counts().getInt("workspaces"));
    }

    @Test
    void updateUsersOnAMissingWorkspaceSaysSo() {
        admin.post("/api/admin/workspaces/4242/update-users", "{\"userIds\":[" + memberId + "]}").expectStatus(200)
                .expectJson("{\"success\":false,\"error\":\"Workspace not found\"}");
        admin.post("/api/admin/workspaces/abc/update-users", "{\"userIds\":\"x\"}").expectStatus(200)
                .expectJson("{\"success\":false,\"error\":\"Workspace not found\"}");
        assertEquals(0, controls.counts().getInt("workspace_users"));
        int id = admin.post("/api/admin/workspaces/new", "{\"name\":\"Alpha\"}").json().getJsonObject("workspace").getInt("id");
        admin.post("/api/admin/workspaces/" + id + "/update-users", "{\"userIds\":[4294967297]}")
                .expectJson("{\"success\":false,\"error\":\"Unknown user id: 4294967297\"}");
        assertEquals(1, admin.get("/api/admin/workspaces/" + id + "/users").json().getJsonArray("users").size(),
                "an id past int range is no user's: nothing changed");
    }

    private static List<String> usernames(JsonObject body) {
        return body.getJsonArray("users").getValuesAs(JsonObject.class).stream().map(u -> u.getString("username")).toList();
    }
}
