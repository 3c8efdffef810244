package org.gatehouse.auth;

import static org.gatehouse.testing.Accounts.ADMIN;
import static org.gatehouse.testing.Accounts.ADMIN_PASSWORD;
import static org.gatehouse.testing.Accounts.credentials;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.gatehouse.testing.Accounts;
import org.gatehouse.testing.ApiResponse;
import org.gatehouse.testing.GatehouseIT;
import org.junit.jupiter.api.Test;

/** E18: the switch to multi-user mode, atomic and one-way. */
class EnableMultiUserIT extends GatehouseIT {

    @Test
    void createsTheFirstAdminAndLogsOneEvent() {
        new Accounts(api).enableMultiUser();
        api.get("/api/system/multi-user-mode").expectJson("{\"multiUserMode\":true}");
        String token = new Accounts(api).login(ADMIN, ADMIN_PASSWORD);
        JsonObject admin = api.withToken(token).get("/api/system/refresh-user").json().getJsonObject("user");
        assertEquals("admin", admin.getString("role"));
        List<JsonObject> events = controls.events();
        assertEquals("multi_user_mode_enabled", events.get(0).getString("event"));
        assertEquals("{}", events.get(0).getJsonObject("metadata").toString());
        assertEquals(admin.getInt("id"), events.get(0).getInt("userId"));
        assertTrue(controls.events("user_created").isEmpty(), "no user_created event, as in AnythingLLM");
    }

    @Test
    void invalidAdminLeavesSingleUserModeUntouched() {
        api.post("/api/system/enable-multi-user", credentials("Admin", ADMIN_PASSWORD)).expectStatus(400)
                .expectJson("{\"success\":false,\"error\":\"Username must start with a lowercase letter and only "
                        + "contain lowercase letters, numbers, underscores, hyphens, and periods\"}");
        api.post("/api/system/enable-multi-user", credentials("admin", "short")).expectStatus(400)
                .expectJson("{\"success\":false,\"error\":\"password should be at least 8 characters long\"}");
        api.post("/api/system/enable-multi-user", credentials("admin", "password123")).expectStatus(400)
                .expectJson("{\"success\":false,\"error\":\"password is too common and easy to guess; choose another\"}");
        api.post("/api/system/enable-multi-user", credentials("admin", "admin")).expectStatus(400);
        api.get("/api/system/multi-user-mode").expectJson("{\"multiUserMode\":false}");
        assertTrue(controls.events().isEmpty());
    }

    @Test
    void onceEnabledItNeedsASessionAndSaysSo() {
        new Accounts(api).enableMultiUser();
        api.post("/api/system/enable-multi-user", credentials("other", ADMIN_PASSWORD)).expectStatus(401)
                .expectJson("{\"error\":\"No auth token found.\"}");
        String token = new Accounts(api).login(ADMIN, ADMIN_PASSWORD);
        api.withToken(token).post("/api/system/enable-multi-user", credentials("other", ADMIN_PASSWORD))
                .expectStatus(200).expectJson("{\"success\":false,\"error\":\"Multi-user mode is already enabled.\"}");
    }

    @Test
    void aPasswordProtectedInstanceNeedsTheSingleUserSession() {
        controls.setEnv("AUTH_TOKEN", "single_user_password");
        api.post("/api/system/enable-multi-user", credentials(ADMIN, ADMIN_PASSWORD)).expectStatus(401);
        String token = new Accounts(api).loginSingleUser("single_user_password");
        api.withToken(token).post("/api/system/enable-multi-user", credentials(ADMIN, ADMIN_PASSWORD))
                .expectStatus(200).expectJson("{\"success\":true,\"error\":null}");
    }

    @Test
    void concurrentCallsCreateExactlyOneAdmin() {
        List<CompletableFuture<ApiResponse>> calls = IntStream.range(0, 6)
                .mapToObj(i -> CompletableFuture.supplyAsync(() ->
                        api.post("/api/system/enable-multi-user", credentials("admin" + i, ADMIN_PASSWORD))))
                .toList();
        List<ApiResponse> responses = calls.stream().map(CompletableFuture::join).toList();
        long succeeded = responses.stream().filter(r -> r.status() == 200 && r.json().getBoolean("success")).count();
        assertEquals(1, succeeded, () -> responses.stream().map(ApiResponse::text).toList().toString());
        assertEquals(1, controls.events("multi_user_mode_enabled").size());
        responses.stream().filter(r -> !(r.status() == 200 && r.json().getBoolean("success")))
                .forEach(r -> assertTrue(r.status() == 401
                        || r.text().equals("{\"success\":false,\"error\":\"Multi-user mode is already enabled.\"}"),
                        r.text()));
    }

    @Test
    void anEmptyBodyOrAMissingPasswordIsAnEmptyPasswordAsInAnythingLlm() {
        String empty = "{\"success\":false,\"error\":\"\\\"value\\\" is not allowed to be empty\"}";
        api.post("/api/system/enable-multi-user", "").expectStatus(400).expectJson(empty);
        api.send("POST", "/api/system/enable-multi-user", null, null).expectStatus(400).expectJson(empty);
        api.post("/api/system/enable-multi-user", "{}").expectStatus(400).expectJson(empty);
        api.post("/api/system/enable-multi-user", "{\"username\":\"admin\"}").expectStatus(400).expectJson(empty);
        api.get("/api/system/multi-user-mode").expectJson("{\"multiUserMode\":false}");
        assertTrue(controls.events().isEmpty());
    }
}
