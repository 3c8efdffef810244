package org.gatehouse.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gatehouse.testing.Accounts;
import org.gatehouse.testing.GatehouseIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Single-user mode: the open instance, AUTH_TOKEN sign-in (contract 3.3), its 401s (1.5) and E17. */
class SingleUserSessionIT extends GatehouseIT {

    private static final String PASSWORD = "correct-horse_battery!";
    private Accounts accounts;

    @BeforeEach
    void accounts() {
        accounts = new Accounts(api);
    }

    @Test
    void anOpenInstanceLetsEveryoneThrough() {
        api.get("/api/system/check-token").expectStatus(200).expectText("OK");
        api.withHeader("Authorization", "null").get("/api/system/refresh-user").expectStatus(200)
                .expectJson("{\"success\":true,\"user\":null,\"message\":null}");
        api.post("/api/onboarding", "").expectStatus(200).expectText("OK");
        api.get("/api/onboarding").expectJson("{\"onboardingComplete\":true}");
    }

    @Test
    void withAPasswordEveryRequestNeedsAToken() {
        controls.setEnv("AUTH_TOKEN", PASSWORD);
        api.get("/api/system/check-token").expectStatus(401).expectJson("{\"error\":\"No auth token found.\"}");
        api.withHeader("Authorization", "null").get("/api/system/check-token").expectStatus(401)
                .expectJson("{\"error\":\"No auth token found.\"}");
        api.withHeader("Authorization", "Bearer  two-spaces").get("/api/system/check-token").expectStatus(401)
                .expectJson("{\"error\":\"No auth token found.\"}");
        api.withToken("not-a-jwt").get("/api/system/check-token").expectStatus(401)
                .expectJson("{\"error\":\"Token expired or failed validation.\"}");
        api.post("/api/onboarding", "").expectStatus(401);
    }

    @Test
    void theRightPasswordGivesAWorkingTokenAndLogsIn() {
        controls.setEnv("AUTH_TOKEN", PASSWORD);
        JsonObject body = api.post("/api/request-token", "{\"password\":\"" + PASSWORD + "\"}")
                .expectStatus(200).json();
        assertEquals(List.of("valid", "token", "message"), List.copyOf(body.keySet()), "no user key in single-user mode");
        assertTrue(body.getBoolean("valid"));
        assertTrue(body.isNull("message"));
        String token = body.getString("token");
        api.withToken(token).get("/api/system/check-token").expectStatus(200).expectText("OK");
        api.withHeader("Authorization", "Token " + token).get("/api/system/check-token").expectStatus(200);
        api.withToken(token).get("/api/system/refresh-user")
                .expectJson("{\"success\":true,\"user\":null,\"message\":null}");

        JsonObject event = controls.events("login_event").get(0);
        assertEquals("{\"ip\":\"127.0.0.1\",\"multiUserMode\":false}", event.getJsonObject("metadata").toString());
        assertTrue(event.isNull("userId"));
    }

    @Test
    void aWrongPasswordIs401AndLogged() {
        controls.setEnv("AUTH_TOKEN", PASSWORD);
        api.post("/api/request-token", "{\"password\":\"guess\"}").expectStatus(401)
                .expectJson("{\"valid\":false,\"token\":null,\"message\":\"[003] Invalid password provided\"}");
        JsonObject event = controls.events("failed_login_invalid_password").get(0);
        assertEquals("{\"ip\":\"127.0.0.1\",\"multiUserMode\":false}", event.getJsonObject("metadata").toString());
        assertFalse(controls.events().toString().contains("guess"), "the attempted password is never logged");
    }

    @Test
    void changingAuthTokenEndsEverySingleUserSession() {
        controls.setEnv("AUTH_TOKEN", PASSWORD);
        String token = accounts.loginSingleUser(PASSWORD);
        controls.setEnv("AUTH_TOKEN", "another_password");
        api.withToken(token).get("/api/system/check-token").expectStatus(401)
                .expectJson("{\"error\":\"Invalid auth credentials.\"}");
    }

    @Test
    void changingJwtSecretEndsEverySingleUserSession() {
        controls.setEnv("AUTH_TOKEN", PASSWORD);
        String token = accounts.loginSingleUser(PASSWORD);
        controls.setEnv("JWT_SECRET", "a-brand-new-secret-of-sufficient-length");
        api.withToken(token).get("/api/system/check-token").expectStatus(401)
                .expectJson("{\"error\":\"Token expired or failed validation.\"}");
    }

    @Test
    void tokensExpireAfterJwtExpiry() {
        controls.setEnv("AUTH_TOKEN", PASSWORD);
        controls.setEnv("JWT_EXPIRY", "1h");
        String token = accounts.loginSingleUser(PASSWORD);
        controls.setClock(Instant.now().plus(Duration.ofMinutes(59)));
        api.withToken(token).get("/api/system/check-token").expectStatus(200);
        controls.setClock(Instant.now().plus(Duration.ofMinutes(61)));
        api.withToken(token).get("/api/system/check-token").expectStatus(401)
                .expectJson("{\"error\":\"Token expired or failed validation.\"}");
    }

    @Test
    void unsignedAndForeignTokensAreRefused() {
        controls.setEnv("AUTH_TOKEN", PASSWORD);
        for (String forged : List.of(Jwts.unsigned("{\"p\":\"x\"}"), Jwts.hs256("{\"p\":\"x\",\"exp\":4102444800}", "other-secret"),
                Jwts.hs512("{\"p\":\"x\",\"exp\":4102444800}"))) {
            api.withToken(forged).get("/api/system/check-token").expectStatus(401)
                    .expectJson("{\"error\":\"Token expired or failed validation.\"}");
        }
    }

    @Test
    void logoutEndsEarlierSingleUserSessionsButANewLoginWorks() {
        controls.setEnv("AUTH_TOKEN", PASSWORD);
        String token = accounts.loginSingleUser(PASSWORD);
        api.withToken(token).post("/api/system/logout", "").expectStatus(200).expectJson("{\"success\":true}");
        api.withToken(token).get("/api/system/check-token").expectStatus(401)
                .expectJson("{\"error\":\"Token expired or failed validation.\"}");
        api.withToken(accounts.loginSingleUser(PASSWORD)).get("/api/system/check-token").expectStatus(200);
        assertEquals(1, controls.events("logout_event").size(), "the sign-out is in the event log");
    }

    @Test
    void updatePasswordSetsChangesAndRemovesThePassword() {
        api.post("/api/system/update-password", "{\"usePassword\":true,\"newPassword\":\"" + PASSWORD + "\"}")
                .expectStatus(200).expectJson("{\"success\":true}");
        api.get("/api/system/check-token").expectStatus(401);
        String token = accounts.loginSingleUser(PASSWORD);

        api.withToken(token).post("/api/system/update-password", "{\"usePassword\":true,\"newPassword\":\"new_one!\"}")
                .expectStatus(200).expectJson("{\"success\":true}");
        api.withToken(token).get("/api/system/check-token").expectStatus(401);
        token = accounts.loginSingleUser("new_one!");

        api.withToken(token).post("/api/system/update-password", "{\"usePassword\":false}")
                .expectStatus(200).expectJson("{\"success\":true,\"error\":null}");
        api.get("/api/system/check-token").expectStatus(200);
        assertEquals(false, api.get("/api/setup-complete").json().getJsonObject("results").getBoolean("RequiresAuth"));
    }

    @Test
    void updatePasswordRefusesRestrictedCharactersAndChangesNothing() {
        controls.setEnv("AUTH_TOKEN", PASSWORD);
        String token = accounts.loginSingleUser(PASSWORD);
        api.withToken(token).post("/api/system/update-password", "{\"usePassword\":true,\"newPassword\":\"has space\"}")
                .expectStatus(200).expectJson("{\"success\":false,\"error\":\"Your password has restricted characters "
                        + "in it. Allowed symbols are _,-,!,@,$,%,^,&,*,(,),;\"}");
        api.withToken(token).get("/api/system/check-token").expectStatus(200);
    }

    @Test
    void aFormBodyCarriesThePasswordToo() {
        controls.setEnv("AUTH_TOKEN", PASSWORD);
        String form = "application/x-www-form-urlencoded";
        String token = api.send("POST", "/api/request-token", form, "password=correct-horse_battery%21")
                .expectStatus(200).json().getString("token");
        api.withToken(token).get("/api/system/check-token").expectStatus(200).expectText("OK");
        api.send("POST", "/api/request-token", form, "password=guess").expectStatus(401)
                .expectJson("{\"valid\":false,\"token\":null,\"message\":\"[003] Invalid password provided\"}");
    }

    @Test
    void aBodyWithoutPasswordIsAWrongPassword() {
        controls.setEnv("AUTH_TOKEN", PASSWORD);
        api.post("/api/request-token", "{}").expectStatus(401)
                .expectJson("{\"valid\":false,\"token\":null,\"message\":\"[003] Invalid password provided\"}");
        assertEquals(1, controls.events("failed_login_invalid_password").size());
    }
}
