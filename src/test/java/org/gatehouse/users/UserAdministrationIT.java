package org.gatehouse.users;

import static org.gatehouse.testing.Accounts.ADMIN;
import static org.gatehouse.testing.Accounts.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.gatehouse.testing.ApiClient;
import org.gatehouse.testing.ApiResponse;
import org.gatehouse.testing.TeamIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** E20-E23 as each role, with the role rules of contract 4.3 and the last-active-admin rule. */
class UserAdministrationIT extends TeamIT {

    private int adminId;

    @BeforeEach
    void theAdminsId() {
        adminId = admin.get("/api/system/refresh-user").json().getJsonObject("user").getInt("id");
    }

    @Test
    void listIsForAdminsAndManagersOnly() {
        JsonObject list = admin.get("/api/admin/users").expectStatus(200).json();
        assertEquals(List.of("admin", "mia", "dan"), list.getJsonArray("users").getValuesAs(JsonObject.class)
                .stream().map(u -> u.getString("username")).toList());
        assertFalse(list.toString().contains("password"));
        manager.get("/api/admin/users").expectStatus(200);
        member.get("/api/admin/users").expectStatus(401).expectText("Unauthorized");
        api.get("/api/admin/users").expectStatus(401).expectJson("{\"error\":\"No auth token found.\"}");
    }

    @Test
    void strictEndpointsAreClosedInSingleUserMode() {
        controls.reset();
        api.get("/api/admin/users").expectStatus(401).expectText("Unauthorized");
        api.post("/api/admin/users/new", "{}").expectStatus(401).expectText("Unauthorized");
    }

    @Test
    void createLogsUserCreatedWithTheActor() {
        JsonObject created = admin.post("/api/admin/users/new",
                "{\"username\":\"eve\",\"password\":\"eve-password-2026\",\"role\":\"manager\",\"bio\":\"hi\",\"dailyMessageLimit\":5}")
                .expectStatus(200).json();
        assertTrue(created.isNull("error"));
        assertEquals("manager", created.getJsonObject("user").getString("role"));
        assertEquals(5, created.getJsonObject("user").getInt("dailyMessageLimit"));
        JsonObject event = controls.events("user_created").get(0);
        assertEquals("{\"userName\":\"eve\",\"createdBy\":\"admin\"}", event.getJsonObject("metadata").toString());
        assertEquals(adminId, event.getInt("userId"));
    }

    @Test
    void createFailuresAre200WithTheRule() {
        manager.post("/api/admin/users/new", "{\"username\":\"eve\",\"password\":\"eve-password-2026\",\"role\":\"admin\"}")
                .expectStatus(200).expectJson("{\"user\":null,\"error\":\"Invalid role selection for user.\"}");
        admin.post("/api/admin/users/new", "{\"username\":\"dan\",\"password\":\"eve-password-2026\"}")
                .expectJson("{\"user\":null,\"error\":\"A user with that username already exists\"}");
        admin.post("/api/admin/users/new", "{\"username\":\"eve\",\"password\":\"eve-password-2026\",\"role\":\"root\"}")
                .expectJson("{\"user\":null,\"error\":\"Invalid role. Allowed roles are: default, admin, manager\"}");
        admin.post("/api/admin/users/new", "{\"username\":\"eve\",\"password\":\"eve-password-2026\",\"dailyMessageLimit\":0}")
                .expectJson("{\"user\":null,\"error\":\"Daily message limit must be null or a number greater than or equal to 1\"}");
        admin.post("/api/admin/users/new", "{\"username\":\"eve\",\"password\":\"eve-password-2026\",\"bio\":\"" + "x".repeat(1001) + "\"}")
                .expectJson("{\"user\":null,\"error\":\"Bio cannot be longer than 1,000 characters\"}");
        assertTrue(controls.events("user_created").isEmpty());
    }

    @Test
    void anEmptyBodyIsAnEmptyPasswordAsInAnythingLlm() {
        admin.post("/api/admin/users/new", "{}").expectStatus(200)
                .expectJson("{\"user\":null,\"error\":\"\\\"value\\\" is not allowed to be empty\"}");
        admin.post("/api/admin/users/new", "{\"username\":\"eve\"}").expectStatus(200)
                .expectJson("{\"user\":null,\"error\":\"\\\"value\\\" is not allowed to be empty\"}");
        admin.post("/api/admin/users/new", "{\"username\":\"eve\",\"password\":1}").expectStatus(200)
                .expectJson("{\"user\":null,\"error\":\"\\\"value\\\" must be a string\"}");
    }

    @Test
    void anAdministratorsPasswordResetEndsEverySessionOfThatUser() {
        String second = accounts.login("dan", "dan-password-2026");
        admin.post("/api/admin/user/" + memberId, "{\"password\":\"dan-new-password-2026\"}")
                .expectStatus(200).expectJson("{\"success\":true,\"error\":null}");
        member.get("/api/system/check-token").expectStatus(401).expectJson("{\"error\":\"Invalid auth token.\"}");
        api.withToken(second).get("/api/system/check-token").expectStatus(401);
        admin.get("/api/system/check-token").expectStatus(200);
        api.withToken(accounts.login("dan", "dan-new-password-2026")).get("/api/system/check-token").expectStatus(200);
    }

    @Test
    void aPasswordSetThroughTheDeveloperApiEndsEverySessionOfThatUser() {
        ApiClient v1 = api.withToken(admin.post("/api/admin/generate-api-key", "{}").json().getJsonObject("apiKey").getString("secret"));
        v1.post("/api/v1/admin/users/" + memberId, "{\"password\":\"dan-new-password-2026\"}")
                .expectStatus(200).expectJson("{\"success\":true,\"error\":null}");
        member.get("/api/system/check-token").expectStatus(401);
    }

    @Test
    void aRoleThatIsNoStringIsStoredAsItsTextButIsNoRoleSelection() {
        manager.post("/api/admin/user/" + memberId, "{\"role\":[\"manager\"]}")
                .expectJson("{\"success\":false,\"error\":\"Invalid role selection for user.\"}");
        admin.post("/api/admin/user/" + memberId, "{\"role\":[\"manager\"],\"dailyMessageLimit\":\"7\"}")
                .expectJson("{\"success\":true,\"error\":null}");
        assertEquals("{\"username\":\"dan\",\"changes\":{\"role\":\"default => manager\",\"dailyMessageLimit\":\"null => 7\"}}",
                controls.events("user_updated").get(0).getJsonObject("metadata").toString());
        admin.post("/api/admin/user/" + memberId, "{\"role\":null}")
                .expectJson("{\"success\":false,\"error\":\"Invalid role. Allowed roles are: default, admin, manager\"}");
        admin.post("/api/admin/user/" + memberId, "{\"ignored\":1}")
                .expectJson("{\"success\":false,\"error\":\"No valid updates applied.\"}");
    }

    @Test
    void updateCoercesAndLogsTheChanges() {
        admin.post("/api/admin/user/" + memberId, "{\"suspended\":\"false\",\"bio\":\"new bio\",\"ignored\":1}")
                .expectStatus(200).expectJson("{\"success\":true,\"error\":null}");
        JsonObject event = controls.events("user_updated").get(0);
        assertEquals("{\"username\":\"dan\",\"changes\":{\"suspended\":\"0 => 1\",\"bio\":\" => new bio\"}}",
                event.getJsonObject("metadata").toString(), "the string \"false\" suspends, as in AnythingLLM");
        assertEquals(memberId, event.getInt("userId"), "the target, not the actor");
        member.get("/api/system/check-token").expectStatus(401);
    }

    @Test
    void managersNeverTouchAdmins() {
        manager.post("/api/admin/user/" + adminId, "{\"bio\":\"x\"}").expectStatus(200)
                .expectJson("{\"success\":false,\"error\":\"Cannot perform that action on user.\"}");
        manager.delete("/api/admin/user/" + adminId).expectStatus(200)
                .expectJson("{\"success\":false,\"error\":\"Cannot perform that action on user.\"}");
        manager.post("/api/admin/user/" + memberId, "{\"role\":\"admin\"}")
                .expectJson("{\"success\":false,\"error\":\"Invalid role selection for user.\"}");
        member.post("/api/admin/user/" + memberId, "{\"bio\":\"x\"}").expectStatus(401).expectText("Unauthorized");
        manager.post("/api/admin/user/" + memberId, "{\"role\":\"manager\"}")
                .expectJson("{\"success\":true,\"error\":null}");
    }

    @Test
    void unknownUsersAreReportedNotCrashed() {
        admin.post("/api/admin/user/9999", "{\"role\":\"admin\"}").expectStatus(200)
                .expectJson("{\"success\":false,\"error\":\"User not found\"}");
        manager.post("/api/admin/user/9999", "{}").expectJson("{\"success\":false,\"error\":\"User not found\"}");
        admin.delete("/api/admin/user/9999").expectJson("{\"success\":false,\"error\":\"User not found\"}");
        admin.delete("/api/admin/user/abc").expectJson("{\"success\":false,\"error\":\"User not found\"}");
    }

    @Test
    void theLastActiveAdminStays() {
        String last = "{\"success\":false,\"error\":\"No system admins will remain if you do this. Update failed.\"}";
        admin.post("/api/admin/user/" + adminId, "{\"role\":\"default\"}").expectJson(last);
        admin.post("/api/admin/user/" + adminId, "{\"suspended\":1}").expectJson(last);
        admin.delete("/api/admin/user/" + adminId).expectJson(last);
        admin.post("/api/admin/user/" + adminId, "{\"role\":\"admin\",\"bio\":\"still here\"}")
                .expectJson("{\"success\":true,\"error\":null}");
    }

    @Test
    void deleteCascadesAndLogs() {
        admin.delete("/api/admin/user/" + memberId).expectStatus(200).expectJson("{\"success\":true,\"error\":null}");
        JsonObject event = controls.events("user_deleted").get(0);
        assertEquals("{\"userName\":\"dan\",\"deletedBy\":\"admin\"}", event.getJsonObject("metadata").toString());
        assertEquals(adminId, event.getInt("userId"));
        member.get("/api/system/check-token").expectStatus(401).expectJson("{\"error\":\"Invalid auth for user.\"}");
    }

    private static boolean succeeded(ApiResponse response) {
        return response.status() == 200 && response.json().getBoolean("success");
    }

    @Test
    void twoAdminsDemotingEachOtherAtOnceLeaveOneAdmin() {
        for (int round = 0; round < 5; round++) {
            controls.reset();
            accounts.enableMultiUser();
            int secondId = controls.createUser("ada", "ada-password-2026", "admin", false);
            ApiClient first = api.withToken(accounts.login(ADMIN, ADMIN_PASSWORD));
            ApiClient second = api.withToken(accounts.login("ada", "ada-password-2026"));
            int firstId = first.get("/api/system/refresh-user").json().getJsonObject("user").getInt("id");

            CompletableFuture<ApiResponse> one = CompletableFuture.supplyAsync(() ->
                    first.post("/api/admin/user/" + secondId, "{\"role\":\"default\"}"));
            CompletableFuture<ApiResponse> two = CompletableFuture.supplyAsync(() ->
                    second.post("/api/admin/user/" + firstId, "{\"role\":\"default\"}"));
            List<ApiResponse> answers = List.of(one.join(), two.join());
            // The loser is refused by the last-admin rule, or, when it is already demoted, by the role guard.
            assertEquals(1, answers.stream().filter(UserAdministrationIT::succeeded).count(),
                    () -> "round " + answers.stream().map(ApiResponse::text).toList());
            answers.stream().filter(r -> !succeeded(r)).forEach(r -> assertTrue(r.status() == 401
                    || r.text().contains("No system admins will remain"), r.text()));

            ApiClient winner = succeeded(answers.get(0)) ? first : second;
            long admins = winner.get("/api/admin/users").json().getJsonArray("users").getValuesAs(JsonObject.class)
                    .stream().filter(u -> u.getString("role").equals("admin")).count();
            assertEquals(1, admins, "one admin remains");
        }
    }
}
