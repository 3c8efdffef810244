package org.gatehouse.apikeys;

import static org.gatehouse.testing.Accounts.ADMIN;
import static org.gatehouse.testing.Accounts.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.gatehouse.testing.Accounts;
import org.gatehouse.testing.ApiClient;
import org.gatehouse.testing.GatehouseIT;
import org.gatehouse.testing.Team;
import org.junit.jupiter.api.Test;

/** E47-E54: browser-extension keys, their 1.5 failures, visibility, hashing and re-owning. */
class BrowserExtensionKeysIT extends GatehouseIT {

    private static final String BRX = "brx-[0-9A-HJKMNP-TV-Z]{7}(-[0-9A-HJKMNP-TV-Z]{7}){3}";
    private static final String NO_KEY = "{\"error\":\"No valid API key found.\"}";

    @Test
    void singleUserModeKeysSeeEveryWorkspaceAndAreReownedByTheFirstAdmin() {
        String key = api.post("/api/browser-extension/api-keys/new", "").expectStatus(200).json().getString("apiKey");
        assertTrue(key.matches(BRX), key);
        api.post("/api/workspace/new", "{\"name\":\"Solo\"}").expectStatus(200);
        JsonObject check = api.withToken(key).get("/api/browser-extension/check").expectStatus(200).json();
        assertEquals(true, check.getBoolean("connected"));
        assertEquals(1, check.getJsonArray("workspaces").size());

        JsonObject listed = api.get("/api/browser-extension/api-keys").json().getJsonArray("apiKeys").getJsonObject(0);
        assertEquals(key.substring(0, 11) + "-*******-*******-*******", listed.getString("key"));
        assertTrue(listed.isNull("user"));

        new Accounts(api).enableMultiUser();
        ApiClient admin = api.withToken(new Accounts(api).login(ADMIN, ADMIN_PASSWORD));
        JsonObject owned = admin.get("/api/browser-extension/api-keys").json().getJsonArray("apiKeys").getJsonObject(0);
        assertEquals("admin", owned.getJsonObject("user").getString("username"), "handed to the first admin");
        assertFalse(owned.toString().contains("password"), "no password hash, unlike AnythingLLM");
        api.withToken(key).get("/api/browser-extension/workspaces").expectStatus(200);
    }

    @Test
    void everyFailureBodyOfTheExtensionCheck() {
        api.get("/api/browser-extension/check").expectStatus(403).expectJson(NO_KEY);
        api.withToken("not-brx").get("/api/browser-extension/check").expectStatus(403).expectJson(NO_KEY);
        api.withToken("brx-0000000-0000000-0000000-0000000").get("/api/browser-extension/check").expectStatus(403).expectJson(NO_KEY);

        String ownerless = api.post("/api/browser-extension/api-keys/new", "").json().getString("apiKey");
        api.post("/api/__test__/browser-keys/disown", "{}").expectStatus(204);
        Accounts accounts = new Accounts(api);
        accounts.enableMultiUser();
        api.post("/api/__test__/browser-keys/disown", "{}").expectStatus(204);
        api.withToken(ownerless).get("/api/browser-extension/check").expectStatus(403).expectJson(NO_KEY);

        int danId = controls.createUser("dan", "dan-password-2026", "manager", false);
        ApiClient dan = api.withToken(accounts.login("dan", "dan-password-2026"));
        String dansKey = dan.post("/api/browser-extension/api-keys/new", "").json().getString("apiKey");
        controls.suspendUser(danId);
        api.withToken(dansKey).get("/api/browser-extension/check").expectStatus(401)
                .expectJson("{\"error\":\"User is suspended from system\"}");
        controls.unsuspendUser(danId);
        api.withToken(dansKey).get("/api/browser-extension/check").expectStatus(200);
    }

    @Test
    void managersManageOnlyTheirOwnKeysAndDefaultUsersNone() {
        Team team = Team.signIn(api, controls);
        ApiClient admin = team.admin();
        ApiClient mia = team.manager();
        ApiClient dan = team.member();

        admin.post("/api/browser-extension/api-keys/new", "").expectStatus(200);
        mia.post("/api/browser-extension/api-keys/new", "").expectStatus(200);
        dan.post("/api/browser-extension/api-keys/new", "").expectStatus(401).expectText("Unauthorized");

        List<JsonObject> miasView = mia.get("/api/browser-extension/api-keys").json().getJsonArray("apiKeys")
                .getValuesAs(JsonObject.class);
        assertEquals(1, miasView.size(), "a manager sees only their own keys");
        assertEquals(2, admin.get("/api/browser-extension/api-keys").json().getJsonArray("apiKeys").size());

        int adminsKey = admin.get("/api/browser-extension/api-keys").json().getJsonArray("apiKeys").getJsonObject(0).getInt("id");
        mia.delete("/api/browser-extension/api-keys/" + adminsKey).expectStatus(403).expectJson("{\"error\":\"Unauthorized\"}");
        mia.delete("/api/browser-extension/api-keys/" + miasView.get(0).getInt("id")).expectStatus(200)
                .expectJson("{\"success\":true}");
        admin.delete("/api/browser-extension/api-keys/9999").expectStatus(404).expectJson("{\"error\":\"Failed to revoke API key\"}");
    }

    @Test
    void aDefaultUsersWorkspacesAndDisconnect() {
        Accounts accounts = new Accounts(api);
        accounts.enableMultiUser();
        ApiClient admin = api.withToken(accounts.login(ADMIN, ADMIN_PASSWORD));
        int alpha = admin.post("/api/admin/workspaces/new", "{\"name\":\"Alpha\"}").json().getJsonObject("workspace").getInt("id");
        admin.post("/api/admin/workspaces/new", "{\"name\":\"Beta\"}");
        int danId = controls.createUser("dan", "dan-password-2026", "manager", false);
        ApiClient dan = api.withToken(accounts.login("dan", "dan-password-2026"));
        String key = dan.post("/api/browser-extension/api-keys/new", "").json().getString("apiKey");
        admin.post("/api/admin/user/" + danId, "{\"role\":\"default\"}").expectJson("{\"success\":true,\"error\":null}");
        admin.post("/api/admin/workspaces/" + alpha + "/update-users", "{\"userIds\":[" + danId + "]}");

        List<JsonObject> visible = api.withToken(key).get("/api/browser-extension/workspaces").json()
                .getJsonArray("workspaces").getValuesAs(JsonObject.class);
        assertEquals(List.of("alpha"), visible.stream().map(w -> w.getString("slug")).toList());

        api.withToken(key).post("/api/browser-extension/embed-content", "{}").expectStatus(501);
        api.withToken(key).delete("/api/browser-extension/disconnect").expectStatus(200).expectJson("{\"success\":true}");
        api.withToken(key).get("/api/browser-extension/check").expectStatus(403).expectJson(NO_KEY);
    }

    @Test
    void theDatabaseNeverHoldsTheKey() {
        String key = api.post("/api/browser-extension/api-keys/new", "").json().getString("apiKey");
        String dump = api.get("/api/__test__/dump/browser_extension_api_keys").text();
        assertFalse(dump.contains(key));
        assertFalse(dump.contains(key.substring(12)));
        assertTrue(dump.contains(key.substring(0, 11)));
        api.withToken(key).get("/api/browser-extension/check").expectStatus(200);
    }
}
