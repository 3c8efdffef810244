package db.migration;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.logging.Logger;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Gatehouse schema, version 10: the console's event log is filtered by type, user, address and time and
 * read newest first a page at a time (keyset on occurredAt, id), at millions of rows.
 *
 * <p>The address was only inside the metadata JSON, which neither database can index portably (Derby has
 * no JSON functions), so it gets its own column, filled at record time from now on and here from the
 * metadata of the rows already there. A Java migration for that reason; the DDL is plain SQL both
 * databases read alike.
 *
 * <p>Each filter has an index per direction ending on (occurredAt, id), the order of the pages: Derby cannot
 * walk an index backwards (see V4), and the "newer" page reads the same index ascending. The type-only
 * index of V1 is a prefix of the new type index, so it goes.
 */
public class V10__event_log_filters extends BaseJavaMigration {

    /** The column's length, as {@code EventLog.IP_LENGTH} (a migration keeps its own copy: it never changes). */
    static final int IP_LENGTH = 255;

    static final int BATCH = 1000;

    private static final Logger LOG = Logger.getLogger(V10__event_log_filters.class.getName());

    private static final List<String> DDL = List.of(
            "ALTER TABLE event_logs ADD COLUMN ip VARCHAR(" + IP_LENGTH + ")",
            "DROP INDEX event_logs_event_idx",
            "CREATE INDEX event_logs_time_desc_idx ON event_logs (occurredAt DESC, id DESC)",
            "CREATE INDEX event_logs_event_time_idx ON event_logs (event, occurredAt, id)",
            "CREATE INDEX event_logs_event_time_desc_idx ON event_logs (event, occurredAt DESC, id DESC)",
            "CREATE INDEX event_logs_user_time_idx ON event_logs (userId, occurredAt, id)",
            "CREATE INDEX event_logs_user_time_desc_idx ON event_logs (userId, occurredAt DESC, id DESC)",
            "CREATE INDEX event_logs_user_event_time_idx ON event_logs (userId, event, occurredAt, id)",
            "CREATE INDEX event_logs_user_event_time_desc_idx ON event_logs (userId, event, occurredAt DESC, id DESC)",
            "CREATE INDEX event_logs_ip_time_idx ON event_logs (ip, occurredAt, id)",
            "CREATE INDEX event_logs_ip_time_desc_idx ON event_logs (ip, occurredAt DESC, id DESC)");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        int filled = backfill(connection);
        // The indexes after the backfill: filling an indexed column costs an index update per row.
        try (Statement statement = connection.createStatement()) {
            for (String sql : DDL.subList(1, DDL.size())) {
                statement.execute(sql);
            }
        }
        if (filled > 0) {
            LOG.info(() -> "event_logs: the address of " + filled + " event(s) copied out of their metadata");
        }
    }

    /** Adds the column and copies each row's metadata {@code ip} into it, a batch of rows at a time by id. */
    private static int backfill(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(DDL.get(0));
        }
        int filled = 0;
        int last = 0;
        try (PreparedStatement select = connection.prepareStatement("SELECT id, metadata FROM event_logs "
                + "WHERE id > ? AND metadata LIKE '%\"ip\"%' ORDER BY id FETCH FIRST " + BATCH + " ROWS ONLY");
             PreparedStatement update = connection.prepareStatement("UPDATE event_logs SET ip = ? WHERE id = ?")) {
            while (true) {
                select.setInt(1, last);
                int read = 0;
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        read++;
                        last = rows.getInt(1);
                        String ip = ipOf(rows.getString(2));
                        if (ip != null) {
                            update.setString(1, ip);
                            update.setInt(2, last);
                            update.addBatch();
                            filled++;
                        }
                    }
                }
                update.executeBatch();
                if (read < BATCH) {
                    return filled;
                }
            }
        }
    }

    /** The metadata's {@code ip} when it is a JSON object with a text {@code ip}; null otherwise (never fails). */
    static String ipOf(String metadata) {
        if (metadata == null || metadata.isBlank()) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(metadata))) {
            JsonValue value = reader.readValue();
            if (value instanceof JsonObject object && object.get("ip") instanceof JsonString ip) {
                return clip(ip.getString());
            }
            return null;
        } catch (JsonException | IllegalStateException notJson) {
            return null;
        }
    }

    /** An address as stored: blank is none, and no longer than the column. */
    static String clip(String ip) {
        if (ip == null || ip.isBlank()) {
            return null;
        }
        return ip.length() <= IP_LENGTH ? ip : ip.substring(0, IP_LENGTH);
    }
}
