package org.gatehouse.auth;

import static org.gatehouse.testing.Accounts.ADMIN;
import static org.gatehouse.testing.Accounts.ADMIN_PASSWORD;
import static org.gatehouse.testing.Accounts.credentials;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.HashSet;
import java.util.List;
import org.gatehouse.testing.Accounts;
import org.gatehouse.testing.GatehouseIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** E11 in multi-user mode (contract 3.4): every answer, every event, and first-login recovery codes. */
class MultiUserLoginIT extends GatehouseIT {

    private static final String UUID_V4 = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    private int janeId;

    @BeforeEach
    void multiUserWithJane() {
        new Accounts(api).enableMultiUser();
        janeId = controls.createUser("jane", "jane-password-2026", "default", false);
    }

    @Test
    void firstLoginShowsFourRecoveryCodesOnce() {
        JsonObject first = api.post("/api/request-token", credentials("jane", "jane-password-2026"))
                .expectStatus(200).json();
        assertEquals(List.of("valid", "user", "token", "message", "recoveryCodes"), List.copyOf(first.keySet()));
        assertTrue(first.getBoolean("valid"));
        assertTrue(first.isNull("message"));
        JsonObject user = first.getJsonObject("user");
        assertEquals(janeId, user.getInt("id"));
        assertEquals("jane", user.getString("username"));
        assertEquals(0, user.getInt("suspended"));
        assertEquals(false, user.getBoolean("seen_recovery_codes"), "the value from before this login");
        assertFalse(user.containsKey("password"));
        assertFalse(user.containsKey("web_push_subscription_config"));
        List<String> codes = first.getJsonArray("recoveryCodes").getValuesAs(jakarta.json.JsonString::getString);
        assertEquals(4, new HashSet<>(codes).size());
        codes.forEach(code -> assertTrue(code.matches(UUID_V4), code));

        JsonObject second = api.post("/api/request-token", credentials("jane", "jane-password-2026")).json();
        assertFalse(second.containsKey("recoveryCodes"));
        assertEquals(true, second.getJsonObject("user").getBoolean("seen_recovery_codes"));

        List<JsonObject> logins = controls.events("login_event");
        assertEquals(2, logins.size());
        assertEquals("{\"ip\":\"127.0.0.1\",\"username\":\"jane\"}", logins.get(0).getJsonObject("metadata").toString());
        assertEquals(janeId, logins.get(0).getInt("userId"));
        assertFalse(controls.events().toString().contains(codes.get(0)), "recovery codes never reach the log");
    }

    @Test
    void unknownUsername() {
        api.post("/api/request-token", credentials("nobody", "whatever-password")).expectStatus(200)
                .expectJson("{\"user\":null,\"valid\":false,\"token\":null,\"message\":\"[001] Invalid login credentials.\"}");
        JsonObject event = controls.events("failed_login_invalid_username").get(0);
        assertEquals("{\"ip\":\"127.0.0.1\",\"username\":\"nobody\"}", event.getJsonObject("metadata").toString());
        assertTrue(event.isNull("userId"));
    }

    @Test
    void missingUsernameIsLoggedAsUnknownUser() {
        api.post("/api/request-token", "{\"password\":\"whatever-password\"}").expectStatus(200)
                .expectJson("{\"user\":null,\"valid\":false,\"token\":null,\"message\":\"[001] Invalid login credentials.\"}");
        assertEquals("Unknown user", controls.events("failed_login_invalid_username").get(0)
                .getJsonObject("metadata").getString("username"));
    }

    @Test
    void wrongPassword() {
        api.post("/api/request-token", credentials("jane", "not-her-password")).expectStatus(200)
                .expectJson("{\"user\":null,\"valid\":false,\"token\":null,\"message\":\"[002] Invalid login credentials.\"}");
        JsonObject event = controls.events("failed_login_invalid_password").get(0);
        assertEquals("{\"ip\":\"127.0.0.1\",\"username\":\"jane\"}", event.getJsonObject("metadata").toString());
        assertEquals(janeId, event.getInt("userId"));
        assertFalse(controls.events().toString().contains("not-her-password"));
    }

    @Test
    void usernamesAreCaseSensitive() {
        api.post("/api/request-token", credentials("Jane", "jane-password-2026"))
                .expectJson("{\"user\":null,\"valid\":false,\"token\":null,\"message\":\"[001] Invalid login credentials.\"}");
    }

    @Test
    void suspendedAccountIsRevealedOnlyAfterTheRightPassword() {
        int bobId = controls.createUser("bob", "bob-password-2026", "default", true);
        api.post("/api/request-token", credentials("bob", "wrong-password-1")).expectJson(
                "{\"user\":null,\"valid\":false,\"token\":null,\"message\":\"[002] Invalid login credentials.\"}");
        api.post("/api/request-token", credentials("bob", "bob-password-2026")).expectStatus(200).expectJson(
                "{\"user\":null,\"valid\":false,\"token\":null,\"message\":\"[004] Account suspended by admin.\"}");
        JsonObject event = controls.events("failed_login_account_suspended").get(0);
        assertEquals("{\"ip\":\"127.0.0.1\",\"username\":\"bob\"}", event.getJsonObject("metadata").toString());
        assertEquals(bobId, event.getInt("userId"));
    }

    @Test
    void ssoNoLoginDisablesCredentialLogin() {
        controls.setEnv("SIMPLE_SSO_ENABLED", "");
        controls.setEnv("SIMPLE_SSO_NO_LOGIN", "false");
        api.post("/api/request-token", credentials(ADMIN, ADMIN_PASSWORD)).expectStatus(403).expectJson(
                "{\"user\":null,\"valid\":false,\"token\":null,"
                        + "\"message\":\"[005] Login via credentials has been disabled by the administrator.\"}");
    }

    @Test
    void aJsonBodyWithoutContentTypeWorksToo() {
        api.send("POST", "/api/request-token", null, credentials("jane", "jane-password-2026"))
                .expectStatus(200);
        api.send("POST", "/api/request-token", "application/json", credentials("jane", "jane-password-2026"))
                .expectStatus(200);
    }

    @Test
    void aFormBodySignsInLikeAJsonOne() {
        String form = "application/x-www-form-urlencoded";
        JsonObject first = api.send("POST", "/api/request-token", form, "username=jane&password=jane-password-2026")
                .expectStatus(200).expectContentType("application/json").json();
        assertEquals(List.of("valid", "user", "token", "message", "recoveryCodes"), List.copyOf(first.keySet()));
        assertEquals("jane", first.getJsonObject("user").getString("username"));
        api.withToken(first.getString("token")).get("/api/system/check-token").expectStatus(200);

        controls.createUser("bob", "b@b pass+word", "default", false);
        api.send("POST", "/api/request-token", form + "; charset=UTF-8", "username=bob&password=b%40b+pass%2Bword")
                .expectStatus(200);
        api.send("POST", "/api/request-token", form, "username=jane&password=not-her-password").expectStatus(200)
                .expectJson("{\"user\":null,\"valid\":false,\"token\":null,\"message\":\"[002] Invalid login credentials.\"}");
        api.send("POST", "/api/request-token", form, "password=whatever-password").expectStatus(200)
                .expectJson("{\"user\":null,\"valid\":false,\"token\":null,\"message\":\"[001] Invalid login credentials.\"}");
        assertEquals("Unknown user", controls.events("failed_login_invalid_username").get(0)
                .getJsonObject("metadata").getString("username"));
        assertEquals("{\"ip\":\"127.0.0.1\",\"username\":\"jane\"}",
                controls.events("failed_login_invalid_password").get(0).getJsonObject("metadata").toString());
    }
}
