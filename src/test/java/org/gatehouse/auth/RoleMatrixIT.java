package org.gatehouse.auth;

import static org.gatehouse.testing.Accounts.ADMIN;
import static org.gatehouse.testing.Accounts.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gatehouse.testing.Accounts;
import org.gatehouse.testing.ApiClient;
import org.gatehouse.testing.ApiResponse;
import org.gatehouse.testing.GatehouseIT;
import org.junit.jupiter.api.Test;

/**
 * The guard matrix of contract 4.4: every guarded endpoint as admin, manager, default user and without a
 * token, in multi-user and in single-user mode. Only the guard's verdict is checked here (refused means
 * text 401 for a role, JSON 401 without a token); each feature's own tests check the answers.
 */
class RoleMatrixIT extends GatehouseIT {

    private static final Set<String> ALL = Set.of("admin", "manager", "default");
    private static final Set<String> ADMIN_MANAGER = Set.of("admin", "manager");
    private static final Set<String> ADMIN_ONLY = Set.of("admin");

    /** method, path, body, roles allowed in multi-user mode, open in single-user mode. */
    private record Endpoint(String method, String path, String body, Set<String> allowed, boolean singleUser) {
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/api/system/check-token", null, ALL, true),
            new Endpoint("GET", "/api/system/refresh-user", null, ALL, true),
            new Endpoint("GET", "/api/admin/users", null, ADMIN_MANAGER, false),
            new Endpoint("POST", "/api/admin/users/new", "{}", ADMIN_MANAGER, false),
            new Endpoint("POST", "/api/admin/user/9999", "{}", ADMIN_MANAGER, false),
            new Endpoint("DELETE", "/api/admin/user/9999", null, ADMIN_MANAGER, false),
            new Endpoint("GET", "/api/admin/invites", null, ADMIN_MANAGER, false),
            new Endpoint("POST", "/api/admin/invite/new", "{}", ADMIN_MANAGER, false),
            new Endpoint("DELETE", "/api/admin/invite/9999", null, ADMIN_MANAGER, false),
            new Endpoint("GET", "/api/admin/workspaces", null, ADMIN_MANAGER, false),
            new Endpoint("GET", "/api/admin/workspaces/9999/users", null, ADMIN_MANAGER, false),
            new Endpoint("POST", "/api/admin/workspaces/9999/update-users", "{}", ADMIN_MANAGER, false),
            new Endpoint("GET", "/api/admin/system-preferences-for?labels=custom_app_name", null, ADMIN_MANAGER, true),
            new Endpoint("POST", "/api/admin/system-preferences", "{}", ADMIN_MANAGER, true),
            new Endpoint("POST", "/api/system/event-logs", "{}", ADMIN_ONLY, true),
            new Endpoint("GET", "/api/system/event-logs/export?format=json", null, ADMIN_ONLY, true),
            new Endpoint("POST", "/api/system/update-env", "{}", ADMIN_ONLY, true),
            new Endpoint("POST", "/api/system/default-system-prompt", "{}", ADMIN_ONLY, true),
            new Endpoint("GET", "/api/system/default-system-prompt", null, ALL, true),
            new Endpoint("POST", "/api/system/workspace-chats", "{}", ADMIN_MANAGER, true),
            new Endpoint("GET", "/api/system/export-chats?type=json", null, ADMIN_MANAGER, true),
            new Endpoint("GET", "/api/system/remove-logo", null, ADMIN_MANAGER, true),
            new Endpoint("GET", "/api/system/footer-data", null, ALL, true),
            new Endpoint("GET", "/api/system/support-email", null, ALL, true),
            new Endpoint("GET", "/api/workspaces", null, ALL, true),
            new Endpoint("GET", "/api/workspace/nothing-here", null, ALL, true),
            new Endpoint("POST", "/api/workspace/new", "{\"name\":\"Matrix\"}", ADMIN_MANAGER, true),
            new Endpoint("POST", "/api/admin/user/9999/revoke-sessions", "", ADMIN_MANAGER, false));

    @Test
    void multiUserMode() {
        Accounts accounts = new Accounts(api);
        accounts.enableMultiUser();
        controls.createUser("mia", "mia-password-2026", "manager", false);
        controls.createUser("dan", "dan-password-2026", "default", false);
        Map<String, ApiClient> callers = Map.of(
                "admin", api.withToken(accounts.login(ADMIN, ADMIN_PASSWORD)),
                "manager", api.withToken(accounts.login("mia", "mia-password-2026")),
                "default", api.withToken(accounts.login("dan", "dan-password-2026")));
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (var caller : callers.entrySet()) {
                boolean refused = refusedByRole(call(caller.getValue(), endpoint));
                if (refused == endpoint.allowed().contains(caller.getKey())) {
                    wrong.add(caller.getKey() + " " + endpoint.method() + " " + endpoint.path() + (refused ? " refused" : " let in"));
                }
            }
            ApiResponse anonymous = call(api, endpoint);
            if (anonymous.status() != 401 || !anonymous.text().equals("{\"error\":\"No auth token found.\"}")) {
                wrong.add("no token " + endpoint.method() + " " + endpoint.path() + " answered " + anonymous.status());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void singleUserMode() {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            boolean refused = refusedByRole(call(api, endpoint));
            if (refused == endpoint.singleUser()) {
                wrong.add(endpoint.method() + " " + endpoint.path() + (refused ? " refused" : " let in"));
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static ApiResponse call(ApiClient client, Endpoint endpoint) {
        return client.send(endpoint.method(), endpoint.path(), endpoint.body() == null ? null : "text/plain;charset=UTF-8",
                endpoint.body());
    }

    private static boolean refusedByRole(ApiResponse response) {
        return response.status() == 401 && response.text().equals("Unauthorized");
    }
}
