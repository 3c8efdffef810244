import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Adds to a stopped Gatehouse's embedded Derby database what bench/run.sh loads: USERS more users (roles 1%
 * admin, 10% manager, the rest default; 2% suspended; one precomputed bcrypt hash: they are listed, never
 * signed in) and EVENTS more events, thirty seconds apart, of a dozen types in sign-in-like proportions, each
 * naming one of the first 10,000 users and, for sign-ins, one of 5,000 addresses (EVENTS a multiple of 100).
 * Batched inserts, one commit per 10,000 rows; the server folds the row tallies they leave (V13) within seconds.
 * Usage: java -cp derby.jar:derbyshared.jar:derbytools.jar bench/RunData.java STORAGE_DIR USERS EVENTS
 */
public class RunData {

    static final String[] TYPES = {"login_event", "login_event", "login_event", "login_event", "login_event",
            "login_event", "login_event", "login_event", "failed_login_invalid_password", "failed_login_invalid_password",
            "failed_login_invalid_password", "failed_login_invalid_username", "user_updated", "user_updated",
            "workspace_created", "invite_created", "logout_event", "api_key_created", "failed_login_locked_out", "user_created"};

    public static void main(String[] args) throws Exception {
        String url = "jdbc:derby:" + args[0] + "/gatehouse-db";
        int users = Integer.parseInt(args[1]);
        int events = Integer.parseInt(args[2]);
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(url)) {
            db.setAutoCommit(false);
            int existing = count(db, "SELECT COUNT(*) FROM users WHERE username LIKE 'bench-user-%'");
            Instant first = Instant.parse("2024-01-01T00:00:00Z");
            String hash = "$2b$10$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW";
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO users (username, password, role, suspended, "
                    + "createdAt, lastUpdatedAt) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int i = existing; i < existing + users; i++) {
                    Timestamp created = Timestamp.from(first.plusSeconds(60L * i));
                    insert.setString(1, String.format("bench-user-%06d", i));
                    insert.setString(2, hash);
                    insert.setString(3, i % 100 == 0 ? "admin" : i % 10 == 0 ? "manager" : "default");
                    insert.setInt(4, i % 50 == 7 ? 1 : 0);
                    insert.setTimestamp(5, created);
                    insert.setTimestamp(6, created);
                    insert.addBatch();
                    if ((i + 1) % 10_000 == 0 || i == existing + users - 1) {
                        insert.executeBatch();
                        db.commit();
                    }
                }
            }
            int firstUser = count(db, "SELECT MIN(id) FROM users WHERE username LIKE 'bench-user-%'");
            int named = Math.min(10_000, existing + users);
            Instant from = Instant.parse("2025-01-01T00:00:00Z");
            // 100 rows per INSERT: one firing of V13's trigger, one tally row per statement instead of per event.
            int perStatement = 100;
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO event_logs (event, metadata, userId, occurredAt, ip) VALUES "
                    + String.join(", ", java.util.Collections.nCopies(perStatement, "(?, ?, ?, ?, ?)")))) {
                for (int i = 0; i < events; i++) {
                    int at = (i % perStatement) * 5;
                    String type = TYPES[draw(i, 1, TYPES.length)];
                    int user = draw(i, 2, named);
                    boolean signIn = type.startsWith("login") || type.startsWith("failed") || type.startsWith("logout");
                    int address = draw(i, 3, 5000);
                    String ip = signIn ? "10.0." + (address / 256) + "." + (address % 256) : null;
                    insert.setString(at + 1, type);
                    insert.setString(at + 2, signIn ? "{\"ip\":\"" + ip + "\",\"username\":\"" + String.format("bench-user-%06d", user) + "\"}"
                            : "{\"id\":" + i + "}");
                    if (type.equals("failed_login_invalid_username")) {
                        insert.setNull(at + 3, java.sql.Types.INTEGER);
                    } else {
                        insert.setInt(at + 3, firstUser + user);
                    }
                    insert.setTimestamp(at + 4, Timestamp.from(from.plusSeconds(30L * i)));
                    insert.setString(at + 5, ip);
                    if ((i + 1) % perStatement == 0) {
                        insert.addBatch();
                    }
                    if ((i + 1) % 10_000 == 0 || i == events - 1) {
                        insert.executeBatch();
                        db.commit();
                    }
                }
            }
            db.commit();
        }
        try {
            DriverManager.getConnection(url + ";shutdown=true");
        } catch (java.sql.SQLException closed) {
            // 08006: the database is closed and ready for the server
        }
        System.err.printf("seeded %d users and %d events in %.0f s%n", users, events, (System.nanoTime() - started) / 1e9);
    }

    /** A reproducible pseudo-random number below {@code bound} for row {@code i} (SplitMix64's finalizer). */
    static int draw(long i, long stream, int bound) {
        long z = i * 0x9E3779B97F4A7C15L + stream * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (int) Math.floorMod(z ^ (z >>> 31), (long) bound);
    }

    private static int count(Connection db, String sql) throws Exception {
        try (Statement statement = db.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getInt(1);
        }
    }
}
