package org.gatehouse.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.gatehouse.testing.Accounts;
import org.gatehouse.testing.ApiClient;
import org.gatehouse.testing.ApiResponse;
import org.gatehouse.testing.DeployedRoutes;
import org.gatehouse.testing.GatehouseIT;
import org.gatehouse.testing.Team;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The guard matrix of contract 4.4. Its rows are written out below, one per route, and the routes
 * themselves are found by reflection in the compiled WAR ({@link DeployedRoutes}): a new endpoint without
 * a row, or a row without an endpoint, fails the build. Each row is then called over HTTP as admin,
 * manager, default user and without a credential, in multi-user mode, in single-user mode with a password
 * and on an open instance. Only the guard's verdict is checked (refused by role means text 401
 * {@code Unauthorized}; without a session, JSON 401 {@code No auth token found.}); each feature's own
 * tests check the answers.
 */
class RoleMatrixIT extends GatehouseIT {

    /** Who a route admits. */
    enum Access {
        /** No guard: anyone, in every mode. */
        PUBLIC,
        /** validatedRequest only: any signed-in user, the single-user password holder, an open instance. */
        SIGNED_IN,
        /** validatedRequest, then refused in multi-user mode for every role (single-user endpoints). */
        SINGLE_USER_ONLY,
        /** strict[admin]: multi-user admins only; refused in single-user mode. */
        STRICT_ADMIN,
        /** strict[admin, manager]. */
        STRICT_ADMIN_MANAGER,
        /** flex[admin]: multi-user admins; anyone signed in (or an open instance) in single-user mode. */
        FLEX_ADMIN,
        /** flex[admin, manager]. */
        FLEX_ADMIN_MANAGER,
        /** A developer API key ({@code /api/v1}); without one, 403. */
        API_KEY,
        /** A browser-extension key; without one, 403. */
        BROWSER_EXTENSION_KEY,
        /** The account-recovery endpoints: multi-user mode only, no session. */
        MULTI_USER_SETUP,
        /** Simple SSO redemption: only when Simple SSO is enabled. */
        SIMPLE_SSO
    }

    private static final Map<String, Access> ROWS = new LinkedHashMap<>();

    private static void row(String route, Access access) {
        ROWS.put(route, access);
    }

    static {
        row("GET /api/admin/api-keys", Access.STRICT_ADMIN);
        row("DELETE /api/admin/delete-api-key/{id}", Access.STRICT_ADMIN);
        row("POST /api/admin/generate-api-key", Access.STRICT_ADMIN);
        row("POST /api/admin/invite/new", Access.STRICT_ADMIN_MANAGER);
        row("DELETE /api/admin/invite/{id}", Access.STRICT_ADMIN_MANAGER);
        row("GET /api/admin/invites", Access.STRICT_ADMIN_MANAGER);
        row("GET /api/admin/system-preferences", Access.FLEX_ADMIN_MANAGER);
        row("POST /api/admin/system-preferences", Access.FLEX_ADMIN_MANAGER);
        row("GET /api/admin/system-preferences-for", Access.FLEX_ADMIN_MANAGER);
        row("DELETE /api/admin/user/{id}", Access.STRICT_ADMIN_MANAGER);
        row("POST /api/admin/user/{id}", Access.STRICT_ADMIN_MANAGER);
        row("POST /api/admin/user/{id}/revoke-sessions", Access.STRICT_ADMIN_MANAGER);
        row("GET /api/admin/users", Access.STRICT_ADMIN_MANAGER);
        row("POST /api/admin/users/new", Access.STRICT_ADMIN_MANAGER);
        row("GET /api/admin/workspaces", Access.STRICT_ADMIN_MANAGER);
        row("POST /api/admin/workspaces/new", Access.STRICT_ADMIN_MANAGER);
        row("DELETE /api/admin/workspaces/{id}", Access.STRICT_ADMIN_MANAGER);
        row("POST /api/admin/workspaces/{id}/update-users", Access.STRICT_ADMIN_MANAGER);
        row("GET /api/admin/workspaces/{id}/users", Access.STRICT_ADMIN_MANAGER);
        row("GET /api/browser-extension/api-keys", Access.FLEX_ADMIN_MANAGER);
        row("POST /api/browser-extension/api-keys/new", Access.FLEX_ADMIN_MANAGER);
        row("DELETE /api/browser-extension/api-keys/{id}", Access.FLEX_ADMIN_MANAGER);
        row("GET /api/browser-extension/check", Access.BROWSER_EXTENSION_KEY);
        row("DELETE /api/browser-extension/disconnect", Access.BROWSER_EXTENSION_KEY);
        row("GET /api/browser-extension/workspaces", Access.BROWSER_EXTENSION_KEY);
        row("POST /api/browser-extension/{ingestion}", Access.BROWSER_EXTENSION_KEY);
        row("GET /api/docs", Access.PUBLIC);
        row("GET /api/env-dump", Access.PUBLIC);
        row("GET /api/docs/openapi.json", Access.PUBLIC);
        row("GET /api/invite/{code}", Access.PUBLIC);
        row("GET /api/migrate", Access.PUBLIC);
        row("POST /api/invite/{code}", Access.PUBLIC);
        row("GET /api/onboarding", Access.PUBLIC);
        row("POST /api/onboarding", Access.SIGNED_IN);
        row("GET /api/ping", Access.PUBLIC);
        row("POST /api/request-token", Access.PUBLIC);
        row("GET /api/request-token/sso/simple", Access.SIMPLE_SSO);
        row("GET /api/setup-complete", Access.PUBLIC);
        row("GET /api/utils/metrics", Access.PUBLIC);
        row("DELETE /api/system/api-key/{id}", Access.SINGLE_USER_ONLY);
        row("GET /api/system/api-keys", Access.SINGLE_USER_ONLY);
        row("GET /api/system/check-token", Access.SIGNED_IN);
        row("GET /api/system/custom-app-name", Access.PUBLIC);
        row("GET /api/system/default-system-prompt", Access.SIGNED_IN);
        row("POST /api/system/default-system-prompt", Access.FLEX_ADMIN);
        row("POST /api/system/enable-multi-user", Access.SIGNED_IN);
        row("DELETE /api/system/event-logs", Access.FLEX_ADMIN);
        row("POST /api/system/event-logs", Access.FLEX_ADMIN);
        row("GET /api/system/event-logs/export", Access.FLEX_ADMIN);
        row("GET /api/system/export-chats", Access.FLEX_ADMIN_MANAGER);
        row("GET /api/system/footer-data", Access.SIGNED_IN);
        row("POST /api/system/generate-api-key", Access.SINGLE_USER_ONLY);
        row("GET /api/system/is-default-logo", Access.PUBLIC);
        row("GET /api/system/logo", Access.PUBLIC);
        row("POST /api/system/logout", Access.SIGNED_IN);
        row("GET /api/system/multi-user-mode", Access.PUBLIC);
        row("GET /api/system/pfp/{id}", Access.SIGNED_IN);
        row("POST /api/system/recover-account", Access.MULTI_USER_SETUP);
        row("GET /api/system/refresh-user", Access.SIGNED_IN);
        row("GET /api/system/remove-logo", Access.FLEX_ADMIN_MANAGER);
        row("DELETE /api/system/remove-pfp", Access.SIGNED_IN);
        row("POST /api/system/reset-password", Access.MULTI_USER_SETUP);
        row("GET /api/system/support-email", Access.SIGNED_IN);
        row("POST /api/system/update-env", Access.FLEX_ADMIN);
        row("POST /api/system/update-password", Access.SINGLE_USER_ONLY);
        row("POST /api/system/upload-logo", Access.FLEX_ADMIN_MANAGER);
        row("POST /api/system/upload-pfp", Access.SIGNED_IN);
        row("POST /api/system/user", Access.SIGNED_IN);
        row("POST /api/system/workspace-chats", Access.FLEX_ADMIN_MANAGER);
        row("DELETE /api/system/workspace-chats/{id}", Access.FLEX_ADMIN_MANAGER);
        row("POST /api/v1/admin/invite/new", Access.API_KEY);
        row("DELETE /api/v1/admin/invite/{id}", Access.API_KEY);
        row("GET /api/v1/admin/invites", Access.API_KEY);
        row("GET /api/v1/admin/is-multi-user-mode", Access.API_KEY);
        row("POST /api/v1/admin/preferences", Access.API_KEY);
        row("GET /api/v1/admin/users", Access.API_KEY);
        row("POST /api/v1/admin/users/new", Access.API_KEY);
        row("DELETE /api/v1/admin/users/{id}", Access.API_KEY);
        row("POST /api/v1/admin/users/{id}", Access.API_KEY);
        row("POST /api/v1/admin/workspace-chats", Access.API_KEY);
        row("POST /api/v1/admin/workspaces/{id}/update-users", Access.API_KEY);
        row("GET /api/v1/admin/workspaces/{id}/users", Access.API_KEY);
        row("POST /api/v1/admin/workspaces/{slug}/manage-users", Access.API_KEY);
        row("GET /api/v1/auth", Access.API_KEY);
        row("GET /api/v1/system", Access.API_KEY);
        row("GET /api/v1/system/env-dump", Access.PUBLIC);
        row("GET /api/v1/system/export-chats", Access.API_KEY);
        row("DELETE /api/v1/system/remove-documents", Access.API_KEY);
        row("POST /api/v1/system/update-env", Access.API_KEY);
        row("GET /api/v1/system/vector-count", Access.API_KEY);
        row("GET /api/v1/users", Access.API_KEY);
        row("GET /api/v1/users/{id}/issue-auth-token", Access.API_KEY);
        row("POST /api/v1/workspace/new", Access.API_KEY);
        row("DELETE /api/v1/workspace/{slug}", Access.API_KEY);
        row("GET /api/v1/workspace/{slug}", Access.API_KEY);
        row("GET /api/v1/workspaces", Access.API_KEY);
        row("POST /api/workspace/new", Access.FLEX_ADMIN_MANAGER);
        row("DELETE /api/workspace/{slug}", Access.FLEX_ADMIN_MANAGER);
        row("GET /api/workspace/{slug}", Access.SIGNED_IN);
        row("GET /api/workspaces", Access.SIGNED_IN);
    }

    /**
     * Routes that change the caller's own access when allowed (a new single-user password ends the
     * password holder's sessions, logout ends the caller's): called last, in this order, so the other rows
     * keep their credentials.
     */
    private static final List<String> CALLED_LAST = List.of("POST /api/system/update-password", "POST /api/system/logout");

    /** Bodies other than {@code {}}: update-password keeps single-user mode protected rather than opening it. */
    private static final Map<String, String> BODIES = Map.of("POST /api/system/update-password",
            "{\"usePassword\":true,\"newPassword\":\"single-user-secret-2026\"}");

    private static final Set<Access> SESSION_GUARDED = Set.of(Access.SIGNED_IN, Access.SINGLE_USER_ONLY,
            Access.STRICT_ADMIN, Access.STRICT_ADMIN_MANAGER, Access.FLEX_ADMIN, Access.FLEX_ADMIN_MANAGER);

    private static final String NO_TOKEN = "{\"error\":\"No auth token found.\"}";
    private static final String NO_API_KEY = "{\"error\":\"No valid api key found.\"}";

    private static List<String> routes;

    @BeforeAll
    static void everyDeployedRouteHasARow() {
        routes = DeployedRoutes.all().stream().map(DeployedRoutes.Route::toString).toList();
        Set<String> deployed = new TreeSet<>(routes);
        Set<String> withoutRow = new TreeSet<>(deployed);
        withoutRow.removeAll(ROWS.keySet());
        Set<String> withoutRoute = new TreeSet<>(ROWS.keySet());
        withoutRoute.removeAll(deployed);
        assertEquals(Set.of(), withoutRow, "deployed routes without a row in the matrix");
        assertEquals(Set.of(), withoutRoute, "rows of the matrix without a deployed route");
    }

    @Test
    void multiUserMode() {
        Team team = Team.signIn(api, controls);
        Map<String, ApiClient> callers = Map.of("admin", team.admin(), "manager", team.manager(), "default", team.member());
        List<String> wrong = new ArrayList<>();
        for (String route : inCallingOrder()) {
            Access access = ROWS.get(route);
            if (SESSION_GUARDED.contains(access)) {
                for (var caller : callers.entrySet()) {
                    boolean refused = refusedByRole(call(caller.getValue(), route));
                    if (refused == allowedInMultiUserMode(access, caller.getKey())) {
                        wrong.add(caller.getKey() + " " + route + (refused ? " refused" : " let in"));
                    }
                }
            }
            checkAnonymous(route, access, true, wrong);
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void singleUserModeWithAPassword() {
        controls.setEnv("AUTH_TOKEN", "single-user-secret-2026");
        ApiClient holder = api.withToken(new Accounts(api).loginSingleUser("single-user-secret-2026"));
        List<String> wrong = new ArrayList<>();
        for (String route : inCallingOrder()) {
            Access access = ROWS.get(route);
            if (SESSION_GUARDED.contains(access)) {
                boolean refused = refusedByRole(call(holder, route));
                if (refused == (access != Access.STRICT_ADMIN && access != Access.STRICT_ADMIN_MANAGER)) {
                    wrong.add("password holder " + route + (refused ? " refused" : " let in"));
                }
            }
            checkAnonymous(route, access, true, wrong);
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void openInstance() {
        List<String> wrong = new ArrayList<>();
        for (String route : inCallingOrder()) {
            Access access = ROWS.get(route);
            if (SESSION_GUARDED.contains(access)) {
                boolean refused = refusedByRole(call(api, route));
                if (refused == (access != Access.STRICT_ADMIN && access != Access.STRICT_ADMIN_MANAGER)) {
                    wrong.add("anyone " + route + (refused ? " refused" : " let in"));
                }
            } else {
                checkAnonymous(route, access, false, wrong);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void developerApiKeysOpenTheDeveloperApiOnly() {
        ApiClient key = api.withToken(api.post("/api/system/generate-api-key", "{}").expectStatus(200)
                .json().getJsonObject("apiKey").getString("secret"));
        List<String> wrong = new ArrayList<>();
        for (String route : inCallingOrder()) {
            Access access = ROWS.get(route);
            ApiResponse response = call(key, route);
            boolean refusedAsKey = response.status() == 403 && response.text().equals(NO_API_KEY);
            if (access == Access.API_KEY && refusedAsKey) {
                wrong.add("valid key refused at " + route);
            }
        }
        controls.setEnv("AUTH_TOKEN", "single-user-secret-2026");
        for (String route : inCallingOrder()) {
            if (SESSION_GUARDED.contains(ROWS.get(route))) {
                ApiResponse response = call(key, route);
                if (response.status() != 401) {
                    wrong.add("an API key used as a session at " + route + " answered " + response.status());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static boolean allowedInMultiUserMode(Access access, String role) {
        return switch (access) {
            case SIGNED_IN -> true;
            case SINGLE_USER_ONLY -> false;
            case STRICT_ADMIN, FLEX_ADMIN -> role.equals("admin");
            case STRICT_ADMIN_MANAGER, FLEX_ADMIN_MANAGER -> !role.equals("default");
            default -> throw new IllegalArgumentException(access.name());
        };
    }

    /** Without any credential: session routes answer JSON 401 when a session is required; key routes 403. */
    private void checkAnonymous(String route, Access access, boolean sessionsRequired, List<String> wrong) {
        ApiResponse anonymous = call(api, route);
        String verdict = anonymous.status() + " " + anonymous.text();
        boolean ok = switch (access) {
            case PUBLIC, MULTI_USER_SETUP, SIMPLE_SSO -> !(anonymous.status() == 401
                    && (anonymous.text().equals(NO_TOKEN) || anonymous.text().equals("Unauthorized")));
            case API_KEY -> anonymous.status() == 403 && anonymous.text().equals(NO_API_KEY);
            case BROWSER_EXTENSION_KEY -> anonymous.status() == 403;
            default -> !sessionsRequired || anonymous.status() == 401 && anonymous.text().equals(NO_TOKEN);
        };
        if (!ok) {
            wrong.add("no credential " + route + " answered " + verdict);
        }
    }

    private static List<String> inCallingOrder() {
        List<String> ordered = new ArrayList<>(routes);
        ordered.removeAll(CALLED_LAST);
        ordered.addAll(CALLED_LAST);
        return ordered;
    }

    private static ApiResponse call(ApiClient client, String route) {
        String verb = route.substring(0, route.indexOf(' '));
        String path = route.substring(route.indexOf(' ') + 1)
                .replace("{id}", "9999").replace("{slug}", "nothing-here").replace("{code}", "nothing-here")
                .replace("{ingestion}", "embed-content");
        if (path.endsWith("/upload-logo") || path.endsWith("/upload-pfp")) {
            return client.postFile(path, path.endsWith("logo") ? "logo" : "file", "x.png", "image/png", new byte[] {1, 2, 3});
        }
        String body = verb.equals("POST") ? BODIES.getOrDefault(route, "{}") : null;
        return client.send(verb, path, body == null ? null : ApiClient.WEB_CLIENT_CONTENT_TYPE, body);
    }

    private static boolean refusedByRole(ApiResponse response) {
        return response.status() == 401 && response.text().equals("Unauthorized");
    }
}
