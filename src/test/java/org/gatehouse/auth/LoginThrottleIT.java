package org.gatehouse.auth;

import static org.gatehouse.testing.Accounts.credentials;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gatehouse.testing.Accounts;
import org.gatehouse.testing.ApiResponse;
import org.gatehouse.testing.Race;
import org.gatehouse.testing.GatehouseIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Brute-force protection on sign-in: lock after 5 failures, waits doubling, answers like a wrong password. */
class LoginThrottleIT extends GatehouseIT {

    private static final String WRONG = "{\"user\":null,\"valid\":false,\"token\":null,"
            + "\"message\":\"[002] Invalid login credentials.\"}";

    private Instant now;

    @BeforeEach
    void multiUserWithJane() {
        new Accounts(api).enableMultiUser();
        controls.createUser("jane", "jane-password-2026", "default", false);
        now = Instant.parse("2026-06-01T12:00:00Z");
        controls.setClock(now);
    }

    private void failTimes(int times) {
        for (int i = 0; i < times; i++) {
            api.post("/api/request-token", credentials("jane", "wrong-password-" + i)).expectJson(WRONG);
        }
    }

    private void at(Duration later) {
        controls.setClock(now.plus(later));
    }

    @Test
    void fiveFailuresLockTheAccountAndTheRightPasswordIsRefusedLikeAWrongOne() {
        failTimes(4);
        api.post("/api/request-token", credentials("jane", "jane-password-2026")).expectStatus(200);
        failTimes(5);
        api.post("/api/request-token", credentials("jane", "jane-password-2026")).expectStatus(200).expectJson(WRONG);
        assertEquals(1, controls.events("failed_login_locked_out").size());
        assertEquals("{\"ip\":\"127.0.0.1\",\"username\":\"jane\"}",
                controls.events("failed_login_locked_out").get(0).getJsonObject("metadata").toString());

        at(Duration.ofSeconds(59));
        api.post("/api/request-token", credentials("jane", "jane-password-2026")).expectJson(WRONG);
        at(Duration.ofSeconds(60));
        api.post("/api/request-token", credentials("jane", "jane-password-2026")).expectStatus(200);
    }

    @Test
    void theWaitDoublesWithEachFurtherFailure() {
        failTimes(5);
        at(Duration.ofSeconds(60));
        failTimes(1); // sixth failure: two minutes
        now = now.plusSeconds(60);
        at(Duration.ofSeconds(119));
        api.post("/api/request-token", credentials("jane", "jane-password-2026")).expectJson(WRONG);
        at(Duration.ofSeconds(120));
        api.post("/api/request-token", credentials("jane", "jane-password-2026")).expectStatus(200);
    }

    @Test
    void failuresAreForgottenAfterTwelveQuietHours() {
        failTimes(4);
        at(Duration.ofHours(12));
        failTimes(1);
        api.post("/api/request-token", credentials("jane", "jane-password-2026")).expectStatus(200)
                .json().getBoolean("valid");
        assertEquals(0, controls.events("failed_login_locked_out").size());
    }

    @Test
    void anUnknownUsernameIsThrottledToo() {
        for (int i = 0; i < 5; i++) {
            api.post("/api/request-token", credentials("ghost", "x-password-" + i)).expectStatus(200);
        }
        api.post("/api/request-token", credentials("ghost", "x-password")).expectJson(
                "{\"user\":null,\"valid\":false,\"token\":null,\"message\":\"[001] Invalid login credentials.\"}");
        assertEquals(1, controls.events("failed_login_locked_out").size());
    }

    @Test
    void theThresholdIsConfigurable() {
        controls.setEnv("GATEHOUSE_LOCKOUT_THRESHOLD", "0");
        failTimes(8);
        api.post("/api/request-token", credentials("jane", "jane-password-2026")).expectStatus(200);
        assertEquals(0, controls.events("failed_login_locked_out").size());
    }

    /** 200 attempts at once, for one username or each for its own; every answer the contract's 200. */
    private List<ApiResponse> burst(int n, java.util.function.IntFunction<String> body) {
        List<ApiResponse> answers = Race.atOnce(n, i -> api.post("/api/request-token", body.apply(i)));
        answers.forEach(answer -> answer.expectStatus(200));
        controls.assertInvariants();
        return answers;
    }

    @Test
    void twoHundredGuessesAtOnceGetExactlyTheThresholdOfChecksAndEveryOneIsLogged() {
        burst(200, i -> credentials("jane", "wrong-password-" + i));
        assertEquals(5, controls.events("failed_login_invalid_password").size(), "the threshold's worth checked");
        assertEquals(195, controls.events("failed_login_locked_out").size(), "the rest refused unchecked, and logged");
    }

    @Test
    void theRightPasswordAmongInFlightGuessesGetsNoExtraChecks() {
        List<ApiResponse> answers = burst(200, i -> credentials("jane", i == 150 ? "jane-password-2026" : "wrong-password-" + i));
        long signedIn = answers.stream().filter(answer -> answer.json().getBoolean("valid")).count();
        int wrongChecked = controls.events("failed_login_invalid_password").size();
        assertEquals(signedIn, controls.events("login_event").size());
        // A sign-in forgives the username, as it would between two bursts: at most one more threshold.
        assertTrue(wrongChecked <= 5 * (1 + signedIn), wrongChecked + " wrong passwords checked");
        assertEquals(200, wrongChecked + signedIn + controls.events("failed_login_locked_out").size());
    }

    @Test
    void sprayingOneAddressOverManyUsernamesStopsAtTheAddressThreshold() {
        burst(100, i -> credentials("ghost" + i, "Spring2026!"));
        assertEquals(20, controls.events("failed_login_invalid_username").size());
        assertEquals(80, controls.events("failed_login_locked_out").size());
    }

    @Test
    void theAttackersOwnSignInDoesNotResetTheAddressCount() {
        for (int i = 0; i < 19; i++) {
            api.post("/api/request-token", credentials("ghost" + i, "Spring2026!")).expectStatus(200);
        }
        assertTrue(api.post("/api/request-token", credentials("jane", "jane-password-2026")).json().getBoolean("valid"));
        api.post("/api/request-token", credentials("ghost-last", "Spring2026!")).expectStatus(200);
        api.post("/api/request-token", credentials("jane", "jane-password-2026")).expectJson(WRONG);
        assertEquals(1, controls.events("failed_login_locked_out").size(), "the 21st attempt of the address waits");
    }

    @Test
    void aUsernameLongerThanAnyAccountsIsAWrongUsernameLoggedShortAndCountedForTheAddress() {
        controls.setEnv("GATEHOUSE_LOCKOUT_ADDRESS_THRESHOLD", "4");
        String endless = "a".repeat(100_000);
        String unknown = "{\"user\":null,\"valid\":false,\"token\":null,\"message\":\"[001] Invalid login credentials.\"}";
        api.post("/api/request-token", credentials("b".repeat(256), "x-password")).expectStatus(200).expectJson(unknown);
        api.post("/api/request-token", credentials(endless, "x-password")).expectStatus(200).expectJson(unknown);
        api.post("/api/request-token", credentials("nul\u0000name", "x-password")).expectStatus(200).expectJson(unknown);
        List<JsonObject> logged = controls.events("failed_login_invalid_username");
        assertEquals(3, logged.size(), "every refused attempt is logged");
        assertEquals("b".repeat(64) + "\u2026", logged.get(0).getJsonObject("metadata").getString("username"));
        assertEquals("nul\uFFFDname", logged.get(2).getJsonObject("metadata").getString("username"));
        api.post("/api/request-token", credentials(endless, "x-password")).expectStatus(200).expectJson(unknown);
        api.post("/api/request-token", credentials("jane", "jane-password-2026")).expectJson(WRONG);
        assertEquals(1, controls.events("failed_login_locked_out").size(), "the address counted all four");
    }
}
