package db.migration;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.gatehouse.platform.crypto.SecretDigest;

/**
 * Gatehouse schema, version 7: keys written in clear before V5 (developer API keys) and V6
 * (browser-extension keys), e.g. rows carried over from AnythingLLM, are hashed the way the realms now
 * look them up, so they keep working and no key stays readable in the database.
 *
 * <p>A Java migration because Derby has no SHA-256 in SQL, and one digest ({@link SecretDigest}, the
 * realms' own) must serve both databases. Flyway finds it next to the SQL files: it scans
 * {@code classpath:db/migration} for classes of the package {@code db.migration} too.
 *
 * <p>A row whose key can never be presented (an API key without a secret; a browser-extension key
 * without the {@code brx-} start, which the realm refuses before any lookup) is invalidated visibly: its
 * stored value becomes the digest of a random value nobody knows, its visible prefix reads
 * {@code invalid} (lists show {@code invalid-*******-*******-*******}), and an API key also expires now.
 */
public class V7__hash_keys_stored_in_clear extends BaseJavaMigration {

    /** What lists show for a key this migration had to invalidate. */
    public static final String INVALID_PREFIX = "invalid";

    private static final Logger LOG = Logger.getLogger(V7__hash_keys_stored_in_clear.class.getName());

    /** {@link SecretDigest}'s form: SHA-256, lowercase hex. No key format in use looks like it. */
    private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");

    /** The visible first group of a key in AnythingLLM's format (as {@code ApiKeys} keeps it). */
    private static final int VISIBLE_CHARACTERS = 7;

    private static final String BROWSER_EXTENSION_PREFIX = "brx-";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** No CDI here: Flyway instantiates the migration before the application starts. */
    private final Clock clock = Clock.systemUTC();

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        hashApiKeys(connection);
        hashBrowserExtensionKeys(connection);
    }

    private void hashApiKeys(Connection connection) throws SQLException {
        int hashed = 0;
        int invalidated = 0;
        Timestamp now = Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        try (PreparedStatement hash = connection.prepareStatement(
                     "UPDATE api_keys SET secret = ?, secret_prefix = ? WHERE id = ?");
             PreparedStatement invalidate = connection.prepareStatement(
                     "UPDATE api_keys SET secret = ?, secret_prefix = ?, expiresAt = ? WHERE id = ?")) {
            for (Row row : clearRows(connection, "SELECT id, secret, secret_prefix FROM api_keys")) {
                if (row.value() == null || row.value().isEmpty()) {
                    // ApiKeys.authenticate refuses an empty key before looking; nothing can ever match.
                    invalidate.setString(1, unguessableDigest());
                    invalidate.setString(2, INVALID_PREFIX);
                    invalidate.setTimestamp(3, now);
                    invalidate.setInt(4, row.id());
                    invalidate.executeUpdate();
                    invalidated++;
                } else {
                    hash.setString(1, SecretDigest.of(row.value()));
                    hash.setString(2, row.prefix() != null ? row.prefix() : visiblePart(row.value(), 0));
                    hash.setInt(3, row.id());
                    hash.executeUpdate();
                    hashed++;
                }
            }
        }
        report("api_keys", hashed, invalidated);
    }

    private void hashBrowserExtensionKeys(Connection connection) throws SQLException {
        int hashed = 0;
        int invalidated = 0;
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE browser_extension_api_keys SET extension_key = ?, key_prefix = ? WHERE id = ?")) {
            for (Row row : clearRows(connection, "SELECT id, extension_key, key_prefix FROM browser_extension_api_keys")) {
                boolean presentable = row.value().startsWith(BROWSER_EXTENSION_PREFIX)
                        && row.value().length() > BROWSER_EXTENSION_PREFIX.length();
                if (presentable) {
                    update.setString(1, SecretDigest.of(row.value()));
                    update.setString(2, row.prefix() != null ? row.prefix()
                            : visiblePart(row.value(), BROWSER_EXTENSION_PREFIX.length()));
                    hashed++;
                } else {
                    update.setString(1, unguessableDigest());
                    update.setString(2, INVALID_PREFIX);
                    invalidated++;
                }
                update.setInt(3, row.id());
                update.executeUpdate();
            }
        }
        report("browser_extension_api_keys", hashed, invalidated);
    }

    private record Row(int id, String value, String prefix) {
    }

    /** The rows whose key is not yet a digest; read whole first, as the updates change what a cursor would see. */
    private static List<Row> clearRows(Connection connection, String query) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
            while (result.next()) {
                String value = result.getString(2);
                if (value == null || !DIGEST.matcher(value).matches()) {
                    rows.add(new Row(result.getInt(1), value, result.getString(3)));
                }
            }
        }
        return rows;
    }

    /**
     * The part lists may show: the fixed start plus the first group, never more than a quarter of the
     * rest, so a key shorter than AnythingLLM's format is not given away by its prefix.
     */
    static String visiblePart(String key, int fixedStart) {
        int shown = Math.min(VISIBLE_CHARACTERS, (key.length() - fixedStart) / 4);
        return key.substring(0, fixedStart + shown);
    }

    private static String unguessableDigest() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return SecretDigest.of(HexFormat.of().formatHex(random));
    }

    private static void report(String table, int hashed, int invalidated) {
        if (hashed + invalidated > 0) {
            LOG.info(() -> table + ": " + hashed + " key(s) stored in clear now hashed, " + invalidated
                    + " unusable key(s) invalidated");
        }
    }
}
