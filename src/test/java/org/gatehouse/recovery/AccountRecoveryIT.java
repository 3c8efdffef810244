package org.gatehouse.recovery;

import static org.gatehouse.testing.Accounts.credentials;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gatehouse.testing.Accounts;
import org.gatehouse.testing.Race;
import org.gatehouse.testing.GatehouseIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** E15 and E16 end to end (contract 6.2): codes, reset token, expiry, single use, sessions ended. */
class AccountRecoveryIT extends GatehouseIT {

    private static final String INVALID = "{\"success\":false,\"message\":\"Invalid recovery codes.\"}";

    private List<String> codes;
    private String janeToken;
    private final Instant start = Instant.parse("2026-07-01T09:00:00Z");

    @BeforeEach
    void janeHasSeenHerCodes() {
        new Accounts(api).enableMultiUser();
        controls.createUser("jane", "jane-password-2026", "default", false);
        controls.setClock(start);
        JsonObject login = api.post("/api/request-token", credentials("jane", "jane-password-2026")).json();
        codes = login.getJsonArray("recoveryCodes").getValuesAs(JsonString::getString);
        janeToken = login.getString("token");
    }

    private String recover(String first, String second) {
        return Json.createObjectBuilder().add("username", "jane")
                .add("recoveryCodes", Json.createArrayBuilder().add(first).add(second)).build().toString();
    }

    private static String reset(String token, String password) {
        return Json.createObjectBuilder().add("token", token).add("newPassword", password)
                .add("confirmPassword", password).build().toString();
    }

    @Test
    void twoCodesUnlockAResetThatSetsTheNewPasswordAndEndsOldSessions() {
        String resetToken = api.post("/api/system/recover-account", recover(codes.get(0), " " + codes.get(2) + " "))
                .expectStatus(200).json().getString("resetToken");
        api.post("/api/system/reset-password", reset(resetToken, "jane-new-password-2026")).expectStatus(200)
                .expectJson("{\"success\":true,\"message\":\"Password reset successful\"}");

        api.withToken(janeToken).get("/api/system/check-token").expectStatus(401)
                .expectJson("{\"error\":\"Invalid auth token.\"}");
        controls.setClock(start.plusSeconds(1));
        api.post("/api/request-token", credentials("jane", "jane-password-2026")).expectJson(
                "{\"user\":null,\"valid\":false,\"token\":null,\"message\":\"[002] Invalid login credentials.\"}");
        JsonObject again = api.post("/api/request-token", credentials("jane", "jane-new-password-2026")).json();
        assertEquals(4, again.getJsonArray("recoveryCodes").size(), "the old codes are gone; four new ones");

        api.post("/api/system/reset-password", reset(resetToken, "yet-another-password-1")).expectStatus(400)
                .expectJson("{\"success\":false}");
        api.post("/api/system/recover-account", recover(codes.get(0), codes.get(1))).expectStatus(400).expectJson(INVALID);

        JsonObject updated = controls.events("user_updated").get(0);
        assertEquals("{\"username\":\"jane\",\"changes\":{}}", updated.getJsonObject("metadata").toString());
        assertFalse(controls.events().toString().contains(resetToken), "the reset token never reaches the log");
    }

    @Test
    void theDatabaseNeverHoldsAResetToken() {
        String resetToken = api.post("/api/system/recover-account", recover(codes.get(0), codes.get(1)))
                .expectStatus(200).json().getString("resetToken");
        String dump = api.get("/api/__test__/dump/password_reset_tokens").expectStatus(200).text();
        assertFalse(dump.contains(resetToken));
        assertTrue(dump.contains(org.gatehouse.platform.crypto.SecretDigest.of(resetToken)), "only its hash");
    }

    @Test
    void theResetTokenExpiresAfterTenMinutes() {
        String resetToken = api.post("/api/system/recover-account", recover(codes.get(1), codes.get(3)))
                .expectStatus(200).json().getString("resetToken");
        controls.setClock(start.plus(Duration.ofMinutes(10)));
        api.post("/api/system/reset-password", reset(resetToken, "jane-new-password-2026")).expectStatus(400)
                .expectJson("{\"success\":false}");
        api.withToken(janeToken).get("/api/system/check-token").expectStatus(200);
    }

    @Test
    void wrongOrTooFewCodesAreRefusedAlike() {
        String stranger = "0b6e5b6c-51b9-4a57-9b9c-6b3c5d0a8f11";
        api.post("/api/system/recover-account", recover(codes.get(0), stranger)).expectStatus(400).expectJson(INVALID);
        api.post("/api/system/recover-account", recover(codes.get(0), codes.get(0))).expectStatus(400).expectJson(INVALID);
        api.post("/api/system/recover-account", recover(codes.get(0), "not-a-uuid")).expectStatus(400).expectJson(INVALID);
        api.post("/api/system/recover-account", "{\"username\":\"ghost\",\"recoveryCodes\":[\"" + codes.get(0)
                + "\",\"" + codes.get(1) + "\"]}").expectStatus(400).expectJson(INVALID);
        api.post("/api/system/recover-account", "{\"username\":\"jane\",\"recoveryCodes\":\"nope\"}")
                .expectStatus(400).expectJson(INVALID);
    }

    @Test
    void recoveryIsThrottledLikeSignIn() {
        String stranger = "0b6e5b6c-51b9-4a57-9b9c-6b3c5d0a8f11";
        for (int i = 0; i < 5; i++) {
            api.post("/api/system/recover-account", recover(codes.get(0), stranger)).expectStatus(400);
        }
        api.post("/api/system/recover-account", recover(codes.get(0), codes.get(1))).expectStatus(400).expectJson(INVALID);
        assertEquals(1, controls.events("failed_login_locked_out").size());
        controls.setClock(start.plus(Duration.ofSeconds(60)));
        api.post("/api/system/recover-account", recover(codes.get(0), codes.get(1))).expectStatus(200);
    }

    @Test
    void resetPasswordChecksItsInput() {
        String resetToken = api.post("/api/system/recover-account", recover(codes.get(0), codes.get(1)))
                .json().getString("resetToken");
        api.post("/api/system/reset-password", "{\"token\":\"" + resetToken + "\",\"newPassword\":\"  \",\"confirmPassword\":\"\"}")
                .expectStatus(400).expectJson("{\"success\":false,\"message\":\"Invalid password.\"}");
        api.post("/api/system/reset-password", "{\"token\":\"" + resetToken
                        + "\",\"newPassword\":\" jane-new-password-2026\",\"confirmPassword\":\" jane-new-password-2026\"}")
                .expectStatus(400).expectJson("{\"success\":false,\"message\":\"Passwords do not match\"}");
        api.post("/api/system/reset-password", reset(resetToken, "short")).expectStatus(400).expectJson("{\"success\":false}");
        api.post("/api/system/reset-password", reset(resetToken, "jane-new-password-2026")).expectStatus(200);
    }

    @Test
    void singleUserModeHasNoRecovery() {
        controls.reset();
        api.post("/api/system/recover-account", "{}").expectStatus(403).expectJson("{\"error\":\"Invalid request\"}");
        api.post("/api/system/reset-password", "{}").expectStatus(403).expectJson("{\"error\":\"Invalid request\"}");
        assertTrue(controls.events().isEmpty());
    }

    @Test
    void codesAreStoredOnlyAsDigests() {
        String dump = api.get("/api/__test__/dump/recovery_codes").expectStatus(200).text();
        for (String code : codes) {
            assertFalse(dump.contains(code));
            assertTrue(dump.contains(org.gatehouse.platform.crypto.SecretDigest.of(code)), "its SHA-256 digest");
        }
    }

    @Test
    void aHundredWrongRecoveriesAtOnceGetExactlyTheThresholdOfChecksAndEveryOneIsLogged() {
        String stranger = "0b6e5b6c-51b9-4a57-9b9c-6b3c5d0a8f11";
        Race.atOnce(100, i -> api.post("/api/system/recover-account", recover(codes.get(i % 4), stranger)))
                .forEach(answer -> answer.expectStatus(400).expectJson(INVALID));
        assertEquals(5, controls.events("failed_account_recovery").size());
        assertEquals(95, controls.events("failed_login_locked_out").size());
        api.post("/api/system/recover-account", recover(codes.get(0), codes.get(1))).expectStatus(400).expectJson(INVALID);
    }

    @Test
    void aUsernameLongerThanAnyAccountsIsRefusedAndLoggedShort() {
        String name = "j".repeat(100_000);
        api.post("/api/system/recover-account", "{\"username\":\"" + name + "\",\"recoveryCodes\":[\"" + codes.get(0)
                + "\",\"" + codes.get(1) + "\"]}").expectStatus(400).expectJson(INVALID);
        List<JsonObject> logged = controls.events("failed_account_recovery");
        assertEquals(1, logged.size());
        assertEquals("{\"ip\":\"127.0.0.1\",\"username\":\"" + "j".repeat(64) + "\u2026\"}",
                logged.get(0).getJsonObject("metadata").toString());
    }
}
