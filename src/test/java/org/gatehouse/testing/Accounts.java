package org.gatehouse.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;

/** Sign-in steps the auth tests share, spoken as the web client speaks them. */
public final class Accounts {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "Gatehouse-Admin-2026";

    private final ApiClient api;

    public Accounts(ApiClient api) {
        this.api = api;
    }

    /** Switches a fresh single-user instance to multi-user mode with the first admin. */
    public void enableMultiUser() {
        api.post("/api/system/enable-multi-user", credentials(ADMIN, ADMIN_PASSWORD))
                .expectStatus(200).expectJson("{\"success\":true,\"error\":null}");
    }

    /** Signs in (multi-user) and answers the session token. */
    public String login(String username, String password) {
        ApiResponse response = api.post("/api/request-token", credentials(username, password)).expectStatus(200);
        assertEquals(true, response.json().getBoolean("valid"), () -> "login of " + username + ": " + response.text());
        return response.json().getString("token");
    }

    /** Signs in with the single-user password and answers the session token. */
    public String loginSingleUser(String password) {
        ApiResponse response = api.post("/api/request-token",
                Json.createObjectBuilder().add("password", password).build().toString()).expectStatus(200);
        return response.json().getString("token");
    }

    public static String credentials(String username, String password) {
        return Json.createObjectBuilder().add("username", username).add("password", password).build().toString();
    }
}
