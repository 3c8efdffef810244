package org.gatehouse.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import jakarta.json.JsonObject;
import org.gatehouse.platform.rest.HostileRequests.Credential;
import org.gatehouse.platform.rest.HostileRequests.Probe;
import org.gatehouse.testing.Accounts;
import org.gatehouse.testing.ApiClient;
import org.gatehouse.testing.DeployedRoutes;
import org.gatehouse.testing.GatehouseIT;
import org.gatehouse.testing.Team;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile input over HTTP: tens of thousands of malformed requests, drawn by {@link HostileRequests} from one
 * seed, across every route {@link DeployedRoutes} finds, anonymous, with forged credentials and with valid
 * ones (a multi-user admin, a developer API key, a browser-extension key; the single-user password holder),
 * from a few parallel clients. Every answer must be below 500, never an HTML error page, never a stack trace
 * or a class name; afterwards {@code /api/ping} answers and the data's invariants hold.
 *
 * <p>The seed is printed; {@code -Dfuzz.seed=<seed>} replays the same requests ({@code -Dfuzz.requests=<n>}
 * changes how many).
 */
class HostileInputIT extends GatehouseIT {

    private static final long SEED = Long.getLong("fuzz.seed", ThreadLocalRandom.current().nextLong());
    private static final int REQUESTS_PER_MODE = Integer.getInteger("fuzz.requests", 10_500);
    private static final int CLIENTS = 4;
    private static final int SHOWN = 30;

    /**
     * Routes that end or change the caller's own credential when they succeed (sign-out, a new password, a
     * new JWT secret, a mode switch, a deleted key, the caller's own sessions ended: an id drawn for another
     * table can be the admin's): sent after every other probe, so the others keep theirs.
     */
    private static final Set<String> SENT_LAST = Set.of("POST /api/system/logout", "DELETE /api/browser-extension/disconnect",
            "POST /api/system/update-password", "POST /api/system/update-env", "POST /api/v1/system/update-env",
            "POST /api/system/user", "POST /api/system/enable-multi-user", "DELETE /api/system/api-key/{id}",
            "DELETE /api/admin/delete-api-key/{id}", "DELETE /api/browser-extension/api-keys/{id}",
            "POST /api/admin/user/{id}/revoke-sessions");
    private static final int PROBES_PER_LAST_ROUTE = 120;

    /**
     * Routes whose deliberate answer is 501 (docs/compatibility.md): features Gatehouse leaves to AnythingLLM,
     * answered in the contract's shape.
     */
    private static final Set<String> NOT_IMPLEMENTED = Set.of("GET /api/v1/system/vector-count",
            "DELETE /api/v1/system/remove-documents", "POST /api/browser-extension/{ingestion}");

    /** Routes whose normal answer is an HTML page. */
    private static final Set<String> HTML_PAGES = Set.of("GET /api/docs");

    private static final Pattern HTML = Pattern.compile("(?i)<html|<!doctype");
    private static final Pattern LEAK = Pattern.compile("\\bat (org|java|jakarta|com|sun)\\.|Exception|java\\.|jakarta\\."
            + "|org\\.glassfish|org\\.eclipse|org\\.apache|org\\.gatehouse|Payara|Grizzly|Jersey|EclipseLink|Derby|\\.java:\\d");

    private static final Set<String> KEY_ROUTES = Set.of("GET /api/browser-extension/check",
            "DELETE /api/browser-extension/disconnect", "GET /api/browser-extension/workspaces",
            "POST /api/browser-extension/{ingestion}");

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();

    private static List<String> routes;

    @BeforeAll
    static void routesAndSeed() {
        routes = DeployedRoutes.all().stream().map(DeployedRoutes.Route::toString).toList();
        System.out.println("HostileInputIT seed " + SEED + " (replay: -Dfuzz.seed=" + SEED + "), " + routes.size() + " routes");
    }

    @Test
    void multiUserModeAsAdminWithKeysAndAnonymous() {
        Team team = Team.signIn(api, controls);
        String adminToken = team.accounts().login(Accounts.ADMIN, Accounts.ADMIN_PASSWORD);
        ApiClient admin = api.withToken(adminToken);
        JsonObject workspace = admin.post("/api/workspace/new", "{\"name\":\"Fuzzed\"}").expectStatus(200).json().getJsonObject("workspace");
        JsonObject invite = admin.post("/api/admin/invite/new", "{\"workspaceIds\":[" + workspace.getInt("id") + "]}")
                .expectStatus(200).json().getJsonObject("invite");
        Map<String, String> credentials = Map.of(
                "session", "Bearer " + adminToken,
                "apiKey", "Bearer " + admin.post("/api/admin/generate-api-key", "{}").expectStatus(200).json()
                        .getJsonObject("apiKey").getString("secret"),
                "browserKey", "Bearer " + admin.post("/api/browser-extension/api-keys/new", "").expectStatus(200).json()
                        .getString("apiKey"));
        Map<String, List<String>> known = Map.of(
                "id", List.of(String.valueOf(team.managerId()), String.valueOf(team.memberId()), String.valueOf(workspace.getInt("id")),
                        String.valueOf(invite.getInt("id"))),
                "slug", List.of(workspace.getString("slug")),
                "code", List.of(invite.getString("code")));

        Run run = new Run(1, known, credentials);
        run.send(run.mainProbes(REQUESTS_PER_MODE));
        run.expectStillSignedIn("GET /api/system/check-token", "session");
        run.expectStillSignedIn("GET /api/v1/auth", "apiKey");
        run.expectStillSignedIn("GET /api/browser-extension/check", "browserKey");
        run.send(run.lastProbes());
        run.verify();
    }

    @Test
    void singleUserModeWithThePasswordAndAnonymous() {
        controls.setEnv("AUTH_TOKEN", "single-user-secret-2026");
        String holderToken = new Accounts(api).loginSingleUser("single-user-secret-2026");
        ApiClient holder = api.withToken(holderToken);
        JsonObject workspace = holder.post("/api/workspace/new", "{\"name\":\"Fuzzed\"}").expectStatus(200).json().getJsonObject("workspace");
        Map<String, String> credentials = Map.of(
                "session", "Bearer " + holderToken,
                "apiKey", "Bearer " + holder.post("/api/system/generate-api-key", "{}").expectStatus(200).json()
                        .getJsonObject("apiKey").getString("secret"),
                "browserKey", "Bearer " + holder.post("/api/browser-extension/api-keys/new", "").expectStatus(200).json()
                        .getString("apiKey"));
        Map<String, List<String>> known = Map.of("id", List.of(String.valueOf(workspace.getInt("id"))),
                "slug", List.of(workspace.getString("slug")));

        Run run = new Run(2, known, credentials);
        run.send(run.mainProbes(REQUESTS_PER_MODE));
        run.expectStillSignedIn("GET /api/system/check-token", "session");
        run.expectStillSignedIn("GET /api/v1/auth", "apiKey");
        run.expectStillSignedIn("GET /api/browser-extension/check", "browserKey");
        run.send(run.lastProbes());
        run.verify();
    }

    /** One mode's probes, their failures and counts. */
    private final class Run {

        private final HostileRequests generator;
        private final Map<String, String> credentials;
        private final ConcurrentLinkedQueue<String[]> failures = new ConcurrentLinkedQueue<>();
        private final AtomicInteger sent = new AtomicInteger();
        private final AtomicInteger belowTheGuards = new AtomicInteger();
        private final List<String> mainRoutes;
        private final List<String> lastRoutes;
        private int nextIndex;
        private final long started = System.nanoTime();
        private final int mode;

        Run(int mode, Map<String, List<String>> known, Map<String, String> credentials) {
            this.mode = mode;
            this.generator = new HostileRequests(SEED * 31 + mode, known);
            this.credentials = credentials;
            this.mainRoutes = routes.stream().filter(r -> !SENT_LAST.contains(r)).toList();
            this.lastRoutes = routes.stream().filter(SENT_LAST::contains).toList();
            assertEquals(SENT_LAST.size(), lastRoutes.size(), () -> "routes sent last that are not deployed: " + SENT_LAST);
        }

        /** {@code count} probes spread evenly over the routes, half with the valid credential. */
        List<Probe> mainProbes(int count) {
            List<Probe> probes = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String route = mainRoutes.get(i % mainRoutes.size());
                probes.add(generator.probe(nextIndex++, route, (i / mainRoutes.size()) % 2 == 0 ? Credential.VALID : Credential.NONE));
            }
            return probes;
        }

        List<Probe> lastProbes() {
            List<Probe> probes = new ArrayList<>();
            for (String route : lastRoutes) {
                for (int i = 0; i < PROBES_PER_LAST_ROUTE; i++) {
                    probes.add(generator.probe(nextIndex++, route, i % 2 == 0 ? Credential.VALID : Credential.NONE));
                }
            }
            return probes;
        }

        void send(List<Probe> probes) {
            AtomicInteger next = new AtomicInteger();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            try {
                List<Future<?>> running = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    running.add(clients.submit(() -> {
                        for (int i = next.getAndIncrement(); i < probes.size(); i = next.getAndIncrement()) {
                            check(probes.get(i));
                        }
                    }));
                }
                for (Future<?> client : running) {
                    client.get();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                clients.shutdownNow();
            }
        }

        private void check(Probe probe) {
            HttpRequest request;
            try {
                HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(api.base() + probe.path()))
                        .timeout(Duration.ofSeconds(60))
                        // A server may answer a large body before reading it and close: the client then waits for
                        // that answer instead of losing it to the reset of a half-sent body.
                        .expectContinue(probe.body() != null && probe.body().length > 64 * 1024)
                        .method(probe.method(), probe.body() == null ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(probe.body()));
                probe.headers().forEach(builder::header);
                if (probe.contentType() != null) {
                    builder.header("Content-Type", probe.contentType());
                }
                String authorization = switch (probe.credential()) {
                    case NONE -> null;
                    case FORGED -> generator.forgedToken(probe);
                    case VALID -> credentials.get(probe.route().startsWith("GET /api/v1") || probe.route().contains(" /api/v1/")
                            ? "apiKey" : KEY_ROUTES.contains(probe.route()) ? "browserKey" : "session");
                };
                if (authorization != null) {
                    builder.header("Authorization", authorization);
                }
                request = builder.build();
            } catch (IllegalArgumentException unsendable) {
                // java.net.http refuses this request line or header: nothing reached the server.
                return;
            }
            sent.incrementAndGet();
            HttpResponse<byte[]> response;
            try {
                response = answer(request);
            } catch (IOException e) {
                failures.add(new String[] {probe.route(), probe.kind(), "no answer", probe.toString(), String.valueOf(e)});
                return;
            }
            int status = response.statusCode();
            if (status != 401 && status != 403) {
                belowTheGuards.incrementAndGet();
            }
            String body = new String(response.body(), StandardCharsets.UTF_8);
            String problem = null;
            // A HEAD of a deliberate 501 is that 501 without its body, as HEAD answers always are.
            boolean deliberateBody = probe.method().equals("HEAD") ? body.isEmpty()
                    : body.startsWith("{\"success\":false,\"error\":") && body.contains("not part of Gatehouse");
            if (status >= 500 && !(status == 501 && NOT_IMPLEMENTED.contains(probe.route()) && deliberateBody)) {
                problem = "status " + status;
            } else if (HTML.matcher(body).find() && !(HTML_PAGES.contains(probe.route()) && status == 200)
                    && (status >= 400 || !probe.traverses())) {
                problem = "HTML page (" + status + ")";
            } else if (LEAK.matcher(body).find()) {
                problem = "class name or stack trace (" + status + ")";
            }
            if (problem != null) {
                String shown = body.length() > 300 ? body.substring(0, 300) + "..." : body;
                failures.add(new String[] {probe.route(), probe.kind(), problem, probe.toString(),
                        shown.replaceAll("\\s+", " ")});
            }
        }

        /**
         * The answer; a connection the server closed while the client reused it is tried once more on a new
         * one, so only a server that does not answer at all counts as "no answer".
         */
        private HttpResponse<byte[]> answer(HttpRequest request) throws IOException {
            try {
                try {
                    return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
                } catch (IOException closed) {
                    return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** The valid credential still opens its routes: the probes that carried it reached past the guards. */
        void expectStillSignedIn(String route, String credential) {
            String path = route.substring(route.indexOf(' ') + 1);
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(api.base() + path))
                        .header("Authorization", credentials.get(credential)).GET().build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, response.statusCode(), () -> "after the probes the " + credential + " no longer opens " + route
                        + " (seed " + SEED + "): " + response.body());
            } catch (IOException e) {
                fail("no answer at " + route + " after the probes (seed " + SEED + ")", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        void verify() {
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("HostileInputIT seed %d: %d requests in %.1f s, %d answered past the auth guards, %d failures%n",
                    SEED, sent.get(), seconds, belowTheGuards.get(), failures.size());
            List<String> lines = failures.stream().map(f -> String.join(" | ", f)).toList();
            try {
                java.nio.file.Files.write(java.nio.file.Path.of("target", "hostile-input-" + mode + ".txt"), lines);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            api.get("/api/ping").expectStatus(200);
            assertInvariantsHold();
            if (!failures.isEmpty()) {
                fail(report());
            }
        }

        /**
         * Failures grouped by what went wrong (status, or the answer's first words with numbers and references
         * blanked), each group with its kinds of input, its routes and one example.
         */
        private String report() {
            Map<String, List<String[]>> groups = new LinkedHashMap<>();
            for (String[] failure : failures) {
                String answer = failure[4].replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "<ref>").replaceAll("\\d+", "#");
                groups.computeIfAbsent(failure[2].replaceAll("\\d+", "#") + ": " + answer.substring(0, Math.min(answer.length(), 90)),
                        k -> new ArrayList<>()).add(failure);
            }
            List<Map.Entry<String, List<String[]>>> sorted = new ArrayList<>(groups.entrySet());
            sorted.sort((a, b) -> b.getValue().size() - a.getValue().size());
            StringBuilder report = new StringBuilder(failures.size() + " of " + sent.get() + " hostile requests failed (seed "
                    + SEED + ", replay with -Dfuzz.seed=" + SEED + "), " + groups.size() + " kinds of failure:\n");
            int shown = 0;
            for (Map.Entry<String, List<String[]>> group : sorted) {
                List<String[]> all = group.getValue();
                Set<String> groupRoutes = new java.util.TreeSet<>();
                Set<String> kinds = new java.util.TreeSet<>();
                all.forEach(f -> {
                    groupRoutes.add(f[0]);
                    kinds.add(f[1]);
                });
                report.append("- x").append(all.size()).append(' ').append(group.getKey()).append("\n    inputs: ").append(kinds)
                        .append("\n    routes (").append(groupRoutes.size()).append("): ")
                        .append(groupRoutes.stream().limit(8).toList()).append(groupRoutes.size() > 8 ? " ..." : "").append('\n');
                for (String[] example : all.subList(0, Math.min(2, all.size()))) {
                    report.append("    e.g. ").append(example[0]).append(": ").append(example[3]).append("\n      -> ")
                            .append(example[2]).append(": ").append(example[4]).append('\n');
                    shown++;
                }
                if (shown >= SHOWN) {
                    report.append("... ").append(sorted.size() - sorted.indexOf(group) - 1).append(" more kinds\n");
                    break;
                }
            }
            return report.toString();
        }
    }

    /** The invariants checker's verdict (testsupport.Invariants) on the data the probes left. */
    private void assertInvariantsHold() {
        List<String> violations = controls.invariantViolations();
        assertEquals(List.of(), violations, "invariants after the hostile requests (seed " + SEED + ")");
    }
}
