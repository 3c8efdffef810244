package org.gatehouse.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gatehouse.testing.Accounts;
import org.gatehouse.testing.ApiClient;
import org.gatehouse.testing.ApiResponse;
import org.gatehouse.testing.Deployments;
import org.gatehouse.testing.PayaraMicroProcess;
import org.gatehouse.testing.Race;
import org.gatehouse.testing.TestControls;
import org.gatehouse.testing.TestDatabase;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.Test;

/**
 * Two Gatehouse nodes, each with its own STORAGE_DIR, started together on one empty PostgreSQL database,
 * behave as one: the schema is migrated once, both sign with the same generated JWT secret, and what one
 * node writes the other serves, page sessions and forms included. Runs wherever PostgreSQL is available,
 * which CI guarantees.
 */
class TwoNodesOnPostgresIT {

    @Test
    void twoNodesOnOneDatabaseBehaveAsOne() throws Exception {
        assumeTrue(TestDatabase.kinds().contains(TestDatabase.Kind.POSTGRESQL), "PostgreSQL is not available here");
        Path root = Files.createDirectories(Path.of(System.getProperty("gatehouse.itStorage", "target/it-storage"),
                "two-nodes"));
        Path war = root.resolve("gatehouse-with-test-support.war");
        Deployments.gatehouse().as(ZipExporter.class).exportTo(war.toFile(), true);

        try (TestDatabase database = TestDatabase.empty(TestDatabase.Kind.POSTGRESQL)) {
            Map<String, String> environment = new HashMap<>(database.serverEnvironment());
            environment.put("GATEHOUSE_CONFIG_REFRESH_SECONDS", "0");
            CompletableFuture<PayaraMicroProcess> startingA = start(war, root, "a", environment);
            CompletableFuture<PayaraMicroProcess> startingB = start(war, root, "b", environment);
            try (PayaraMicroProcess a = startingA.join(); PayaraMicroProcess b = startingB.join()) {
                ApiClient nodeA = new ApiClient(a.baseUrl());
                ApiClient nodeB = new ApiClient(b.baseUrl());

                TestControls.of(nodeA).setSetting("custom_app_name", "One Cluster");
                nodeB.get("/api/system/custom-app-name").expectStatus(200)
                        .expectJson("{\"customAppName\":\"One Cluster\"}");

                TestControls.of(nodeB).setEnv("WORKSPACE_DELETION_PROTECTION", "");
                assertEquals(JsonValue.TRUE, nodeA.get("/api/setup-complete").json()
                        .getJsonObject("results").get("WorkspaceDeletionProtection"), "B's run-time change seen by A");

                aPageSessionCrossesNodesWithoutStickiness(nodeA, nodeB);
                aKeyUsedOnBothNodesIsWrittenOnceAMinute(nodeA, nodeB);
                racesAcrossNodesAreDecidedOnce(nodeA, nodeB);
            }
            try (var connection = database.connection();
                 var statement = connection.createStatement();
                 var rows = statement.executeQuery("SELECT COUNT(*) FROM environment_overrides WHERE name = 'JWT_SECRET'")) {
                rows.next();
                assertEquals(1, rows.getInt(1), "one secret for both nodes");
            }
        }
    }

    /**
     * The console behind a balancer that is not sticky: every request goes to the other node. A form
     * rendered by A is accepted by B, B's page session opens A's pages, and signing out on B ends it on A.
     */
    private static void aPageSessionCrossesNodesWithoutStickiness(ApiClient nodeA, ApiClient nodeB) {
        Accounts accounts = new Accounts(nodeA);
        accounts.enableMultiUser();
        accounts.login(Accounts.ADMIN, Accounts.ADMIN_PASSWORD); // the first sign-in's recovery codes are behind us

        String signInForm = "signIn=signIn&signIn%3Ausername=" + Accounts.ADMIN + "&signIn%3Apassword="
                + URLEncoder.encode(Accounts.ADMIN_PASSWORD, StandardCharsets.UTF_8)
                + "&signIn%3Asubmit=&jakarta.faces.ViewState=stateless&gatehouse_form_token="
                + formToken(nodeA.get("/login").expectStatus(200).text());
        ApiResponse signedIn = nodeB.send("POST", "/login.xhtml", FORM, signInForm).expectStatus(302);
        String cookie = signedIn.header("Set-Cookie").orElseThrow().split(";", 2)[0];
        assertTrue(cookie.startsWith("gatehouse_session=") && cookie.length() > "gatehouse_session=".length(), cookie);

        String dashboard = nodeA.withHeader("Cookie", cookie).get("/admin/").expectStatus(200).text();
        assertTrue(dashboard.contains("signedInAs"), "B's page session opens A's console");
        String signOut = "account=account&account%3AsignOut=&jakarta.faces.ViewState=stateless&gatehouse_form_token="
                + formToken(dashboard);
        nodeB.withHeader("Cookie", cookie).send("POST", "/admin/index.xhtml", FORM, signOut).expectStatus(302);
        assertTrue(nodeA.withHeader("Cookie", cookie).get("/admin/").expectStatus(302).header("Location")
                .orElseThrow().endsWith("/login"), "signed out on B means signed out on A");
    }

    /**
     * RacesIT's races with every other request sent to the other node, on PostgreSQL: the locks that decide
     * them are in the database, so two nodes still make one SSO token, one account per username and keep
     * an active admin.
     */
    private static void racesAcrossNodesAreDecidedOnce(ApiClient nodeA, ApiClient nodeB) {
        TestControls controls = TestControls.of(nodeA);
        Accounts accounts = new Accounts(nodeA);
        ApiClient admin = nodeA.withToken(accounts.login(Accounts.ADMIN, Accounts.ADMIN_PASSWORD));
        ApiClient[] nodes = {nodeA, nodeB};
        String key = admin.post("/api/admin/generate-api-key", "{}").json().getJsonObject("apiKey").getString("secret");
        int janeId = controls.createUser("jane", "jane-password-2026", "default", false);
        controls.setEnv("SIMPLE_SSO_ENABLED", "");
        List<ApiResponse> issued = Race.atOnce(100, i -> nodes[i % 2].withToken(key).get("/api/v1/users/" + janeId + "/issue-auth-token"));
        issued.forEach(answer -> answer.expectStatus(200));
        controls.assertInvariants();
        String token = nodeB.withToken(key).get("/api/v1/users/" + janeId + "/issue-auth-token").json().getString("token");
        List<ApiResponse> redeemed = Race.atOnce(100, i -> nodes[i % 2].get("/api/request-token/sso/simple?token=" + token));
        assertEquals(1, redeemed.stream().filter(answer -> answer.status() == 200).count(), "one session from one token");

        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            codes.add(admin.post("/api/admin/invite/new", "{}").json().getJsonObject("invite").getString("code"));
        }
        List<ApiResponse> claims = Race.atOnce(100, i -> nodes[i % 2].post("/api/invite/" + codes.get(i),
                Accounts.credentials("twin", "twin-password-2026")));
        assertEquals(1, claims.stream().filter(answer -> answer.json().getBoolean("success")).count(), "one account per username");

        int adaId = controls.createUser("ada", "ada-password-2026", "admin", false);
        int adminId = admin.get("/api/system/refresh-user").json().getJsonObject("user").getInt("id");
        String[] admins = {accounts.login(Accounts.ADMIN, Accounts.ADMIN_PASSWORD), accounts.login("ada", "ada-password-2026")};
        Race.atOnce(100, i -> {
            ApiClient actor = nodes[i % 2].withToken(admins[(i / 2) % 2]);
            return actor.post("/api/admin/user/" + (i / 4 % 2 == 0 ? adminId : adaId),
                    i / 8 % 2 == 0 ? "{\"role\":\"default\"}" : "{\"suspended\":1}");
        });
        controls.assertInvariants();

        // The lockout's count lives in the database: guesses spread over both nodes get one threshold of checks.
        controls.createUser("kim", "kim-password-2026", "default", false);
        int checkedBefore = controls.events("failed_login_invalid_password").size();
        Race.atOnce(100, i -> nodes[i % 2].post("/api/request-token", Accounts.credentials("kim", "wrong-password-" + i)))
                .forEach(answer -> answer.expectStatus(200));
        assertEquals(5, controls.events("failed_login_invalid_password").size() - checkedBefore,
                "five guesses checked across both nodes");
        controls.assertInvariants();
    }

    /**
     * A key's last use is written at most once a minute across the cluster, not once per node: a use on B
     * within the minute of A's write leaves it, a use on A a minute later writes it. The clocks move ahead, never
     * back: a session older than the last sign-out would be refused.
     */
    private static void aKeyUsedOnBothNodesIsWrittenOnceAMinute(ApiClient nodeA, ApiClient nodeB) {
        Instant now = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        TestControls.of(nodeA).setClock(now);
        TestControls.of(nodeB).setClock(now.plusSeconds(30));
        ApiClient admin = nodeA.withToken(new Accounts(nodeA).login(Accounts.ADMIN, Accounts.ADMIN_PASSWORD));
        JsonObject created = admin.post("/api/admin/generate-api-key", "{}").expectStatus(200).json().getJsonObject("apiKey");
        int id = created.getInt("id");
        String key = created.getString("secret");
        nodeA.withToken(key).get("/api/v1/auth").expectStatus(200);
        assertEquals(now, lastUsed(admin, id));
        nodeB.withToken(key).get("/api/v1/auth").expectStatus(200);
        assertEquals(now, lastUsed(admin, id), "B's first use, within A's minute, is not written");
        TestControls.of(nodeA).setClock(now.plusSeconds(61));
        nodeA.withToken(key).get("/api/v1/auth").expectStatus(200);
        assertEquals(now.plusSeconds(61), lastUsed(admin, id));
    }

    private static Instant lastUsed(ApiClient admin, int keyId) {
        return Instant.parse(admin.get("/api/admin/api-keys").expectStatus(200).json().getJsonArray("apiKeys").stream()
                .map(JsonValue::asJsonObject).filter(key -> key.getInt("id") == keyId).findFirst().orElseThrow()
                .getString("lastUsedAt"));
    }

    private static final String FORM = "application/x-www-form-urlencoded";

    private static String formToken(String page) {
        Matcher token = Pattern.compile("name=\"gatehouse_form_token\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(token.find(), "the page carries its form token");
        return token.group(1);
    }

    private static CompletableFuture<PayaraMicroProcess> start(Path war, Path root, String node,
                                                               Map<String, String> environment) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                Path storage = Files.createTempDirectory(root, "node-" + node + "-");
                return PayaraMicroProcess.start(war, storage, root.resolve("node-" + node + ".log"), environment);
            } catch (Exception e) {
                throw new IllegalStateException("node " + node + " did not start", e);
            }
        });
    }
}
