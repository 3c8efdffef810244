package org.gatehouse.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import org.gatehouse.testsupport.Invariants;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.gatehouse.apikeys.entity.ApiKey;
import org.gatehouse.apikeys.entity.BrowserExtensionApiKey;
import org.gatehouse.platform.crypto.SecretDigest;
import org.gatehouse.testing.TestDatabase;
import org.gatehouse.testing.TestDatabase.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * V7: keys stored in clear before V5/V6 (e.g. carried over from AnythingLLM) are found afterwards by the
 * lookup the realms make, the digest of the presented key; unusable ones are visibly invalid; no key
 * stays in clear.
 */
class ClearKeysMigrationTest {

    private static final String CLEAR_API_KEY = "7D0C9XH-4S94MNQ-G2BAG4A-1Q3ZZ9K";
    private static final String CLEAR_EXTENSION_KEY = "brx-M3KPZ2T-9W1QXRA-B7N4JDE-0HVC6YF";
    private static final String NOT_AN_EXTENSION_KEY = "legacy-extension-key";
    private static final String KEY_WRITTEN_AFTER_V5 = "TJ6WQ1E-AK2V8RC-5N0YHMP-3DXG7BS";
    private static final String KEY_WRITTEN_AFTER_V6 = "brx-QF8R2KD-6VW3NZT-1YBH9MA-4EJC0PX";

    static List<Kind> databases() {
        return TestDatabase.kinds();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aDeveloperKeyStoredInClearIsFoundByTheDigestOfTheKeyAfterV7(Kind kind) throws SQLException {
        try (TestDatabase db = migratedToV6WithClearKeys(kind)) {
            assertTrue(SchemaMigrations.migrate(db.dataSource()).migrations.stream().anyMatch(m -> "7".equals(m.version)), "V7 ran");

            EntityManager em = db.entityManagerFactory().createEntityManager();
            ApiKey key = apiKeyPresenting(em, CLEAR_API_KEY).orElseThrow();
            assertEquals("old integration", key.getName());
            assertEquals("7D0C9XH", key.getSecretPrefix(), "lists show the first group, as for new keys");
            assertEquals(null, key.getExpiresAt(), "still valid");
            assertEquals("7D0C9XH-*******-*******-*******", SecretDigest.masked(key.getSecretPrefix()));

            ApiKey newer = apiKeyPresenting(em, KEY_WRITTEN_AFTER_V5).orElseThrow();
            assertEquals("TJ6WQ1E", newer.getSecretPrefix(), "a row already hashed is left as it was");
            em.close();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aBrowserExtensionKeyStoredInClearIsFoundByTheDigestOfTheKeyAfterV7(Kind kind) throws SQLException {
        try (TestDatabase db = migratedToV6WithClearKeys(kind)) {
            SchemaMigrations.migrate(db.dataSource());

            EntityManager em = db.entityManagerFactory().createEntityManager();
            BrowserExtensionApiKey key = extensionKeyPresenting(em, CLEAR_EXTENSION_KEY).orElseThrow();
            assertEquals("brx-M3KPZ2T", key.getKeyPrefix(), "lists show brx- and the first group, as for new keys");
            assertNotNull(key.getUserId(), "still its user's key");
            assertEquals("brx-QF8R2KD", extensionKeyPresenting(em, KEY_WRITTEN_AFTER_V6).orElseThrow().getKeyPrefix(),
                    "a row already hashed is left as it was");
            em.close();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void keysThatCanNeverBePresentedAreVisiblyInvalidatedNotSilentlyDead(Kind kind) throws SQLException {
        try (TestDatabase db = migratedToV6WithClearKeys(kind)) {
            LocalDateTime before = LocalDateTime.now(ZoneOffset.UTC).minusSeconds(1);
            SchemaMigrations.migrate(db.dataSource());
            try (Connection c = db.connection()) {
                List<String> withoutSecret = Invariants.strings(c,
                        "SELECT secret_prefix FROM api_keys WHERE name = 'no secret'");
                assertEquals(List.of("invalid"), withoutSecret, "lists show invalid-*******-*******-*******");
                Timestamp expiry = timestamp(c, "SELECT expiresAt FROM api_keys WHERE name = 'no secret'");
                assertNotNull(expiry, "an API key without a secret is expired");
                assertFalse(expiry.toLocalDateTime().isBefore(before), "expired by the migration, in UTC");
                assertFalse(expiry.toLocalDateTime().isAfter(LocalDateTime.now(ZoneOffset.UTC).plusSeconds(1)));

                assertEquals(List.of("invalid", "invalid"), Invariants.strings(c,
                        "SELECT key_prefix FROM browser_extension_api_keys WHERE key_prefix NOT LIKE 'brx-%' ORDER BY id"),
                        "an extension key without brx- (the realm refuses it before any lookup) and an empty one");
                assertEquals(4, count(c, "SELECT COUNT(*) FROM browser_extension_api_keys"), "nothing deleted");
            }
            EntityManager em = db.entityManagerFactory().createEntityManager();
            assertTrue(extensionKeyPresenting(em, NOT_AN_EXTENSION_KEY).isEmpty());
            assertTrue(extensionKeyPresenting(em, "").isEmpty());
            em.close();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void noKeyStaysInClear(Kind kind) throws SQLException {
        try (TestDatabase db = migratedToV6WithClearKeys(kind)) {
            SchemaMigrations.migrate(db.dataSource());
            try (Connection c = db.connection()) {
                List<String> stored = Invariants.strings(c, "SELECT secret FROM api_keys");
                stored.addAll(Invariants.strings(c, "SELECT extension_key FROM browser_extension_api_keys"));
                assertEquals(7, stored.size());
                for (String value : stored) {
                    assertNotNull(value);
                    assertTrue(value.matches("[0-9a-f]{64}"), "a SHA-256 digest in hex, was " + value);
                }
                for (String clear : List.of(CLEAR_API_KEY, CLEAR_EXTENSION_KEY, NOT_AN_EXTENSION_KEY)) {
                    assertFalse(stored.contains(clear), clear + " is gone");
                }
                assertEquals(stored.size(), stored.stream().distinct().count(), "each digest is its own");
            }
        }
    }

    /** The schema as a deployment before V7 left it, holding what AnythingLLM (and Gatehouse before V5/V6) stored. */
    private static TestDatabase migratedToV6WithClearKeys(Kind kind) throws SQLException {
        TestDatabase db = TestDatabase.empty(kind);
        Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(db.dataSource())
                .locations("classpath:db/migration")
                .placeholders(SchemaMigrations.placeholdersFor(db.dataSource()))
                .target("6")
                .load()
                .migrate();
        try (Connection c = db.connection()) {
            execute(c, "INSERT INTO users (username, password) VALUES ('jane', 'x')");
            int jane = count(c, "SELECT id FROM users WHERE username = 'jane'");
            insert(c, "INSERT INTO api_keys (name, secret, createdBy) VALUES (?, ?, ?)", "old integration", CLEAR_API_KEY, jane);
            insert(c, "INSERT INTO api_keys (name, secret, createdBy) VALUES (?, ?, ?)", "no secret", null, jane);
            insert(c, "INSERT INTO api_keys (name, secret, secret_prefix, createdBy) VALUES (?, ?, ?, ?)",
                    "written after V5", SecretDigest.of(KEY_WRITTEN_AFTER_V5), "TJ6WQ1E", jane);
            insert(c, "INSERT INTO browser_extension_api_keys (extension_key, user_id) VALUES (?, ?)", CLEAR_EXTENSION_KEY, jane);
            insert(c, "INSERT INTO browser_extension_api_keys (extension_key, user_id) VALUES (?, ?)", NOT_AN_EXTENSION_KEY, jane);
            insert(c, "INSERT INTO browser_extension_api_keys (extension_key, user_id) VALUES (?, ?)", "", jane);
            insert(c, "INSERT INTO browser_extension_api_keys (extension_key, key_prefix, user_id) VALUES (?, ?, ?)",
                    SecretDigest.of(KEY_WRITTEN_AFTER_V6), "brx-QF8R2KD", jane);
        }
        return db;
    }

    /** What ApiKeys.authenticate asks the database for the presented key. */
    private static Optional<ApiKey> apiKeyPresenting(EntityManager em, String presented) {
        return em.createNamedQuery(ApiKey.BY_DIGEST_WITH_CREATOR, Object[].class)
                .setParameter("digest", SecretDigest.of(presented)).getResultStream().findFirst().map(row -> (ApiKey) row[0]);
    }

    /** What BrowserExtensionKeys.byKey asks the database for the presented key. */
    private static Optional<BrowserExtensionApiKey> extensionKeyPresenting(EntityManager em, String presented) {
        return em.createNamedQuery(BrowserExtensionApiKey.BY_DIGEST, BrowserExtensionApiKey.class)
                .setParameter("digest", SecretDigest.of(presented)).getResultStream().findFirst();
    }

    private static void insert(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    statement.setNull(i + 1, java.sql.Types.VARCHAR);
                } else {
                    statement.setObject(i + 1, values[i]);
                }
            }
            statement.executeUpdate();
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement statement = c.createStatement()) {
            statement.execute(sql);
        }
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (Statement statement = c.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    private static Timestamp timestamp(Connection c, String sql) throws SQLException {
        try (Statement statement = c.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getTimestamp(1) : null;
        }
    }

}
