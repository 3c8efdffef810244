package org.gatehouse.system;

import static org.gatehouse.testing.Accounts.ADMIN;
import static org.gatehouse.testing.Accounts.ADMIN_PASSWORD;
import static org.gatehouse.testing.Accounts.credentials;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.gatehouse.testing.Accounts;
import org.gatehouse.testing.ApiClient;
import org.gatehouse.testing.ApiResponse;
import org.gatehouse.testing.GatehouseIT;
import org.gatehouse.testing.Race;
import org.junit.jupiter.api.Test;

/**
 * Issue 11's races: hundreds of attempts at one change, released at once. Whatever the interleaving,
 * exactly the changes the rules allow are made, each with its event, every loser gets the contract's
 * refusal (never a 5xx), and the invariants hold afterwards.
 */
class RacesIT extends GatehouseIT {

    private static final int ATTEMPTS = 200;
    private static final String LAST_ADMIN = "No system admins will remain if you do this. Update failed.";

    private static long count(List<ApiResponse> answers, Predicate<ApiResponse> which) {
        return answers.stream().filter(which).count();
    }

    private static boolean succeeded(ApiResponse answer) {
        return answer.status() == 200 && answer.json().getBoolean("success", false);
    }

    private static String texts(List<ApiResponse> answers) {
        return answers.stream().map(a -> a.status() + " " + a.text()).distinct().toList().toString();
    }

    private int idOf(ApiClient client) {
        return client.get("/api/system/refresh-user").json().getJsonObject("user").getInt("id");
    }

    /**
     * Two admins demote, suspend and delete each other and themselves, a manager tries the same, and the
     * developer API too, all at once: one active admin always remains, and each change made has its event.
     */
    @Test
    void theLastAdminsCannotAllBeRemovedAtOnce() {
        Accounts accounts = new Accounts(api);
        for (int round = 0; round < 3; round++) {
            controls.reset();
            accounts.enableMultiUser();
            int adaId = controls.createUser("ada", "ada-password-2026", "admin", false);
            controls.createUser("mia", "mia-password-2026", "manager", false);
            ApiClient first = api.withToken(accounts.login(ADMIN, ADMIN_PASSWORD));
            ApiClient second = api.withToken(accounts.login("ada", "ada-password-2026"));
            ApiClient manager = api.withToken(accounts.login("mia", "mia-password-2026"));
            ApiClient developer = api.withToken(first.post("/api/admin/generate-api-key", "{}").json()
                    .getJsonObject("apiKey").getString("secret"));
            int firstId = idOf(first);
            int[] targets = {firstId, adaId};
            ApiClient[] actors = {first, second, manager, developer};
            String[] bodies = {"{\"role\":\"default\"}", "{\"suspended\":1}", "{\"role\":\"manager\"}", null};

            List<ApiResponse> answers = Race.atOnce(ATTEMPTS, i -> {
                ApiClient actor = actors[i % 4];
                int target = targets[(i / 4) % 2];
                String body = bodies[(i / 8) % 4];
                String path = (actor == developer ? "/api/v1/admin/users/" : "/api/admin/user/") + target;
                return body == null ? actor.delete(path) : actor.post(path, body);
            });

            List<ApiResponse> updates = new ArrayList<>();
            List<ApiResponse> deletes = new ArrayList<>();
            for (int i = 0; i < ATTEMPTS; i++) {
                ApiResponse answer = answers.get(i);
                int target = targets[(i / 4) % 2];
                // A manager may change an admin only once someone else has made them a non-admin.
                boolean demotedByOthers = false;
                for (int j = 0; j < ATTEMPTS; j++) {
                    demotedByOthers |= j % 4 != 2 && targets[(j / 4) % 2] == target && bodies[(j / 8) % 4] != null
                            && bodies[(j / 8) % 4].contains("role") && succeeded(answers.get(j));
                }
                if (i % 4 == 2 && !demotedByOthers) {
                    assertTrue(!succeeded(answer), "a manager never changes an admin: " + answer.text());
                }
                (bodies[(i / 8) % 4] == null ? deletes : updates).add(answer);
                if (answer.status() == 200 && !succeeded(answer)) {
                    String error = answer.json().getString("error", "");
                    assertTrue(List.of(LAST_ADMIN, "Cannot perform that action on user.", "User not found").contains(error),
                            "the contract's refusal: " + answer.text());
                }
            }
            controls.assertInvariants();
            int round1 = round;
            assertTrue(count(deletes, RacesIT::succeeded) <= 1, () -> "round " + round1 + ": at most one admin deleted");
            assertEquals(count(updates, RacesIT::succeeded), controls.events("user_updated").size(),
                    () -> "round " + round1 + ": one user_updated event per change made " + texts(updates));
            assertEquals(count(deletes, RacesIT::succeeded),
                    controls.events("user_deleted").size() + controls.events("api_user_deleted").size(),
                    () -> "round " + round1 + ": one deletion event per deletion " + texts(deletes));
        }
    }

    /** One code, hundreds of claimers: one account, one claim, one invite_accepted event. */
    @Test
    void anInviteIsClaimedOnce() {
        Accounts accounts = new Accounts(api);
        accounts.enableMultiUser();
        ApiClient admin = api.withToken(accounts.login(ADMIN, ADMIN_PASSWORD));
        for (int round = 0; round < 2; round++) {
            String code = admin.post("/api/admin/invite/new", "{}").json().getJsonObject("invite").getString("code");
            int roundNumber = round;
            List<ApiResponse> answers = Race.atOnce(ATTEMPTS, i -> api.post("/api/invite/" + code,
                    credentials("racer" + roundNumber + "x" + i, "racer-password-2026")));
            assertEquals(1, count(answers, RacesIT::succeeded), () -> texts(answers));
            answers.stream().filter(a -> !succeeded(a)).forEach(a -> a.expectStatus(200)
                    .expectJson("{\"success\":false,\"error\":\"Invite not found or is invalid.\"}"));
            assertEquals(round + 2, admin.get("/api/admin/users").json().getJsonArray("users").size(), "admin and one racer a round");
            assertEquals(round + 1, controls.events("invite_accepted").size());
            controls.assertInvariants();
        }
    }

    /** Hundreds of codes claimed at once for one username: one account, the others told the name is taken. */
    @Test
    void oneUsernameClaimedThroughManyInvitesAtOnceMakesOneAccount() {
        Accounts accounts = new Accounts(api);
        accounts.enableMultiUser();
        ApiClient admin = api.withToken(accounts.login(ADMIN, ADMIN_PASSWORD));
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < ATTEMPTS; i++) {
            codes.add(admin.post("/api/admin/invite/new", "{}").json().getJsonObject("invite").getString("code"));
        }
        List<ApiResponse> answers = Race.atOnce(ATTEMPTS, i -> api.post("/api/invite/" + codes.get(i),
                credentials("twin", "twin-password-2026")));
        assertEquals(1, count(answers, RacesIT::succeeded), () -> texts(answers));
        answers.stream().filter(a -> !succeeded(a)).forEach(a -> assertEquals(
                "{\"success\":false,\"error\":\"A user with that username already exists\"}", a.text(), () -> a.status() + " " + a.text()));
        assertEquals(1, controls.events("invite_accepted").size());
        assertEquals(1, admin.get("/api/admin/invites").json().getJsonArray("invites").getValuesAs(JsonObject.class)
                .stream().filter(invite -> "claimed".equals(invite.getString("status"))).count(), "one invite claimed");
        controls.assertInvariants();
    }

    /** Hundreds of first admins asked for at once: one admin, one mode switch, the others told it is done. */
    @Test
    void multiUserModeIsEnabledOnce() {
        for (int round = 0; round < 2; round++) {
            controls.reset();
            List<ApiResponse> answers = Race.atOnce(ATTEMPTS, i -> api.post("/api/system/enable-multi-user",
                    credentials("first" + i, "first-password-2026")));
            assertEquals(1, count(answers, RacesIT::succeeded), () -> texts(answers));
            // Once the mode is on, the endpoint asks for a session (contract E18); before, it answers that it is on.
            answers.stream().filter(a -> !succeeded(a)).forEach(a -> assertTrue(List.of(
                    "200 {\"success\":false,\"error\":\"Multi-user mode is already enabled.\"}",
                    "401 {\"error\":\"No auth token found.\"}").contains(a.status() + " " + a.text()), a::text));
            assertEquals(1, controls.events("multi_user_mode_enabled").size());
            assertEquals(1, controls.counts().getInt("users"), "one first admin");
            controls.assertInvariants();
        }
    }

    /** One Simple SSO token redeemed hundreds of times at once: one session, one login event. */
    @Test
    void anSsoTokenIsRedeemedOnce() {
        Accounts accounts = new Accounts(api);
        accounts.enableMultiUser();
        int janeId = controls.createUser("jane", "jane-password-2026", "default", false);
        ApiClient admin = api.withToken(accounts.login(ADMIN, ADMIN_PASSWORD));
        ApiClient integration = api.withToken(admin.post("/api/admin/generate-api-key", "{\"name\":\"portal\"}").json()
                .getJsonObject("apiKey").getString("secret"));
        controls.setEnv("SIMPLE_SSO_ENABLED", "");
        for (int round = 0; round < 2; round++) {
            String token = integration.get("/api/v1/users/" + janeId + "/issue-auth-token").expectStatus(200).json().getString("token");
            int loginsBefore = controls.events("login_event").size();
            List<ApiResponse> answers = Race.atOnce(ATTEMPTS, i -> api.get("/api/request-token/sso/simple?token=" + token));
            List<ApiResponse> sessions = answers.stream().filter(a -> a.status() == 200 && a.json().getBoolean("valid")).toList();
            assertEquals(1, sessions.size(), () -> texts(answers));
            answers.stream().filter(a -> !sessions.contains(a)).forEach(a -> a.expectStatus(401).expectJson(
                    "{\"valid\":false,\"token\":null,\"message\":\"[001] An error occurred while validating the token: Invalid token.\"}"));
            api.withToken(sessions.get(0).json().getString("token")).get("/api/system/check-token").expectStatus(200);
            assertEquals(loginsBefore + 1, controls.events("login_event").size(), "one login event");
            assertEquals(ATTEMPTS - 1 + round * (ATTEMPTS - 1), controls.events("failed_login_invalid_temporary_auth_token").size());
            controls.assertInvariants();
        }
    }

    /** Hundreds of tokens issued at once for one user: one stays outstanding (contract 6.3), and it works. */
    @Test
    void ssoTokensIssuedAtOnceLeaveOneOutstanding() {
        Accounts accounts = new Accounts(api);
        accounts.enableMultiUser();
        int janeId = controls.createUser("jane", "jane-password-2026", "default", false);
        ApiClient admin = api.withToken(accounts.login(ADMIN, ADMIN_PASSWORD));
        ApiClient integration = api.withToken(admin.post("/api/admin/generate-api-key", "{}").json()
                .getJsonObject("apiKey").getString("secret"));
        controls.setEnv("SIMPLE_SSO_ENABLED", "");
        List<ApiResponse> answers = Race.atOnce(ATTEMPTS, i -> integration.get("/api/v1/users/" + janeId + "/issue-auth-token"));
        answers.forEach(a -> a.expectStatus(200));
        assertEquals(1, controls.counts().getInt("temporary_auth_tokens"), "one outstanding token");
        controls.assertInvariants();
        long working = answers.stream().map(a -> a.json().getString("token"))
                .filter(token -> api.get("/api/request-token/sso/simple?token=" + token).json().getBoolean("valid")).count();
        assertEquals(1, working, "the one outstanding token is one of those answered");
    }
}
