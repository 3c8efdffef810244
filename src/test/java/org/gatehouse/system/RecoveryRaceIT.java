package org.gatehouse.system;

import static org.gatehouse.testing.Accounts.credentials;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonString;
import java.util.List;
import org.gatehouse.testing.Accounts;
import org.gatehouse.testing.ApiResponse;
import org.gatehouse.testing.GatehouseIT;
import org.gatehouse.testing.Race;
import org.junit.jupiter.api.Test;

/** Issue 11's recovery-code race, over the HTTP contract only (E15, E16, contract 6.2). */
class RecoveryRaceIT extends GatehouseIT {

    private static final int ATTEMPTS = 200;
    /** Each recovery costs several bcrypt verifications: 100 keep the suite's time. */
    private static final int RECOVERIES = 100;

    private static boolean succeeded(ApiResponse answer) {
        return answer.status() == 200 && answer.json().getBoolean("success", false);
    }

    private static String texts(List<ApiResponse> answers) {
        return answers.stream().map(a -> a.status() + " " + a.text()).distinct().toList().toString();
    }

    /**
     * One pair of recovery codes used by hundreds of requests at once, then every reset token they bought
     * spent at once: the password is reset once, with one user_updated event; every loser gets the
     * contract's refusal.
     */
    @Test
    void onePairOfRecoveryCodesResetsThePasswordOnce() {
        new Accounts(api).enableMultiUser();
        controls.createUser("jane", "jane-password-2026", "default", false);
        List<String> codes = api.post("/api/request-token", credentials("jane", "jane-password-2026")).json()
                .getJsonArray("recoveryCodes").getValuesAs(JsonString::getString);
        String pair = Json.createObjectBuilder().add("username", "jane")
                .add("recoveryCodes", Json.createArrayBuilder().add(codes.get(0)).add(codes.get(1))).build().toString();

        List<ApiResponse> recoveries = Race.atOnce(RECOVERIES, i -> api.post("/api/system/recover-account", pair));
        List<String> resetTokens = recoveries.stream().filter(a -> a.status() == 200)
                .map(a -> a.json().getString("resetToken")).toList();
        recoveries.stream().filter(a -> a.status() != 200).forEach(a -> a.expectStatus(400)
                .expectJson("{\"success\":false,\"message\":\"Invalid recovery codes.\"}"));
        assertTrue(!resetTokens.isEmpty(), () -> texts(recoveries));
        controls.assertInvariants();

        List<ApiResponse> resets = Race.atOnce(ATTEMPTS, i -> api.post("/api/system/reset-password", Json.createObjectBuilder()
                .add("token", resetTokens.get(i % resetTokens.size())).add("newPassword", "jane-new-password-" + i)
                .add("confirmPassword", "jane-new-password-" + i).build().toString()));
        assertEquals(1, resets.stream().filter(RecoveryRaceIT::succeeded).count(), () -> texts(resets));
        resets.stream().filter(a -> !succeeded(a)).forEach(a -> a.expectStatus(400).expectJson("{\"success\":false}"));
        assertEquals(1, controls.events("user_updated").size(), "one password change");
        assertEquals(0, controls.counts().getInt("password_reset_tokens"), "every reset token is spent");
        assertEquals(0, controls.counts().getInt("recovery_codes"), "the codes are spent");
        controls.assertInvariants();
    }
}
