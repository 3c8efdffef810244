package org.gatehouse.developer;

import static org.gatehouse.testing.Accounts.ADMIN;
import static org.gatehouse.testing.Accounts.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.gatehouse.testing.Accounts;
import org.gatehouse.testing.ApiClient;
import org.gatehouse.testing.GatehouseIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** E87-E99 and E102: the developer API's administration, with a key, in both modes. */
class V1AdminIT extends GatehouseIT {

    private ApiClient v1;
    private ApiClient admin;
    private int adminId;

    @BeforeEach
    void keyInMultiUserMode() {
        Accounts accounts = new Accounts(api);
        accounts.enableMultiUser();
        admin = api.withToken(accounts.login(ADMIN, ADMIN_PASSWORD));
        adminId = admin.get("/api/system/refresh-user").json().getJsonObject("user").getInt("id");
        v1 = api.withToken(admin.post("/api/admin/generate-api-key", "{}").json().getJsonObject("apiKey").getString("secret"));
    }

    @Test
    void users() {
        JsonObject created = v1.post("/api/v1/admin/users/new",
                "{\"username\":\"ops\",\"password\":\"ops-password-2026\",\"role\":\"admin\"}").expectStatus(200).json();
        int opsId = created.getJsonObject("user").getInt("id");
        assertEquals("admin", created.getJsonObject("user").getString("role"), "no role restriction for keys");
        v1.post("/api/v1/admin/users/new", "{\"username\":\"ops\",\"password\":\"ops-password-2026\"}").expectStatus(400)
                .expectJson("{\"user\":null,\"error\":\"A user with that username already exists\"}");
        assertEquals(2, v1.get("/api/v1/admin/users").expectStatus(200).json().getJsonArray("users").size());

        v1.post("/api/v1/admin/users/" + opsId, "{\"bio\":\"on call\"}").expectJson("{\"success\":true,\"error\":null}");
        v1.delete("/api/v1/admin/users/" + opsId).expectJson("{\"success\":true,\"error\":null}");
        JsonObject deleted = controls.events("api_user_deleted").get(0);
        assertEquals("{\"userName\":\"ops\"}", deleted.getJsonObject("metadata").toString());
        assertTrue(deleted.isNull("userId"));

        String last = "{\"success\":false,\"error\":\"No system admins will remain if you do this. Update failed.\"}";
        v1.post("/api/v1/admin/users/" + adminId, "{\"role\":\"default\"}").expectJson(last);
        v1.delete("/api/v1/admin/users/" + adminId).expectJson(last);
        v1.post("/api/v1/admin/users/9999", "{\"role\":\"admin\"}").expectJson("{\"success\":false,\"error\":\"User not found\"}");
        v1.delete("/api/v1/admin/users/9999").expectJson("{\"success\":false,\"error\":\"User not found\"}");
    }

    @Test
    void invites() {
        JsonObject invite = v1.post("/api/v1/admin/invite/new", "{}").expectStatus(200).json().getJsonObject("invite");
        assertEquals(0, invite.getInt("createdBy"));
        assertEquals("[]", invite.getString("workspaceIds"));
        assertEquals(0, v1.get("/api/v1/admin/invites").json().getJsonArray("invites").getJsonObject(0).getInt("createdBy"));
        v1.delete("/api/v1/admin/invite/" + invite.getInt("id")).expectJson("{\"success\":true,\"error\":null}");
        v1.delete("/api/v1/admin/invite/x").expectStatus(400).expectJson("{\"success\":false,\"error\":\"Invalid invite id\"}");
        v1.delete("/api/v1/admin/invite/9999").expectStatus(404)
                .expectJson("{\"success\":false,\"error\":\"Invite not found or already disabled\"}");
        assertTrue(controls.events("invite_created").isEmpty(), "no events from /v1 invites, as in AnythingLLM");
    }

    @Test
    void workspaceMembers() {
        int alpha = admin.post("/api/admin/workspaces/new", "{\"name\":\"Alpha\"}").json().getJsonObject("workspace").getInt("id");
        int dan = controls.createUser("dan", "dan-password-2026", "default", false);
        int eve = controls.createUser("eve", "eve-password-2026", "default", false);

        JsonObject added = v1.post("/api/v1/admin/workspaces/alpha/manage-users", "{\"userIds\":[" + dan + ",4242]}")
                .expectStatus(200).json();
        assertEquals(List.of("admin", "dan"), usernames(added));
        JsonObject reset = v1.post("/api/v1/admin/workspaces/alpha/manage-users", "{\"userIds\":[" + eve + "],\"reset\":true}")
                .expectStatus(200).json();
        assertEquals(List.of("eve"), usernames(reset));
        v1.post("/api/v1/admin/workspaces/alpha/manage-users", "{\"userIds\":[4242]}").expectStatus(404)
                .expectJson("{\"success\":false,\"error\":\"No valid user IDs provided.\",\"users\":"
                        + reset.getJsonArray("users") + "}");
        v1.post("/api/v1/admin/workspaces/nowhere/manage-users", "{\"userIds\":[" + dan + "]}").expectStatus(404)
                .expectJson("{\"success\":false,\"error\":\"Workspace nowhere not found\",\"users\":[]}");
        assertEquals(List.of("eve"), usernames(v1.get("/api/v1/admin/workspaces/" + alpha + "/users").json()));
        v1.post("/api/v1/admin/workspaces/" + alpha + "/update-users", "{\"userIds\":[" + dan + "]}")
                .expectJson("{\"success\":true,\"error\":null}");
        assertEquals(List.of("dan"), usernames(v1.get("/api/v1/admin/workspaces/" + alpha + "/users").json()));
    }

    @Test
    void chatsPreferencesUsersAndSystem() {
        int alpha = admin.post("/api/admin/workspaces/new", "{\"name\":\"Alpha\"}").json().getJsonObject("workspace").getInt("id");
        controls.addContent(alpha, adminId);
        JsonObject chats = v1.post("/api/v1/admin/workspace-chats", "{}").expectStatus(200).json();
        assertEquals(1, chats.getJsonArray("chats").size());
        assertEquals(false, chats.getBoolean("hasPages"));
        assertTrue(!chats.containsKey("totalChats"));

        v1.post("/api/v1/admin/preferences", "{\"custom_app_name\":\"Via API\"}").expectJson("{\"success\":true,\"error\":null}");
        api.get("/api/system/custom-app-name").expectJson("{\"customAppName\":\"Via API\"}");

        JsonObject users = v1.get("/api/v1/users").expectStatus(200).json();
        assertEquals("{\"id\":" + adminId + ",\"username\":\"admin\",\"role\":\"admin\"}", users.getJsonArray("users").getJsonObject(0).toString());
        assertEquals(true, v1.get("/api/v1/system").json().getJsonObject("settings").getBoolean("MultiUserMode"));
    }

    @Test
    void multiUserOnlyEndpointsAnswerText401InSingleUserMode() {
        controls.reset();
        ApiClient key = api.withToken(api.post("/api/system/generate-api-key", "{}").json().getJsonObject("apiKey").getString("secret"));
        for (String path : List.of("/api/v1/admin/users", "/api/v1/admin/invites", "/api/v1/admin/workspaces/1/users")) {
            key.get(path).expectStatus(401).expectText("Unauthorized");
        }
        key.get("/api/v1/users").expectStatus(401).expectText("Instance is not in Multi-User mode. Permission denied.");
        key.post("/api/v1/admin/workspace-chats", "{}").expectStatus(200);
        key.get("/api/v1/system").expectStatus(200);
        api.get("/api/v1/admin/users").expectStatus(403).expectJson("{\"error\":\"No valid api key found.\"}");
    }

    private static List<String> usernames(JsonObject body) {
        return body.getJsonArray("users").getValuesAs(JsonObject.class).stream().map(u -> u.getString("username")).toList();
    }
}
