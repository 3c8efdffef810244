package org.gatehouse.invites;

import static org.gatehouse.testing.Accounts.ADMIN;
import static org.gatehouse.testing.Accounts.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.gatehouse.testing.Accounts;
import org.gatehouse.testing.ApiClient;
import org.gatehouse.testing.ApiResponse;
import org.gatehouse.testing.GatehouseIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** E24-E28 and lifecycle 6.1. */
class InvitationsIT extends GatehouseIT {

    private Accounts accounts;
    private ApiClient admin;
    private int adminId;
    private int alpha;

    @BeforeEach
    void adminWithAWorkspace() {
        accounts = new Accounts(api);
        accounts.enableMultiUser();
        admin = api.withToken(accounts.login(ADMIN, ADMIN_PASSWORD));
        adminId = admin.get("/api/system/refresh-user").json().getJsonObject("user").getInt("id");
        alpha = admin.post("/api/admin/workspaces/new", "{\"name\":\"Alpha\"}").json().getJsonObject("workspace").getInt("id");
    }

    private JsonObject invite(String workspaceIds) {
        return admin.post("/api/admin/invite/new", "{\"workspaceIds\":" + workspaceIds + ",\"role\":null}")
                .expectStatus(200).json().getJsonObject("invite");
    }

    @Test
    void createCheckAcceptAndList() {
        JsonObject invite = invite("[" + alpha + ",9999,\"x\"]");
        String code = invite.getString("code");
        assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{7}(-[0-9A-HJKMNP-TV-Z]{7}){3}"), code);
        assertEquals("pending", invite.getString("status"));
        assertEquals("[" + alpha + ",9999,\"x\"]", invite.getString("workspaceIds"), "JSON text, as given");
        assertEquals(adminId, invite.getInt("createdBy"));
        JsonObject created = controls.events("invite_created").get(0);
        assertEquals("{\"inviteCode\":\"" + code + "\",\"createdBy\":\"admin\"}", created.getJsonObject("metadata").toString());

        api.get("/api/invite/" + code).expectStatus(200)
                .expectJson("{\"invite\":{\"code\":\"" + code + "\",\"status\":\"pending\"},\"error\":null}");
        api.post("/api/invite/" + code, "{\"username\":\"newbie\",\"password\":\"newbie-password-2026\",\"role\":\"admin\"}")
                .expectStatus(200).expectJson("{\"success\":true,\"error\":null}");

        String token = accounts.login("newbie", "newbie-password-2026");
        JsonObject me = api.withToken(token).get("/api/system/refresh-user").json().getJsonObject("user");
        assertEquals("default", me.getString("role"), "invited accounts are always default users");
        List<JsonObject> visible = api.withToken(token).get("/api/workspaces").json().getJsonArray("workspaces")
                .getValuesAs(JsonObject.class);
        assertEquals(List.of("alpha"), visible.stream().map(w -> w.getString("slug")).toList());
        assertEquals(me.getInt("id"), controls.events("invite_accepted").get(0).getInt("userId"));

        api.get("/api/invite/" + code).expectJson("{\"invite\":null,\"error\":\"Invite is no longer valid.\"}");
        api.get("/api/invite/NOPE").expectJson("{\"invite\":null,\"error\":\"Invite not found.\"}");

        JsonObject listed = admin.get("/api/admin/invites").json().getJsonArray("invites").getJsonObject(0);
        assertEquals("{\"id\":" + me.getInt("id") + ",\"username\":\"newbie\"}", listed.getJsonObject("claimedBy").toString());
        assertEquals("{\"id\":" + adminId + ",\"username\":\"admin\"}", listed.getJsonObject("createdBy").toString());
        assertEquals("claimed", listed.getString("status"));
    }

    @Test
    void badAccountsLeaveTheInvitePending() {
        String code = invite("[]").getString("code");
        api.post("/api/invite/" + code, "{\"username\":\"Bad Name\",\"password\":\"newbie-password-2026\"}")
                .expectJson("{\"success\":false,\"error\":\"Username must start with a lowercase letter and only "
                        + "contain lowercase letters, numbers, underscores, hyphens, and periods\"}");
        api.get("/api/invite/" + code).expectJson("{\"invite\":{\"code\":\"" + code + "\",\"status\":\"pending\"},\"error\":null}");
    }

    @Test
    void deactivationDisablesEvenClaimedInvites() {
        JsonObject invite = invite("[]");
        admin.delete("/api/admin/invite/" + invite.getInt("id")).expectStatus(200)
                .expectJson("{\"success\":true,\"error\":null}");
        api.post("/api/invite/" + invite.getString("code"), "{\"username\":\"late\",\"password\":\"late-password-2026\"}")
                .expectJson("{\"success\":false,\"error\":\"Invite not found or is invalid.\"}");
        assertEquals("{\"deletedBy\":\"admin\"}", controls.events("invite_deleted").get(0).getJsonObject("metadata").toString());
        admin.delete("/api/admin/invite/9999").expectJson("{\"success\":false,\"error\":\"Invite not found\"}");
        admin.delete("/api/admin/invite/abc").expectJson("{\"success\":false,\"error\":\"Failed to deactivate invite\"}");
    }

    @Test
    void aCodeIsClaimedOnceEvenWhenManyAcceptAtOnce() {
        String code = invite("[" + alpha + "]").getString("code");
        List<CompletableFuture<ApiResponse>> accepts = IntStream.range(0, 6).mapToObj(i -> CompletableFuture.supplyAsync(() ->
                api.post("/api/invite/" + code, "{\"username\":\"racer" + i + "\",\"password\":\"racer-password-2026\"}")))
                .toList();
        List<ApiResponse> answers = accepts.stream().map(CompletableFuture::join).toList();
        assertEquals(1, answers.stream().filter(r -> r.json().getBoolean("success")).count(),
                answers.stream().map(ApiResponse::text).toList().toString());
        assertEquals(2, admin.get("/api/admin/users").json().getJsonArray("users").size(), "admin and one racer");
        assertEquals(1, controls.events("invite_accepted").size());
    }

    @Test
    void managersMayInviteDefaultUsersMayNot() {
        controls.createUser("mia", "mia-password-2026", "manager", false);
        controls.createUser("dan", "dan-password-2026", "default", false);
        api.withToken(accounts.login("mia", "mia-password-2026")).post("/api/admin/invite/new", "{}").expectStatus(200);
        api.withToken(accounts.login("dan", "dan-password-2026")).post("/api/admin/invite/new", "{}")
                .expectStatus(401).expectText("Unauthorized");
        api.withToken(accounts.login("dan", "dan-password-2026")).get("/api/admin/invites").expectStatus(401);
    }

    @Test
    void ssoOnlyLoginClosesInvitations() {
        String code = invite("[]").getString("code");
        controls.setEnv("SIMPLE_SSO_ENABLED", "");
        controls.setEnv("SIMPLE_SSO_NO_LOGIN", "");
        String closed = "{\"success\":false,\"error\":\"Login via credentials has been disabled by the administrator.\"}";
        admin.post("/api/admin/invite/new", "{}").expectStatus(403).expectJson(closed);
        api.post("/api/invite/" + code, "{\"username\":\"newbie\",\"password\":\"newbie-password-2026\"}")
                .expectStatus(403).expectJson(closed);
    }
}
