package org.gatehouse.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.gatehouse.testing.TestDatabase;
import org.gatehouse.testing.TestDatabase.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** V10: the events recorded before it can be filtered by address, read out of their metadata. */
class EventLogAddressMigrationTest {

    static List<Kind> databases() {
        return TestDatabase.kinds();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theAddressOfEveryEarlierEventIsCopiedOutOfItsMetadata(Kind kind) throws SQLException {
        try (TestDatabase db = TestDatabase.empty(kind)) {
            Flyway.configure(SchemaMigrations.class.getClassLoader()).dataSource(db.dataSource())
                    .locations("classpath:db/migration").placeholders(SchemaMigrations.placeholdersFor(db.dataSource()))
                    .target("9").load().migrate();
            List<String> metadata = new ArrayList<>(List.of("{\"ip\":\"203.0.113.7\",\"username\":\"jane\"}", "{}",
                    "{\"ip\":42}", "not json but mentions \"ip\"", "{\"username\":\"ip\"}", "{\"ip\":\"\"}"));
            // More rows than a batch, so the migration's keyset crosses batches.
            for (int i = 0; i < 1005; i++) {
                metadata.add("{\"ip\":\"10.0." + (i / 256) + "." + (i % 256) + "\"}");
            }
            try (Connection c = db.connection();
                 PreparedStatement insert = c.prepareStatement("INSERT INTO event_logs (event, metadata) VALUES ('login_event', ?)")) {
                for (String value : metadata) {
                    insert.setString(1, value);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            SchemaMigrations.migrate(db.dataSource());
            try (Connection c = db.connection(); Statement statement = c.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT ip FROM event_logs ORDER BY id")) {
                List<String> ips = new ArrayList<>();
                while (rows.next()) {
                    ips.add(rows.getString(1));
                }
                assertEquals(java.util.Arrays.asList("203.0.113.7", null, null, null, null, null), ips.subList(0, 6),
                        "a text address only; anything else stays without one");
                assertEquals("10.0.3.236", ips.get(ips.size() - 1), "the last batch too");
                assertEquals(1006, ips.stream().filter(java.util.Objects::nonNull).count());
            }
        }
    }
}
