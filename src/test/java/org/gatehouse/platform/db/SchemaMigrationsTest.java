package org.gatehouse.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import org.gatehouse.testsupport.Invariants;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.output.MigrateResult;
import org.gatehouse.testing.TestDatabase;
import org.gatehouse.testing.TestDatabase.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The versioned migrations build the contract's schema, with its constraints, on every supported database. */
class SchemaMigrationsTest {

    static List<Kind> databases() {
        return TestDatabase.kinds();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void migrationsApplyToAnEmptyDatabaseAndAgainAsANoOp(Kind kind) throws SQLException {
        try (TestDatabase db = TestDatabase.empty(kind)) {
            MigrateResult first = SchemaMigrations.migrate(db.dataSource());
            assertTrue(first.migrationsExecuted >= 1, "migrations ran");
            assertEquals(0, SchemaMigrations.migrate(db.dataSource()).migrationsExecuted, "second run changes nothing");
            try (Connection c = db.connection()) {
                for (String table : List.of("users", "workspaces", "workspace_users", "api_keys",
                        "browser_extension_api_keys", "invites", "event_logs", "system_settings",
                        "temporary_auth_tokens", "recovery_codes", "password_reset_tokens", "workspace_chats",
                        "workspace_documents", "document_vectors", "workspace_threads", "environment_overrides")) {
                    assertEquals(0, count(c, "SELECT COUNT(*) FROM " + table + " WHERE 1 = 0"), table + " exists");
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void seedRowsArePresent(Kind kind) throws SQLException {
        try (TestDatabase db = TestDatabase.migrated(kind); Connection c = db.connection()) {
            assertEquals(List.of("logo_filename=anything-llm.png", "multi_user_mode=false"),
                    Invariants.strings(c, "SELECT label || '=' || value FROM system_settings ORDER BY label"));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void userDefaultsMatchTheContract(Kind kind) throws SQLException {
        try (TestDatabase db = TestDatabase.migrated(kind); Connection c = db.connection()) {
            execute(c, "INSERT INTO users (username, password) VALUES ('jane', 'x')");
            try (Statement statement = c.createStatement();
                 ResultSet row = statement.executeQuery(
                         "SELECT role, suspended, seen_recovery_codes, bio, dailyMessageLimit, createdAt FROM users")) {
                assertTrue(row.next());
                assertEquals("default", row.getString(1));
                assertEquals(0, row.getInt(2));
                assertEquals(false, row.getBoolean(3));
                assertEquals("", row.getString(4));
                assertEquals(null, row.getObject(5));
                assertTrue(row.getTimestamp(6) != null, "createdAt defaults to now");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void usernameIsUnique(Kind kind) throws SQLException {
        try (TestDatabase db = TestDatabase.migrated(kind); Connection c = db.connection()) {
            execute(c, "INSERT INTO users (username, password) VALUES ('jane', 'x')");
            SQLException clash = assertThrows(SQLException.class,
                    () -> execute(c, "INSERT INTO users (username, password) VALUES ('jane', 'y')"));
            assertTrue(clash.getSQLState().startsWith("23"), "integrity violation, was " + clash.getSQLState());
            execute(c, "INSERT INTO users (username, password) VALUES ('Jane', 'y')");
            assertEquals(2, count(c, "SELECT COUNT(*) FROM users"), "usernames are case-sensitive");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void deletingAUserRemovesItsMembershipsAndCredentialsButNotItsEvents(Kind kind) throws SQLException {
        try (TestDatabase db = TestDatabase.migrated(kind); Connection c = db.connection()) {
            int jane = insertUser(c, "jane");
            int john = insertUser(c, "john");
            int workspace = insertWorkspace(c, "alpha");
            execute(c, "INSERT INTO workspace_users (user_id, workspace_id) VALUES (" + jane + ", " + workspace + ")");
            execute(c, "INSERT INTO workspace_users (user_id, workspace_id) VALUES (" + john + ", " + workspace + ")");
            execute(c, "INSERT INTO recovery_codes (user_id, code_hash) VALUES (" + jane + ", 'h')");
            execute(c, "INSERT INTO password_reset_tokens (user_id, token, expiresAt) VALUES (" + jane
                    + ", 't', CURRENT_TIMESTAMP)");
            execute(c, "INSERT INTO browser_extension_api_keys (extension_key, user_id) VALUES ('brx-1', " + jane + ")");
            execute(c, "INSERT INTO temporary_auth_tokens (token, userId, expiresAt) VALUES ('allm-tat-1', " + jane
                    + ", CURRENT_TIMESTAMP)");
            execute(c, "INSERT INTO workspace_chats (workspaceId, prompt, response, user_id) VALUES (" + workspace
                    + ", 'p', '{}', " + jane + ")");
            execute(c, "INSERT INTO workspace_threads (name, slug, workspace_id, user_id) VALUES ('t', 't-1', "
                    + workspace + ", " + jane + ")");
            execute(c, "INSERT INTO api_keys (name, secret, createdBy) VALUES ('k', 's', " + jane + ")");
            execute(c, "INSERT INTO event_logs (event, metadata, userId) VALUES ('login_event', '{}', " + jane + ")");

            execute(c, "DELETE FROM users WHERE id = " + jane);

            assertEquals(1, count(c, "SELECT COUNT(*) FROM workspace_users"), "one membership is left");
            assertEquals(1, count(c, "SELECT COUNT(*) FROM workspace_users WHERE user_id = " + john), "john's");
            for (String table : List.of("recovery_codes", "password_reset_tokens", "browser_extension_api_keys",
                    "temporary_auth_tokens", "workspace_chats", "workspace_threads")) {
                assertEquals(0, count(c, "SELECT COUNT(*) FROM " + table), table + " cascaded");
            }
            assertEquals(1, count(c, "SELECT COUNT(*) FROM api_keys WHERE createdBy = " + jane), "api key keeps the stale id");
            assertEquals(1, count(c, "SELECT COUNT(*) FROM event_logs WHERE userId = " + jane), "event keeps the stale id");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void deletingAWorkspaceRemovesMembershipsButIsBlockedByDocuments(Kind kind) throws SQLException {
        try (TestDatabase db = TestDatabase.migrated(kind); Connection c = db.connection()) {
            int jane = insertUser(c, "jane");
            int alpha = insertWorkspace(c, "alpha");
            int beta = insertWorkspace(c, "beta");
            execute(c, "INSERT INTO workspace_users (user_id, workspace_id) VALUES (" + jane + ", " + alpha + ")");
            execute(c, "INSERT INTO workspace_users (user_id, workspace_id) VALUES (" + jane + ", " + beta + ")");
            execute(c, "INSERT INTO workspace_documents (docId, filename, docpath, workspaceId) VALUES ('d1', 'f', 'p', "
                    + beta + ")");

            execute(c, "DELETE FROM workspaces WHERE id = " + alpha);
            assertEquals(1, count(c, "SELECT COUNT(*) FROM workspace_users"), "alpha's membership cascaded");

            SQLException restricted = assertThrows(SQLException.class,
                    () -> execute(c, "DELETE FROM workspaces WHERE id = " + beta));
            assertTrue(restricted.getSQLState().startsWith("23"), "restricted, was " + restricted.getSQLState());
            execute(c, "DELETE FROM workspace_documents WHERE workspaceId = " + beta);
            execute(c, "DELETE FROM workspaces WHERE id = " + beta);
            assertEquals(0, count(c, "SELECT COUNT(*) FROM workspace_users"));
            assertEquals(1, count(c, "SELECT COUNT(*) FROM users"), "users are untouched");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void uniqueLookupColumnsRejectDuplicates(Kind kind) throws SQLException {
        try (TestDatabase db = TestDatabase.migrated(kind); Connection c = db.connection()) {
            insertWorkspace(c, "alpha");
            List<String[]> duplicates = List.of(
                    new String[] {"INSERT INTO workspaces (name, slug) VALUES ('A', 'alpha')"},
                    new String[] {"INSERT INTO system_settings (label, value) VALUES ('multi_user_mode', 'true')"},
                    new String[] {"INSERT INTO api_keys (secret) VALUES ('s')", "INSERT INTO api_keys (secret) VALUES ('s')"},
                    new String[] {"INSERT INTO invites (code, createdBy) VALUES ('c', 1)",
                            "INSERT INTO invites (code, createdBy) VALUES ('c', 2)"});
            for (String[] statements : duplicates) {
                for (int i = 0; i < statements.length - 1; i++) {
                    execute(c, statements[i]);
                }
                String last = statements[statements.length - 1];
                assertThrows(SQLException.class, () -> execute(c, last), last);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void roleAndSuspendedOnlyTakeTheirValues(Kind kind) throws SQLException {
        try (TestDatabase db = TestDatabase.migrated(kind); Connection c = db.connection()) {
            assertThrows(SQLException.class,
                    () -> execute(c, "INSERT INTO users (username, password, role) VALUES ('a', 'x', 'root')"));
            assertThrows(SQLException.class,
                    () -> execute(c, "INSERT INTO users (username, password, suspended) VALUES ('b', 'x', 2)"));
        }
    }

    static int insertUser(Connection c, String username) throws SQLException {
        return insert(c, "INSERT INTO users (username, password) VALUES (?, 'x')", username);
    }

    static int insertWorkspace(Connection c, String slug) throws SQLException {
        return insert(c, "INSERT INTO workspaces (name, slug) VALUES (?, ?)", slug, slug);
    }

    private static int insert(Connection c, String sql, String... values) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getInt(1);
            }
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

}
