import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The client side of bench/crash.sh.
 *
 * <pre>
 * load BASE ACKS ROUND CLIENTS SECONDS   parallel write load until the server dies (or SECONDS pass)
 * verify-http BASE ACKS                  every acknowledged write is visible over HTTP after the restart
 * verify-db ACKS JDBC-URL [USER PASS]    the event of every acknowledged write is in event_logs (server stopped)
 * </pre>
 *
 * Each client owns the users, workspaces, invites and keys it creates in its round, so the order of its
 * own answers is the order of the writes to those objects, and the expected state after the crash is the
 * state its acknowledged writes leave. The one request in flight when the server died was answered to
 * nobody: either outcome is allowed for the objects it touches. The ACKS file is written by this process,
 * which the kill does not touch, one flushed line per attempt ("TRY") and per answer ("ACK", "REFUSED",
 * "ERROR"), so it records exactly what a client was told.
 */
public class CrashLoad {

    static final String ADMIN = "crashadmin";
    static final String ADMIN_PASSWORD = "Crash-Admin-Password-2026";
    static final String USER_PASSWORD = "Crash-User-Password-2026";
    static final String SETTING = "custom_app_name";

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "load" -> load(args[1], Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    Integer.parseInt(args[5]));
            case "verify-http" -> System.exit(verifyHttp(args[1], Path.of(args[2])));
            case "verify-db" -> System.exit(verifyDb(Path.of(args[1]), args[2], args.length > 3 ? args[3] : null,
                    args.length > 4 ? args[4] : null));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    // ---------------------------------------------------------------- HTTP

    record Answer(int status, String body) {
        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }
    }

    static final class Api {
        final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        final String base;

        Api(String base) {
            this.base = base;
        }

        Answer send(String method, String path, String token, String body) throws IOException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(60))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new Answer(response.statusCode(), response.body());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IOException(interrupted);
            }
        }

        String signIn(String username, String password) throws IOException {
            Answer answer = send("POST", "/api/request-token", null, credentials(username, password));
            if (answer.status() != 200) {
                throw new IOException("sign-in of " + username + " answered " + answer.status() + ": " + answer.body());
            }
            JsonObject json = answer.json();
            if (!json.getBoolean("valid", false) || json.isNull("token")) {
                throw new IOException("sign-in of " + username + " refused: " + answer.body());
            }
            return json.getString("token");
        }
    }

    static String credentials(String username, String password) {
        return Json.createObjectBuilder().add("username", username).add("password", password).build().toString();
    }

    // ---------------------------------------------------------------- the record of what clients were told

    static final class Record {
        private final Writer out;

        Record(Path file) throws IOException {
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }

        synchronized void line(String kind, Op op) {
            try {
                out.write(kind + "\t" + op.encode() + "\n");
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** One write: its name and what it created or changed ({@code key=value}, tab-separated on a line). */
    static final class Op {
        final String id;
        final String name;
        final Map<String, String> fields = new LinkedHashMap<>();

        Op(String id, String name) {
            this.id = id;
            this.name = name;
        }

        Op with(String key, Object value) {
            fields.put(key, String.valueOf(value));
            return this;
        }

        String get(String key) {
            return fields.get(key);
        }

        String encode() {
            StringBuilder line = new StringBuilder(id).append('\t').append(name);
            fields.forEach((k, v) -> line.append('\t').append(k).append('=').append(v));
            return line.toString();
        }

        static Op decode(String[] parts) {
            Op op = new Op(parts[1], parts[2]);
            for (int i = 3; i < parts.length; i++) {
                int eq = parts[i].indexOf('=');
                op.fields.put(parts[i].substring(0, eq), parts[i].substring(eq + 1));
            }
            return op;
        }
    }

    // ---------------------------------------------------------------- load

    static void load(String base, Path acks, int round, int clients, int seconds) throws Exception {
        Api api = new Api(base);
        Record record = new Record(acks);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger acked = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        for (int c = 0; c < clients; c++) {
            Client client = new Client(api, record, round, c, acked, refused);
            Thread thread = new Thread(() -> client.run(stop, deadline), "client-" + c);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        System.out.printf("round %d: %d writes acknowledged, %d refused with a 4xx/5xx or an error body%n", round,
                acked.get(), refused.get());
    }

    static final class Client {
        final Api api;
        final Record record;
        final int round;
        final int number;
        final AtomicInteger acked;
        final AtomicInteger refused;
        final Random random;
        final String prefix;
        int seq;
        String token;
        /** id -> username of this client's users not deleted; which of them are suspended. */
        final Map<Integer, String> users = new TreeMap<>();
        final Set<Integer> suspended = new HashSet<>();
        final List<Integer> workspaces = new ArrayList<>();
        final Map<Integer, String> pendingInvites = new TreeMap<>();
        final List<Integer> apiKeys = new ArrayList<>();
        int inviteWorkspace = -1;

        Client(Api api, Record record, int round, int number, AtomicInteger acked, AtomicInteger refused) {
            this.api = api;
            this.record = record;
            this.round = round;
            this.number = number;
            this.acked = acked;
            this.refused = refused;
            this.random = new Random(round * 1000L + number);
            this.prefix = "r" + round + "c" + number;
        }

        void run(AtomicBoolean stop, long deadline) {
            try {
                token = signIn(ADMIN, ADMIN_PASSWORD, null);
                if (token == null) {
                    throw new IOException("the admin's sign-in was refused");
                }
                while (!stop.get() && System.nanoTime() < deadline) {
                    step();
                }
            } catch (IOException died) {
                // The server is gone (killed): every later request would fail the same way.
                stop.set(true);
            }
        }

        Op op(String name) {
            return new Op(round + "." + number + "." + (seq++), name);
        }

        /** Sends one write; records TRY before and ACK/REFUSED after; answers the JSON of an acknowledged one. */
        JsonObject write(Op op, String method, String path, String tokenToUse, String body) throws IOException {
            record.line("TRY", op);
            Answer answer;
            try {
                answer = api.send(method, path, tokenToUse, body);
            } catch (IOException e) {
                record.line("ERROR", op.with("error", e.getClass().getSimpleName()));
                throw e;
            }
            JsonObject json = null;
            boolean ok = answer.status() / 100 == 2;
            if (ok && !answer.body().isBlank() && answer.body().startsWith("{")) {
                json = answer.json();
                ok = !json.containsKey("error") || json.isNull("error") || json.get("error") == JsonValue.FALSE;
                if (json.containsKey("success") && json.get("success") != JsonValue.TRUE) {
                    ok = false;
                }
            }
            if (!ok) {
                refused.incrementAndGet();
                String why = answer.body().length() > 160 ? answer.body().substring(0, 160) : answer.body();
                record.line("REFUSED", op.with("status", answer.status()).with("answer", why.replaceAll("\\s", " ")));
                return null;
            }
            return json == null ? JsonValue.EMPTY_JSON_OBJECT : json;
        }

        /** The write is acknowledged with what it created: only now it belongs to the expected state. */
        void ack(Op op) {
            record.line("ACK", op);
            acked.incrementAndGet();
        }

        String signIn(String username, String password, Integer userId) throws IOException {
            Op op = op("signin").with("username", username);
            JsonObject json = write(op, "POST", "/api/request-token", null, credentials(username, password));
            if (json == null || json.isNull("token") || !json.getBoolean("valid", false)) {
                return null;
            }
            String signedIn = json.getString("token");
            ack(op.with("user", userId == null ? "admin" : userId).with("token", signedIn));
            return signedIn;
        }

        void step() throws IOException {
            if (inviteWorkspace < 0) {
                inviteWorkspace = createWorkspace("invites");
                return;
            }
            if (users.size() < 3) {
                createUser();
                return;
            }
            int dice = random.nextInt(100);
            if (dice < 18) {
                createUser();
            } else if (dice < 28) {
                updateUser();
            } else if (dice < 33) {
                deleteUser();
            } else if (dice < 42) {
                Integer id = pick(active());
                if (id != null) {
                    signIn(users.get(id), USER_PASSWORD, id);
                }
            } else if (dice < 50) {
                int created = createWorkspace("space");
                if (created >= 0) {
                    workspaces.add(created);
                }
            } else if (dice < 60) {
                replaceMembers();
            } else if (dice < 63) {
                deleteWorkspace();
            } else if (dice < 71) {
                createInvite();
            } else if (dice < 77) {
                claimInvite();
            } else if (dice < 80) {
                disableInvite();
            } else if (dice < 87) {
                createApiKey();
            } else if (dice < 91) {
                deleteApiKey();
            } else if (dice < 95) {
                createBrowserKey();
            } else if (number == 0) {
                changeSetting();
            } else {
                createUser();
            }
        }

        List<Integer> active() {
            return users.keySet().stream().filter(id -> !suspended.contains(id)).toList();
        }

        <T> T pick(List<T> from) {
            return from.isEmpty() ? null : from.get(random.nextInt(from.size()));
        }

        void createUser() throws IOException {
            String username = prefix + "-u" + seq;
            String role = random.nextInt(5) == 0 ? "manager" : "default";
            Op op = op("user.create").with("username", username).with("role", role);
            String body = Json.createObjectBuilder().add("username", username).add("password", USER_PASSWORD)
                    .add("role", role).build().toString();
            JsonObject json = write(op, "POST", "/api/admin/users/new", token, body);
            if (json != null && json.get("user") instanceof JsonObject user) {
                int id = user.getInt("id");
                ack(op.with("id", id));
                users.put(id, username);
            }
        }

        void updateUser() throws IOException {
            Integer id = pick(new ArrayList<>(users.keySet()));
            if (id == null) {
                return;
            }
            Op op;
            String body;
            switch (random.nextInt(3)) {
                case 0 -> {
                    int value = suspended.contains(id) ? 0 : 1;
                    op = op("user.suspend").with("id", id).with("suspended", value);
                    body = "{\"suspended\":" + value + "}";
                }
                case 1 -> {
                    String bio = "bio " + prefix + " " + seq;
                    op = op("user.bio").with("id", id).with("bio", bio);
                    body = Json.createObjectBuilder().add("bio", bio).build().toString();
                }
                default -> {
                    String role = random.nextBoolean() ? "manager" : "default";
                    op = op("user.role").with("id", id).with("role", role);
                    body = "{\"role\":\"" + role + "\"}";
                }
            }
            if (write(op, "POST", "/api/admin/user/" + id, token, body) != null) {
                ack(op);
                if (op.name.equals("user.suspend")) {
                    if (op.get("suspended").equals("1")) {
                        suspended.add(id);
                    } else {
                        suspended.remove(id);
                    }
                }
            }
        }

        void deleteUser() throws IOException {
            Integer id = pick(new ArrayList<>(users.keySet()));
            if (id == null) {
                return;
            }
            Op op = op("user.delete").with("id", id).with("username", users.get(id));
            if (write(op, "DELETE", "/api/admin/user/" + id, token, null) != null) {
                ack(op);
                users.remove(id);
                suspended.remove(id);
            }
        }

        int createWorkspace(String kind) throws IOException {
            String name = "Crash " + prefix + " " + kind + " " + seq;
            Op op = op("ws.create").with("name", name);
            JsonObject json = write(op, "POST", "/api/admin/workspaces/new", token,
                    Json.createObjectBuilder().add("name", name).build().toString());
            if (json != null && json.get("workspace") instanceof JsonObject workspace) {
                int id = workspace.getInt("id");
                ack(op.with("id", id).with("slug", workspace.getString("slug")));
                return id;
            }
            return -1;
        }

        void replaceMembers() throws IOException {
            Integer workspace = pick(workspaces);
            if (workspace == null) {
                return;
            }
            List<Integer> ids = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (Map.Entry<Integer, String> user : users.entrySet()) {
                if (random.nextInt(3) == 0) {
                    ids.add(user.getKey());
                    names.add(user.getValue());
                }
            }
            Op op = op("ws.members").with("id", workspace).with("members", String.join(",", names));
            String body = Json.createObjectBuilder().add("userIds", Json.createArrayBuilder(ids)).build().toString();
            if (write(op, "POST", "/api/admin/workspaces/" + workspace + "/update-users", token, body) != null) {
                ack(op);
            }
        }

        void deleteWorkspace() throws IOException {
            if (workspaces.isEmpty()) {
                return;
            }
            Integer workspace = workspaces.get(random.nextInt(workspaces.size()));
            Op op = op("ws.delete").with("id", workspace);
            if (write(op, "DELETE", "/api/admin/workspaces/" + workspace, token, null) != null) {
                ack(op);
                workspaces.remove(workspace);
            }
        }

        void createInvite() throws IOException {
            Op op = op("invite.create").with("workspace", inviteWorkspace);
            JsonObject json = write(op, "POST", "/api/admin/invite/new", token,
                    "{\"workspaceIds\":[" + inviteWorkspace + "]}");
            if (json != null && json.get("invite") instanceof JsonObject invite) {
                int id = invite.getInt("id");
                String code = invite.getString("code");
                ack(op.with("id", id).with("code", code));
                pendingInvites.put(id, code);
            }
        }

        void claimInvite() throws IOException {
            Integer id = pick(new ArrayList<>(pendingInvites.keySet()));
            if (id == null) {
                return;
            }
            String username = prefix + "-i" + seq;
            Op op = op("invite.claim").with("id", id).with("username", username).with("workspace", inviteWorkspace);
            if (write(op, "POST", "/api/invite/" + pendingInvites.get(id), null,
                    credentials(username, USER_PASSWORD)) != null) {
                ack(op);
                pendingInvites.remove(id);
            }
        }

        void disableInvite() throws IOException {
            Integer id = pick(new ArrayList<>(pendingInvites.keySet()));
            if (id == null) {
                return;
            }
            Op op = op("invite.disable").with("id", id);
            if (write(op, "DELETE", "/api/admin/invite/" + id, token, null) != null) {
                ack(op);
                pendingInvites.remove(id);
            }
        }

        void createApiKey() throws IOException {
            String name = "crash " + prefix + " " + seq;
            Op op = op("apikey.create").with("name", name);
            JsonObject json = write(op, "POST", "/api/admin/generate-api-key", token,
                    Json.createObjectBuilder().add("name", name).build().toString());
            if (json != null && json.get("apiKey") instanceof JsonObject key) {
                int id = key.getInt("id");
                ack(op.with("id", id).with("secret", key.getString("secret")));
                apiKeys.add(id);
            }
        }

        void deleteApiKey() throws IOException {
            if (apiKeys.isEmpty()) {
                return;
            }
            Integer id = apiKeys.get(random.nextInt(apiKeys.size()));
            Op op = op("apikey.delete").with("id", id);
            if (write(op, "DELETE", "/api/admin/delete-api-key/" + id, token, null) != null) {
                ack(op);
                apiKeys.remove(id);
            }
        }

        void createBrowserKey() throws IOException {
            Op op = op("brx.create");
            JsonObject json = write(op, "POST", "/api/browser-extension/api-keys/new", token, "{}");
            if (json != null && json.containsKey("apiKey") && !json.isNull("apiKey")) {
                ack(op.with("key", json.getString("apiKey")));
            }
        }

        void changeSetting() throws IOException {
            String value = "Crash " + prefix + " " + seq;
            Op op = op("setting").with("label", SETTING).with("value", value);
            if (write(op, "POST", "/api/admin/system-preferences", token,
                    Json.createObjectBuilder().add(SETTING, value).build().toString()) != null) {
                ack(op);
            }
        }
    }

    // ---------------------------------------------------------------- the expected state

    /**
     * Object key -> state (attribute map; null = must be absent). Acknowledged writes are applied in the
     * order they were answered; a write never answered adds its outcome as a second allowed state of the
     * objects it touches, until a later acknowledged write touches them again.
     */
    static final class Expected {
        Map<String, Map<String, String>> state = new TreeMap<>();
        final Map<String, List<Map<String, String>>> alternatives = new HashMap<>();
        final Map<String, Op> acknowledged = new LinkedHashMap<>();
        final List<Op> unanswered = new ArrayList<>();
        int refused;

        static Expected read(Path acks) throws IOException {
            Map<String, Op> tries = new LinkedHashMap<>();
            Set<String> answered = new HashSet<>();
            List<String[]> lines = new ArrayList<>();
            for (String line : Files.readAllLines(acks, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.split("\t");
                lines.add(parts);
                if (parts[0].equals("ACK") || parts[0].equals("REFUSED")) {
                    answered.add(parts[1]);
                }
                if (parts[0].equals("ACK") && parts[2].equals("user.create")) {
                    Op created = Op.decode(parts);
                    IDS.put(created.get("id"), created.get("username"));
                }
            }
            Expected expected = new Expected();
            for (String[] parts : lines) {
                Op op = Op.decode(parts);
                switch (parts[0]) {
                    case "TRY" -> {
                        if (!answered.contains(op.id)) {
                            expected.unanswered.add(op);
                            expected.maybe(op);
                        }
                        tries.put(op.id, op);
                    }
                    case "ACK" -> {
                        expected.acknowledged.put(op.id, op);
                        expected.apply(op);
                    }
                    case "REFUSED" -> expected.refused++;
                    default -> {
                        // ERROR: no answer; its TRY is among the unanswered
                    }
                }
            }
            return expected;
        }

        void apply(Op op) {
            for (String key : touch(state, op)) {
                alternatives.remove(key);
            }
        }

        /** Creations never answered left no id, token or key to look for; only the username of a user is known. */
        static final Set<String> UNKNOWN_WHEN_UNANSWERED = Set.of("ws.create", "invite.create", "apikey.create",
                "brx.create", "signin");

        void maybe(Op op) {
            if (UNKNOWN_WHEN_UNANSWERED.contains(op.name)) {
                return;
            }
            Map<String, Map<String, String>> copy = new TreeMap<>();
            state.forEach((k, v) -> copy.put(k, v == null ? null : new TreeMap<>(v)));
            for (String key : touch(copy, op)) {
                alternatives.computeIfAbsent(key, k -> new ArrayList<>()).add(copy.get(key));
            }
        }

        /** Applies op to model; answers the keys it changed. */
        static Set<String> touch(Map<String, Map<String, String>> model, Op op) {
            Set<String> touched = new TreeSet<>();
            String id = op.get("id");
            switch (op.name) {
                case "user.create" -> put(model, touched, "user:" + op.get("username"),
                        Map.of("role", op.get("role"), "suspended", "0", "bio", ""));
                case "user.suspend", "user.bio", "user.role" -> {
                    String key = userKey(model, id);
                    if (key != null && model.get(key) != null) {
                        Map<String, String> user = new TreeMap<>(model.get(key));
                        String field = op.name.equals("user.suspend") ? "suspended" : op.name.substring(5);
                        user.put(field, op.get(field));
                        put(model, touched, key, user);
                        if (op.name.equals("user.suspend")) {
                            // A suspended user's sessions end; whether unsuspending revives them is not ours to check.
                            sessionsOf(model, op.get("id")).forEach(s -> put(model, touched, s, Map.of("valid", "?")));
                        }
                    }
                }
                case "user.delete" -> {
                    put(model, touched, "user:" + op.get("username"), null);
                    sessionsOf(model, id).forEach(s -> put(model, touched, s, Map.of("valid", "0")));
                    for (Map.Entry<String, Map<String, String>> e : new ArrayList<>(model.entrySet())) {
                        if (e.getKey().startsWith("ws:") && e.getValue() != null) {
                            Set<String> members = members(e.getValue());
                            if (members.remove(op.get("username"))) {
                                put(model, touched, e.getKey(), withMembers(e.getValue(), members));
                            }
                        }
                    }
                }
                case "signin" -> {
                    put(model, touched, "session:" + op.get("token"), Map.of("valid", "1", "_user", op.get("user")));
                }
                case "ws.create" -> put(model, touched, "ws:" + id, Map.of("slug", op.get("slug"), "members", ADMIN));
                case "ws.members" -> {
                    Map<String, String> ws = model.get("ws:" + id);
                    if (ws != null) {
                        Set<String> members = new TreeSet<>();
                        for (String name : op.get("members").split(",")) {
                            if (!name.isEmpty() && model.get("user:" + name) != null) {
                                members.add(name);
                            }
                        }
                        put(model, touched, "ws:" + id, withMembers(ws, members));
                    }
                }
                case "ws.delete" -> put(model, touched, "ws:" + id, null);
                case "invite.create" -> put(model, touched, "invite:" + id,
                        Map.of("code", op.get("code"), "status", "pending", "claimedBy", ""));
                case "invite.claim" -> {
                    Map<String, String> invite = new TreeMap<>(model.get("invite:" + id));
                    invite.put("status", "claimed");
                    invite.put("claimedBy", op.get("username"));
                    put(model, touched, "invite:" + id, invite);
                    put(model, touched, "user:" + op.get("username"), Map.of("role", "default", "suspended", "0", "bio", ""));
                    Map<String, String> ws = model.get("ws:" + op.get("workspace"));
                    if (ws != null) {
                        Set<String> members = members(ws);
                        members.add(op.get("username"));
                        put(model, touched, "ws:" + op.get("workspace"), withMembers(ws, members));
                    }
                }
                case "invite.disable" -> {
                    Map<String, String> invite = new TreeMap<>(model.get("invite:" + id));
                    invite.put("status", "disabled");
                    put(model, touched, "invite:" + id, invite);
                }
                case "apikey.create" -> put(model, touched, "apikey:" + id, Map.of("secret", op.get("secret")));
                case "apikey.delete" -> {
                    Map<String, String> key = model.get("apikey:" + id);
                    put(model, touched, "apikey:" + id, key == null ? null : Map.of("secret", key.get("secret"), "deleted", "1"));
                }
                case "brx.create" -> put(model, touched, "brx:" + op.get("key"), Map.of("valid", "1"));
                case "setting" -> put(model, touched, "setting:" + op.get("label"), Map.of("value", op.get("value")));
                default -> throw new IllegalArgumentException("unknown write " + op.name);
            }
            return touched;
        }

        static final Map<String, String> IDS = new HashMap<>();

        static String userKey(Map<String, Map<String, String>> model, String id) {
            String name = IDS.get(id);
            return name == null ? null : "user:" + name;
        }

        static List<String> sessionsOf(Map<String, Map<String, String>> model, String userId) {
            return model.entrySet().stream().filter(e -> e.getKey().startsWith("session:") && e.getValue() != null
                    && userId.equals(e.getValue().get("_user"))).map(Map.Entry::getKey).toList();
        }

        static Set<String> members(Map<String, String> ws) {
            Set<String> members = new TreeSet<>();
            for (String name : ws.get("members").split(",")) {
                if (!name.isEmpty()) {
                    members.add(name);
                }
            }
            return members;
        }

        static Map<String, String> withMembers(Map<String, String> ws, Set<String> members) {
            Map<String, String> copy = new TreeMap<>(ws);
            copy.put("members", String.join(",", members));
            return copy;
        }

        static void put(Map<String, Map<String, String>> model, Set<String> touched, String key, Map<String, String> value) {
            model.put(key, value == null ? null : new TreeMap<>(value));
            touched.add(key);
        }

        boolean allowed(String key, Map<String, String> actual) {
            if (matches(state.get(key), actual)) {
                return true;
            }
            for (Map<String, String> alternative : alternatives.getOrDefault(key, List.of())) {
                if (matches(alternative, actual)) {
                    return true;
                }
            }
            return false;
        }

        static boolean matches(Map<String, String> expected, Map<String, String> actual) {
            if (expected == null || actual == null) {
                return expected == actual;
            }
            for (Map.Entry<String, String> e : expected.entrySet()) {
                if (!e.getKey().startsWith("_") && !"?".equals(e.getValue()) && !Objects.equals(e.getValue(), actual.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
    }

    // ---------------------------------------------------------------- verification over HTTP

    static int verifyHttp(String base, Path acks) throws Exception {
        Expected expected = Expected.read(acks);
        Api api = new Api(base);
        String token = api.signIn(ADMIN, ADMIN_PASSWORD);

        Map<String, Map<String, String>> actual = new HashMap<>();
        Map<Integer, String> names = new HashMap<>();
        List<String> workspaceNames = new ArrayList<>();
        for (JsonValue value : get(api, token, "/api/admin/users").getJsonArray("users")) {
            JsonObject user = value.asJsonObject();
            names.put(user.getInt("id"), user.getString("username"));
            actual.put("user:" + user.getString("username"), Map.of("role", user.getString("role"),
                    "suspended", String.valueOf(user.getInt("suspended")),
                    "bio", user.get("bio") instanceof jakarta.json.JsonString bio ? bio.getString() : ""));
        }
        for (JsonValue value : get(api, token, "/api/admin/workspaces").getJsonArray("workspaces")) {
            JsonObject ws = value.asJsonObject();
            Set<String> members = new TreeSet<>();
            for (JsonValue id : ws.getJsonArray("userIds")) {
                members.add(names.getOrDefault(Integer.parseInt(id.toString()), "#" + id));
            }
            actual.put("ws:" + ws.getInt("id"), Map.of("slug", ws.getString("slug"), "members", String.join(",", members)));
            workspaceNames.add(ws.getString("name"));
        }
        Set<Integer> inviteIds = new HashSet<>();
        for (JsonValue value : get(api, token, "/api/admin/invites").getJsonArray("invites")) {
            JsonObject invite = value.asJsonObject();
            inviteIds.add(invite.getInt("id"));
            String claimedBy = invite.get("claimedBy") instanceof JsonObject by && by.containsKey("username")
                    ? by.getString("username") : "";
            actual.put("invite:" + invite.getInt("id"), Map.of("code", invite.getString("code"),
                    "status", invite.getString("status"), "claimedBy", claimedBy));
        }
        Set<Integer> keyIds = new HashSet<>();
        for (JsonValue value : get(api, token, "/api/admin/api-keys").getJsonArray("apiKeys")) {
            keyIds.add(value.asJsonObject().getInt("id"));
        }
        Map<String, String> setting = new HashMap<>();
        JsonObject settings = get(api, token, "/api/admin/system-preferences-for?labels=" + SETTING).getJsonObject("settings");
        setting.put("value", settings.isNull(SETTING) ? "" : settings.getString(SETTING));
        actual.put("setting:" + SETTING, setting);

        Map<String, Integer> checked = new TreeMap<>();
        Map<String, Integer> missing = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> e : expected.state.entrySet()) {
            String key = e.getKey();
            String kind = key.substring(0, key.indexOf(':'));
            Map<String, String> found;
            switch (kind) {
                case "apikey" -> {
                    String id = key.substring(7);
                    int status = api.send("GET", "/api/v1/auth", secretOf(expected, key), null).status();
                    boolean listed = keyIds.contains(Integer.parseInt(id));
                    found = status == 200 && listed ? Map.of("secret", secretOf(expected, key))
                            : !listed && status == 403 ? Map.of("secret", secretOf(expected, key), "deleted", "1")
                            : Map.of("secret", "listed=" + listed + " /api/v1/auth=" + status);
                }
                case "session" -> {
                    int status = api.send("GET", "/api/system/check-token", key.substring(8), null).status();
                    found = Map.of("valid", status == 200 ? "1" : "0");
                }
                case "brx" -> {
                    int status = api.send("GET", "/api/browser-extension/check", key.substring(4), null).status();
                    found = Map.of("valid", status == 200 ? "1" : "0");
                }
                default -> found = actual.get(key);
            }
            checked.merge(kind, 1, Integer::sum);
            if (!expected.allowed(key, found)) {
                missing.merge(kind, 1, Integer::sum);
                problems.add(key + ": expected " + e.getValue()
                        + (expected.alternatives.containsKey(key) ? " or " + expected.alternatives.get(key) : "")
                        + ", found " + found);
            }
        }
        // Every user and workspace the load made belongs to an acknowledged write or an unanswered one.
        Set<String> maybe = new HashSet<>();
        for (Op op : expected.unanswered) {
            if (op.get("username") != null) {
                maybe.add("user:" + op.get("username"));
            }
            if (op.name.equals("ws.create")) {
                maybe.add("ws-name:" + op.get("name"));
            }
        }
        Set<String> told = new HashSet<>();
        expected.acknowledged.values().stream().filter(op -> op.name.equals("ws.create"))
                .forEach(op -> told.add(op.get("name")));
        for (String name : workspaceNames) {
            if (name.startsWith("Crash r") && !told.contains(name) && !maybe.contains("ws-name:" + name)) {
                problems.add("workspace \"" + name + "\": present, but no client was told it was created");
            }
        }
        for (String key : actual.keySet()) {
            if (key.startsWith("user:r") && !expected.state.containsKey(key) && !maybe.contains(key)) {
                problems.add(key + ": present, but no client was told it was created");
            }
        }

        int acknowledged = expected.acknowledged.size();
        System.out.printf("acknowledged writes: %d (refused %d, unanswered at the kill %d)%n", acknowledged,
                expected.refused, expected.unanswered.size());
        System.out.printf("objects checked after restart: %s%n", checked);
        System.out.printf("missing or wrong: %s%n", missing.isEmpty() ? "none" : missing);
        problems.stream().limit(40).forEach(p -> System.out.println("  LOST " + p));
        return problems.isEmpty() ? 0 : 1;
    }

    static String secretOf(Expected expected, String key) {
        Map<String, String> state = expected.state.get(key);
        if (state != null) {
            return state.get("secret");
        }
        return expected.acknowledged.values().stream().filter(op -> op.name.equals("apikey.create")
                && key.equals("apikey:" + op.get("id"))).map(op -> op.get("secret")).findFirst().orElse("none");
    }

    static JsonObject get(Api api, String token, String path) throws IOException {
        Answer answer = api.send("GET", path, token, null);
        if (answer.status() != 200) {
            throw new IOException(path + " answered " + answer.status() + ": " + answer.body());
        }
        return answer.json();
    }

    // ---------------------------------------------------------------- events, straight from the database

    /** The event each acknowledged write records, found by the names in its metadata. */
    static int verifyDb(Path acks, String url, String user, String password) throws Exception {
        Expected expected = Expected.read(acks);
        Map<String, Set<String>> events = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT event, metadata FROM event_logs")) {
            while (rows.next()) {
                String metadata = rows.getString(2);
                if (metadata == null || !metadata.startsWith("{")) {
                    continue;
                }
                JsonObject json = Json.createReader(new StringReader(metadata)).readObject();
                for (String field : List.of("userName", "username", "inviteCode", "name")) {
                    if (json.get(field) instanceof jakarta.json.JsonString value) {
                        events.computeIfAbsent(rows.getString(1) + "/" + field, k -> new HashSet<>()).add(value.getString());
                    }
                }
            }
        }
        int checked = 0;
        List<String> problems = new ArrayList<>();
        for (Op op : expected.acknowledged.values()) {
            String[] needed = switch (op.name) {
                case "user.create" -> new String[] {"user_created/userName", op.get("username")};
                case "user.delete" -> new String[] {"user_deleted/userName", op.get("username")};
                case "invite.create" -> new String[] {"invite_created/inviteCode", op.get("code")};
                case "invite.claim" -> new String[] {"invite_accepted/username", op.get("username")};
                case "apikey.create" -> new String[] {"api_key_created/name", op.get("name")};
                case "signin" -> new String[] {"login_event/username",
                        op.get("user").equals("admin") ? ADMIN : op.get("username")};
                default -> null;
            };
            if (needed == null) {
                continue;
            }
            checked++;
            if (!events.getOrDefault(needed[0], Set.of()).contains(needed[1])) {
                problems.add(op.name + " " + op.fields + ": no " + needed[0] + " event for " + needed[1]);
            }
        }
        System.out.printf("events of acknowledged writes checked in the database: %d, missing: %d%n", checked,
                problems.size());
        problems.stream().limit(40).forEach(p -> System.out.println("  LOST " + p));
        return problems.isEmpty() ? 0 : 1;
    }
}
