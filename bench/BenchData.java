import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Fills a stopped Gatehouse's embedded Derby database with benchmark data: USERS default users (all with
 * one precomputed bcrypt hash; they are listed, never signed in) and EVENTS audit events.
 * Usage: java -cp derby.jar:derbyshared.jar:derbytools.jar bench/BenchData.java STORAGE_DIR USERS EVENTS
 */
public class BenchData {

    public static void main(String[] args) throws Exception {
        String url = "jdbc:derby:" + args[0] + "/gatehouse-db";
        int users = Integer.parseInt(args[1]);
        int events = Integer.parseInt(args[2]);
        try (Connection db = DriverManager.getConnection(url)) {
            db.setAutoCommit(false);
            String hash = "$2b$10$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW";
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO users (username, password, role) VALUES (?, ?, 'default')")) {
                for (int i = 0; i < users; i++) {
                    insert.setString(1, "bench-user-" + i);
                    insert.setString(2, hash);
                    insert.addBatch();
                    if ((i + 1) % 10_000 == 0 || i == users - 1) {
                        insert.executeBatch();
                        db.commit();
                    }
                }
            }
            Instant start = Instant.parse("2026-01-01T00:00:00Z");
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO event_logs (event, metadata, userId, occurredAt) VALUES ('bench_event', ?, 1, ?)")) {
                for (int i = 0; i < events; i++) {
                    insert.setString(1, "{\"n\":" + i + "}");
                    insert.setTimestamp(2, Timestamp.from(start.plusMillis(i)));
                    insert.addBatch();
                    if ((i + 1) % 20_000 == 0 || i == events - 1) {
                        insert.executeBatch();
                        db.commit();
                    }
                }
            }
        }
        try {
            DriverManager.getConnection(url + ";shutdown=true");
        } catch (java.sql.SQLException closed) {
            // 08006: the database is closed and ready for the server
        }
        System.out.printf("inserted %d users and %d events%n", users, events);
    }
}
