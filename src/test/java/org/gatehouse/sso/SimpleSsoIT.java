package org.gatehouse.sso;

import static org.gatehouse.testing.Accounts.ADMIN;
import static org.gatehouse.testing.Accounts.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.gatehouse.testing.Accounts;
import org.gatehouse.testing.ApiClient;
import org.gatehouse.testing.GatehouseIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Simple SSO (contract 3.8, E12, E100): issue through /api/v1, redeem once for a session. */
class SimpleSsoIT extends GatehouseIT {

    private ApiClient integration;
    private int janeId;

    @BeforeEach
    void ssoInstance() {
        Accounts accounts = new Accounts(api);
        accounts.enableMultiUser();
        janeId = controls.createUser("jane", "jane-password-2026", "default", false);
        ApiClient admin = api.withToken(accounts.login(ADMIN, ADMIN_PASSWORD));
        integration = api.withToken(admin.post("/api/admin/generate-api-key", "{\"name\":\"portal\"}").json()
                .getJsonObject("apiKey").getString("secret"));
        controls.setEnv("SIMPLE_SSO_ENABLED", "");
    }

    private String issue() {
        JsonObject issued = integration.get("/api/v1/users/" + janeId + "/issue-auth-token").expectStatus(200).json();
        String token = issued.getString("token");
        assertTrue(token.matches("allm-tat-[0-9A-HJKMNP-TV-Z]{7}(-[0-9A-HJKMNP-TV-Z]{7}){3}"), token);
        assertEquals("/sso/simple?token=" + token, issued.getString("loginPath"));
        return token;
    }

    private static String failure(String reason) {
        return "{\"valid\":false,\"token\":null,\"message\":\"[001] An error occurred while validating the token: " + reason + "\"}";
    }

    @Test
    void aTokenWorksOnceForASession() {
        String token = issue();
        JsonObject session = api.get("/api/request-token/sso/simple?token=" + token).expectStatus(200).json();
        assertTrue(session.getBoolean("valid"));
        assertEquals("jane", session.getJsonObject("user").getString("username"));
        assertFalse(session.containsKey("recoveryCodes"), "SSO logins never issue recovery codes");
        api.withToken(session.getString("token")).get("/api/system/check-token").expectStatus(200);
        assertEquals(janeId, controls.events("login_event").get(1).getInt("userId"));

        api.get("/api/request-token/sso/simple?token=" + token).expectStatus(401).expectJson(failure("Invalid token."));
        JsonObject refused = controls.events("failed_login_invalid_temporary_auth_token").get(0);
        assertEquals("{\"ip\":\"127.0.0.1\",\"multiUserMode\":true}", refused.getJsonObject("metadata").toString());
    }

    @Test
    void expiredSuspendedMissingAndSupersededTokensFail() {
        Instant now = Instant.parse("2026-08-01T10:00:00Z");
        controls.setClock(now);
        String expiring = issue();
        controls.setClock(now.plus(Duration.ofMinutes(6)));
        api.get("/api/request-token/sso/simple?token=" + expiring).expectStatus(401).expectJson(failure("Token expired."));

        String first = issue();
        String second = issue();
        api.get("/api/request-token/sso/simple?token=" + first).expectJson(failure("Invalid token."));
        controls.suspendUser(janeId);
        api.get("/api/request-token/sso/simple?token=" + second).expectJson(failure("User account suspended."));
        api.get("/api/request-token/sso/simple").expectJson(failure("Public token is required to validate a temporary auth token."));
        integration.get("/api/v1/users/9999/issue-auth-token").expectStatus(404).expectJson("{\"error\":\"User not found\"}");
    }

    @Test
    void theLifetimeIsConfigurable() {
        Instant now = Instant.parse("2026-08-01T10:00:00Z");
        controls.setClock(now);
        controls.setEnv("GATEHOUSE_SSO_TOKEN_MINUTES", "30");
        String token = issue();
        controls.setClock(now.plus(Duration.ofMinutes(29)));
        api.get("/api/request-token/sso/simple?token=" + token).expectStatus(200);
    }

    @Test
    void theGatesAnswerInPlainText() {
        controls.unsetEnv("SIMPLE_SSO_ENABLED");
        String off = "Simple SSO is not enabled. It must be enabled to validate or issue temporary auth tokens.";
        api.get("/api/request-token/sso/simple?token=x").expectStatus(403).expectContentType("text/html").expectText(off);
        integration.get("/api/v1/users/" + janeId + "/issue-auth-token").expectStatus(403).expectText(off);
        api.get("/api/v1/users/" + janeId + "/issue-auth-token").expectStatus(403)
                .expectJson("{\"error\":\"No valid api key found.\"}");
    }

    @Test
    void singleUserModeHasNoSso() {
        controls.reset();
        controls.setEnv("SIMPLE_SSO_ENABLED", "");
        api.get("/api/request-token/sso/simple?token=x").expectStatus(403)
                .expectText("Multi-User mode is not enabled. It must be enabled to use Simple SSO.");
    }

    @Test
    void theDatabaseNeverHoldsTheToken() {
        String token = issue();
        String dump = api.get("/api/__test__/dump/temporary_auth_tokens").text();
        assertFalse(dump.contains(token));
        assertFalse(dump.contains(token.substring(9)));
        api.get("/api/request-token/sso/simple?token=" + token).expectStatus(200);
    }

    @Test
    void withCredentialLoginDisabledInviteCreationChecksTheCallerFirst() {
        ApiClient admin = api.withToken(new Accounts(api).login(ADMIN, ADMIN_PASSWORD));
        String jane = new Accounts(api).login("jane", "jane-password-2026");
        controls.setEnv("SIMPLE_SSO_NO_LOGIN", "");
        api.post("/api/admin/invite/new", "{}").expectStatus(401).expectJson("{\"error\":\"No auth token found.\"}");
        api.withToken("not-a-session").post("/api/admin/invite/new", "{}").expectStatus(401)
                .expectJson("{\"error\":\"Invalid auth token.\"}");
        api.withToken(jane).post("/api/admin/invite/new", "{}").expectStatus(401).expectText("Unauthorized");
        admin.post("/api/admin/invite/new", "{}").expectStatus(403).expectJson(
                "{\"success\":false,\"error\":\"Login via credentials has been disabled by the administrator.\"}");
        assertTrue(controls.events("invite_created").isEmpty());
    }
}
