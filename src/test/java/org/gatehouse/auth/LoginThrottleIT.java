package org.gatehouse.auth;

import static org.gatehouse.testing.Accounts.credentials;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.gatehouse.testing.Accounts;
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
}
