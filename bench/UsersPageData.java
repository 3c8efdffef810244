import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Fills a stopped Gatehouse's embedded Derby database with USERS users for the users page benchmark: one
 * precomputed bcrypt hash (they are listed, never signed in), roles 1% admin / 10% manager / the rest
 * default, 2% suspended, creation dates one minute apart, and LOCKED usernames locked out by the sign-in
 * throttle. Batched inserts, one commit per 10,000 rows.
 * Usage: java -cp derby.jar:derbyshared.jar:derbytools.jar bench/UsersPageData.java STORAGE_DIR USERS LOCKED
 */
public class UsersPageData {

    public static void main(String[] args) throws Exception {
        String url = "jdbc:derby:" + args[0] + "/gatehouse-db";
        int users = Integer.parseInt(args[1]);
        int locked = Math.min(Integer.parseInt(args[2]), users);
        long started = System.nanoTime();
        Instant first = Instant.parse("2024-01-01T00:00:00Z");
        try (Connection db = DriverManager.getConnection(url)) {
            db.setAutoCommit(false);
            String hash = "$2b$10$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW";
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO users (username, password, role, suspended, "
                    + "createdAt, lastUpdatedAt) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < users; i++) {
                    Timestamp created = Timestamp.from(first.plusSeconds(60L * i));
                    insert.setString(1, String.format("bench-user-%06d", i));
                    insert.setString(2, hash);
                    insert.setString(3, i % 100 == 0 ? "admin" : i % 10 == 1 ? "manager" : "default");
                    insert.setInt(4, i % 50 == 7 ? 1 : 0);
                    insert.setTimestamp(5, created);
                    insert.setTimestamp(6, created);
                    insert.addBatch();
                    if ((i + 1) % 10_000 == 0 || i == users - 1) {
                        insert.executeBatch();
                        db.commit();
                    }
                }
            }
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO login_failures (scope, subject, failures, "
                    + "last_failure_at, locked_until) VALUES ('username', ?, 5, ?, ?)")) {
                for (int i = 0; i < locked; i++) {
                    insert.setString(1, String.format("bench-user-%06d", i * 997 % users));
                    insert.setTimestamp(2, Timestamp.from(Instant.parse("2030-01-01T00:00:00Z")));
                    insert.setTimestamp(3, Timestamp.from(Instant.parse("2030-01-01T00:15:00Z")));
                    insert.addBatch();
                }
                insert.executeBatch();
                db.commit();
            }
        }
        try {
            DriverManager.getConnection(url + ";shutdown=true");
        } catch (java.sql.SQLException closed) {
            // 08006: the database is closed and ready for the server
        }
        System.out.printf("inserted %d users (%d locked out) in %.1f s%n", users, locked,
                (System.nanoTime() - started) / 1e9);
    }
}
