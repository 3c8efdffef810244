package org.gatehouse.auth;

import static org.gatehouse.testing.Accounts.ADMIN;
import static org.gatehouse.testing.Accounts.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.gatehouse.testing.Accounts;
import org.gatehouse.testing.GatehouseIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sessions in multi-user mode: every 401 of contract 1.5, refresh-user, revocation and the role guard. */
class MultiUserSessionIT extends GatehouseIT {

    private Accounts accounts;
    private int janeId;

    @BeforeEach
    void multiUserWithJane() {
        accounts = new Accounts(api);
        accounts.enableMultiUser();
        janeId = controls.createUser("jane", "jane-password-2026", "default", false);
    }

    @Test
    void aValidSessionPassesAndRefreshUserReturnsTheStoredUser() {
        String token = accounts.login("jane", "jane-password-2026");
        api.withToken(token).get("/api/system/check-token").expectStatus(200).expectText("OK");
        JsonObject body = api.withToken(token).get("/api/system/refresh-user").expectStatus(200).json();
        assertEquals(true, body.getBoolean("success"));
        assertEquals("jane", body.getJsonObject("user").getString("username"));
        assertEquals(true, body.isNull("message"));
    }

    @Test
    void noToken() {
        api.get("/api/system/check-token").expectStatus(401).expectJson("{\"error\":\"No auth token found.\"}");
        api.withHeader("Authorization", "null").get("/api/system/check-token").expectStatus(401)
                .expectJson("{\"error\":\"No auth token found.\"}");
    }

    @Test
    void invalidExpiredAndForgedTokens() {
        String token = accounts.login("jane", "jane-password-2026");
        String expected = "{\"error\":\"Invalid auth token.\"}";
        api.withToken("garbage").get("/api/system/check-token").expectStatus(401).expectJson(expected);
        api.withToken(Jwts.unsigned("{\"id\":" + janeId + "}")).get("/api/system/check-token").expectJson(expected);
        api.withToken(Jwts.hs256("{\"id\":" + janeId + ",\"exp\":4102444800}", "guessed-secret"))
                .get("/api/system/check-token").expectJson(expected);
        controls.setClock(Instant.now().plus(Duration.ofDays(31)));
        api.withToken(token).get("/api/system/check-token").expectStatus(401).expectJson(expected);
    }

    @Test
    void aSingleUserTokenIsInvalidOnceMultiUserModeIsOn() {
        controls.reset();
        controls.setEnv("AUTH_TOKEN", "single_user_password");
        String singleUserToken = accounts.loginSingleUser("single_user_password");
        api.withToken(singleUserToken).post("/api/system/enable-multi-user",
                Accounts.credentials(ADMIN, ADMIN_PASSWORD)).expectStatus(200);
        api.withToken(singleUserToken).get("/api/system/check-token").expectStatus(401)
                .expectJson("{\"error\":\"Invalid auth token.\"}");
    }

    @Test
    void aDeletedUsersToken() {
        String token = accounts.login("jane", "jane-password-2026");
        controls.deleteUser(janeId);
        api.withToken(token).get("/api/system/check-token").expectStatus(401)
                .expectJson("{\"error\":\"Invalid auth for user.\"}");
    }

    @Test
    void aSuspendedUsersToken() {
        String token = accounts.login("jane", "jane-password-2026");
        controls.suspendUser(janeId);
        api.withToken(token).get("/api/system/check-token").expectStatus(401)
                .expectJson("{\"error\":\"User is suspended from system\"}");
        api.withToken(token).get("/api/system/refresh-user").expectStatus(401)
                .expectJson("{\"error\":\"User is suspended from system\"}");
        controls.unsuspendUser(janeId);
        api.withToken(token).get("/api/system/check-token").expectStatus(401)
                .expectJson("{\"error\":\"Invalid auth token.\"}");
        api.withToken(accounts.login("jane", "jane-password-2026")).get("/api/system/check-token").expectStatus(200);
    }

    @Test
    void logoutEndsEveryEarlierSessionOfThatUserOnly() {
        String first = accounts.login("jane", "jane-password-2026");
        String second = accounts.login("jane", "jane-password-2026");
        String admin = accounts.login(ADMIN, ADMIN_PASSWORD);
        api.withToken(first).post("/api/system/logout", "").expectStatus(200).expectJson("{\"success\":true}");
        api.withToken(first).get("/api/system/check-token").expectStatus(401)
                .expectJson("{\"error\":\"Invalid auth token.\"}");
        api.withToken(second).get("/api/system/check-token").expectStatus(401);
        api.withToken(admin).get("/api/system/check-token").expectStatus(200);
        api.withToken(accounts.login("jane", "jane-password-2026")).get("/api/system/check-token").expectStatus(200);
        var logouts = controls.events("logout_event");
        assertEquals(1, logouts.size(), "the sign-out is in the event log");
        assertEquals("jane", logouts.get(0).getJsonObject("metadata").getString("username"));
    }

    @Test
    void anAdminEndsAUsersSessions() {
        String jane = accounts.login("jane", "jane-password-2026");
        String admin = accounts.login(ADMIN, ADMIN_PASSWORD);
        api.withToken(admin).post("/api/admin/user/" + janeId + "/revoke-sessions", "").expectStatus(200)
                .expectJson("{\"success\":true,\"error\":null}");
        api.withToken(jane).get("/api/system/check-token").expectStatus(401);
        JsonObject event = controls.events("user_sessions_revoked").get(0);
        assertEquals("{\"username\":\"jane\",\"revokedBy\":\"admin\"}", event.getJsonObject("metadata").toString());
        api.withToken(admin).post("/api/admin/user/9999/revoke-sessions", "").expectStatus(404)
                .expectJson("{\"success\":false,\"error\":\"User not found\"}");
    }

    @Test
    void aManagerCannotEndAnAdminsSessionsAndADefaultUserCannotEndAnyone() {
        controls.createUser("mia", "mia-password-2026", "manager", false);
        String manager = accounts.login("mia", "mia-password-2026");
        String admin = accounts.login(ADMIN, ADMIN_PASSWORD);
        int adminId = api.withToken(admin).get("/api/system/refresh-user").json().getJsonObject("user").getInt("id");
        api.withToken(manager).post("/api/admin/user/" + adminId + "/revoke-sessions", "").expectStatus(200)
                .expectJson("{\"success\":false,\"error\":\"Cannot perform that action on user.\"}");
        api.withToken(admin).get("/api/system/check-token").expectStatus(200);
        api.withToken(manager).post("/api/admin/user/" + janeId + "/revoke-sessions", "").expectStatus(200)
                .expectJson("{\"success\":true,\"error\":null}");

        String jane = accounts.login("jane", "jane-password-2026");
        api.withToken(jane).post("/api/admin/user/" + adminId + "/revoke-sessions", "").expectStatus(401)
                .expectContentType("text/plain").expectText("Unauthorized");
    }

    @Test
    void singleUserPasswordManagementIsClosedInMultiUserMode() {
        String admin = accounts.login(ADMIN, ADMIN_PASSWORD);
        api.withToken(admin).post("/api/system/update-password", "{\"usePassword\":false}").expectStatus(401)
                .expectContentType("text/plain").expectText("Unauthorized");
    }

    @Test
    void strictRoleEndpointsAreClosedInSingleUserMode() {
        controls.reset();
        api.post("/api/admin/user/1/revoke-sessions", "").expectStatus(401).expectText("Unauthorized");
    }
}
