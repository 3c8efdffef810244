import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Fills a stopped Gatehouse's embedded Derby database for the event log page benchmark: USERS users
 * (bench-user-0000...) and EVENTS events, thirty seconds apart from 2025-01-01 (about a year for a million),
 * of a dozen types in sign-in-like proportions (login 40%, wrong password 15%, unknown user 5%, ...), each
 * sign-in event with one of 5,000 addresses in its metadata and its ip column, as the server records them.
 * Batched inserts, one commit per 10,000 rows. Prints the cursor of the event in the middle of the log and
 * the day it falls on, for the script's deep-page addresses.
 * Usage: java -cp derby.jar:derbyshared.jar:derbytools.jar bench/EventLogPageData.java STORAGE_DIR EVENTS USERS
 */
public class EventLogPageData {

    static final Instant FIRST = Instant.parse("2025-01-01T00:00:00Z");
    static final String[] TYPES = {"login_event", "login_event", "login_event", "login_event", "login_event", "login_event",
            "login_event", "login_event", "failed_login_invalid_password", "failed_login_invalid_password",
            "failed_login_invalid_password", "failed_login_invalid_username", "user_updated", "user_updated",
            "workspace_created", "invite_created", "logout_event", "api_key_created", "failed_login_locked_out",
            "user_created"};

    public static void main(String[] args) throws Exception {
        String url = "jdbc:derby:" + args[0] + "/gatehouse-db";
        int events = Integer.parseInt(args[1]);
        int users = Integer.parseInt(args[2]);
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(url)) {
            db.setAutoCommit(false);
            int firstUser = insertUsers(db, users);
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO event_logs (event, metadata, userId, occurredAt, ip) VALUES (?, ?, ?, ?, ?)")) {
                for (int i = 0; i < events; i++) {
                    // Independent draws (type, user, address), so every user has every type, from many addresses.
                    String type = TYPES[draw(i, 1, TYPES.length)];
                    int user = draw(i, 2, users);
                    String username = String.format("bench-user-%04d", user);
                    boolean signIn = type.startsWith("login") || type.startsWith("failed") || type.startsWith("logout");
                    int address = draw(i, 3, 5000);
                    String ip = signIn ? "10.0." + (address / 256) + "." + (address % 256) : null;
                    insert.setString(1, type);
                    insert.setString(2, signIn ? "{\"ip\":\"" + ip + "\",\"username\":\"" + username + "\"}" : "{\"id\":" + i + "}");
                    if (type.equals("failed_login_invalid_username")) {
                        insert.setNull(3, java.sql.Types.INTEGER);
                    } else {
                        insert.setInt(3, firstUser + user);
                    }
                    insert.setTimestamp(4, Timestamp.from(FIRST.plusSeconds(30L * i)));
                    insert.setString(5, ip);
                    insert.addBatch();
                    if ((i + 1) % 10_000 == 0 || i == events - 1) {
                        insert.executeBatch();
                        db.commit();
                    }
                }
            }
            Instant middle = FIRST.plusSeconds(30L * (events / 2));
            try (PreparedStatement find = db.prepareStatement("SELECT id FROM event_logs WHERE occurredAt = ?")) {
                find.setTimestamp(1, Timestamp.from(middle));
                try (ResultSet row = find.executeQuery()) {
                    row.next();
                    System.out.println("MIDDLE_CURSOR=" + middle.getEpochSecond() + ".0." + row.getInt(1));
                }
            }
            System.out.println("MIDDLE_DAY=" + middle.toString().substring(0, 10));
            db.commit();
        }
        try {
            DriverManager.getConnection(url + ";shutdown=true");
        } catch (java.sql.SQLException closed) {
            // 08006: the database is closed and ready for the server
        }
        System.err.printf("inserted %d events and %d users in %.1f s%n", events, users, (System.nanoTime() - started) / 1e9);
    }

    /** A reproducible pseudo-random number below {@code bound} for row {@code i} (SplitMix64's finalizer). */
    static int draw(long i, long stream, int bound) {
        long z = i * 0x9E3779B97F4A7C15L + stream * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (int) Math.floorMod(z, (long) bound);
    }

    private static int insertUsers(Connection db, int users) throws Exception {
        String hash = "$2b$10$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW";
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO users (username, password, role) VALUES (?, ?, 'default')")) {
            for (int i = 0; i < users; i++) {
                insert.setString(1, String.format("bench-user-%04d", i));
                insert.setString(2, hash);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        db.commit();
        try (PreparedStatement first = db.prepareStatement("SELECT id FROM users WHERE username = 'bench-user-0000'");
             ResultSet row = first.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }
}
