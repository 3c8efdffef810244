package org.gatehouse.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.gatehouse.auth.control.PasswordHashing;
import org.gatehouse.platform.crypto.SecretDigest;
import org.gatehouse.testing.TestDatabase;
import org.gatehouse.testing.TestDatabase.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each invariant holds on a sound database built by the migrations, and each is reported once broken
 * (and only that one), on every supported database.
 */
class InvariantsTest {

    private static final String BCRYPT = new PasswordHashing().hash("correct horse battery");
    private static final String TOKEN = "allm-tat-7D0C9XH-4S94MNQ-G2BAG4A-1Q3ZZ9K";

    static List<Kind> databases() {
        return TestDatabase.kinds();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aSoundMultiUserDatabaseBreaksNoInvariant(Kind kind) throws SQLException {
        try (TestDatabase db = TestDatabase.migrated(kind); Connection c = db.connection()) {
            assertEquals(List.of(), Invariants.violations(c), "fresh install");
            sound(c);
            assertEquals(List.of(), Invariants.violations(c), "every table filled as the server fills it");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void multiUserModeWithoutAnActiveAdmin(Kind kind) throws SQLException {
        try (TestDatabase db = TestDatabase.migrated(kind); Connection c = db.connection()) {
            sound(c);
            execute(c, "UPDATE users SET suspended = 1 WHERE role = 'admin'");
            assertOnly(c, "active-admin:");
            execute(c, "UPDATE users SET suspended = 0, role = 'manager' WHERE role = 'admin'");
            assertOnly(c, "active-admin:");
            execute(c, "UPDATE system_settings SET value = 'false' WHERE label = 'multi_user_mode'");
            assertEquals(List.of(), Invariants.violations(c), "single-user mode needs no admin");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aChatOfAMissingWorkspace(Kind kind) throws SQLException {
        try (TestDatabase db = TestDatabase.migrated(kind); Connection c = db.connection()) {
            sound(c);
            execute(c, "INSERT INTO workspace_chats (workspaceId, prompt, response) VALUES (9999, 'p', '{}')");
            assertOnly(c, "dangling: 1 workspace_chats row(s) whose workspaceId names no workspaces row");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aVectorOfAMissingDocument(Kind kind) throws SQLException {
        try (TestDatabase db = TestDatabase.migrated(kind); Connection c = db.connection()) {
            sound(c);
            execute(c, "INSERT INTO document_vectors (docId, vectorId) VALUES ('gone', 'v')");
            assertOnly(c, "dangling: 1 document_vectors row(s) whose docId names no workspace_documents row");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aMembershipOfAMissingUserOnceTheForeignKeyIsGone(Kind kind) throws SQLException {
        try (TestDatabase db = TestDatabase.migrated(kind); Connection c = db.connection()) {
            sound(c);
            execute(c, "ALTER TABLE workspace_users DROP CONSTRAINT workspace_users_user_fk");
            execute(c, "INSERT INTO workspace_users (user_id, workspace_id) VALUES (9999, " + id(c, "workspaces") + ")");
            assertOnly(c, "dangling: 1 workspace_users row(s) whose user_id names no users row");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void staleIdsThatOutliveTheirUserAreNoViolation(Kind kind) throws SQLException {
        try (TestDatabase db = TestDatabase.migrated(kind); Connection c = db.connection()) {
            sound(c);
            execute(c, "DELETE FROM users WHERE role = 'default'");
            assertEquals(List.of(), Invariants.violations(c), "invites, api_keys and event_logs keep the stale id, as in AnythingLLM");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anInviteClaimedTwice(Kind kind) throws SQLException {
        try (TestDatabase db = TestDatabase.migrated(kind); Connection c = db.connection()) {
            sound(c);
            int other = insertUser(c, "second", "default");
            // Two accounts from one code: a second invite_accepted event, and the claim names the last one.
            execute(c, "INSERT INTO event_logs (event, metadata, userId) VALUES ('invite_accepted', '{}', " + other + ")");
            execute(c, "UPDATE invites SET claimedBy = " + other + " WHERE status = 'claimed'");
            assertOnly(c, "invite-claim: 2 invite_accepted events for 1 claimed invites");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void oneUserClaimingTwoInvites(Kind kind) throws SQLException {
        try (TestDatabase db = TestDatabase.migrated(kind); Connection c = db.connection()) {
            sound(c);
            int claimer = (int) longValue(c, "SELECT claimedBy FROM invites WHERE status = 'claimed'");
            execute(c, "UPDATE invites SET status = 'claimed', claimedBy = " + claimer + " WHERE status = 'pending'");
            assertOnly(c, "invite-claim: user " + claimer + " claimed more than one invite");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aClaimedInviteWithoutClaimerAndAPendingOneWithOne(Kind kind) throws SQLException {
        try (TestDatabase db = TestDatabase.migrated(kind); Connection c = db.connection()) {
            sound(c);
            execute(c, "UPDATE invites SET claimedBy = NULL WHERE status = 'claimed'");
            List<String> violations = Invariants.violations(c);
            assertTrue(violations.stream().anyMatch(v -> v.startsWith("invite-claim:") && v.endsWith("is claimed by nobody")),
                    violations.toString());
            execute(c, "UPDATE invites SET status = 'pending', claimedBy = " + id(c, "users") + " WHERE claimedBy IS NULL");
            violations = Invariants.violations(c);
            assertTrue(violations.stream().anyMatch(v -> v.endsWith("is pending yet claimed")), violations.toString());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aPasswordInClear(Kind kind) throws SQLException {
        try (TestDatabase db = TestDatabase.migrated(kind); Connection c = db.connection()) {
            sound(c);
            int id = insertUser(c, "plain", "default");
            execute(c, "UPDATE users SET password = 'correct horse battery' WHERE id = " + id);
            List<String> violations = assertOnly(c, "secret-in-clear: users.password of row " + id + " is not a bcrypt");
            assertTrue(violations.stream().noneMatch(v -> v.contains("horse")), "a violation never shows the value");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void keysAndTokensInClear(Kind kind) throws SQLException {
        try (TestDatabase db = TestDatabase.migrated(kind); Connection c = db.connection()) {
            sound(c);
            for (String[] column : new String[][] {{"api_keys", "secret", "7D0C9XH-4S94MNQ-G2BAG4A-1Q3ZZ9K"},
                    {"browser_extension_api_keys", "extension_key", "brx-M3KPZ2T-9W1QXRA-B7N4JDE-0HVC6YF"},
                    {"temporary_auth_tokens", "token", TOKEN},
                    {"password_reset_tokens", "token", "4d1e8f7a-2b3c-4d5e-8f90-123456789abc"},
                    {"recovery_codes", "code_hash", "4d1e8f7a-2b3c-4d5e-8f90-123456789abc"}}) {
                String stored = string(c, "SELECT " + column[1] + " FROM " + column[0]);
                execute(c, "UPDATE " + column[0] + " SET " + column[1] + " = '" + column[2] + "'");
                assertOnly(c, "secret-in-clear: " + column[0] + "." + column[1] + " of row ");
                execute(c, "UPDATE " + column[0] + " SET " + column[1] + " = '" + stored + "'");
                assertEquals(List.of(), Invariants.violations(c), "restored " + column[0]);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void recoveryCodesMayBeBcryptOrDigests(Kind kind) throws SQLException {
        try (TestDatabase db = TestDatabase.migrated(kind); Connection c = db.connection()) {
            sound(c);
            execute(c, "INSERT INTO recovery_codes (user_id, code_hash) VALUES (" + id(c, "users") + ", '"
                    + SecretDigest.of("4d1e8f7a-2b3c-4d5e-8f90-123456789abc") + "')");
            assertEquals(List.of(), Invariants.violations(c));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aWholeKeyAsItsPrefix(Kind kind) throws SQLException {
        try (TestDatabase db = TestDatabase.migrated(kind); Connection c = db.connection()) {
            sound(c);
            execute(c, "UPDATE api_keys SET secret_prefix = '7D0C9XH-4S94MNQ-G2BAG4A-1Q3ZZ9K'");
            assertOnly(c, "secret-in-clear: api_keys.secret_prefix of row ");
            execute(c, "UPDATE api_keys SET secret_prefix = '7D0C9XH'");
            execute(c, "UPDATE browser_extension_api_keys SET key_prefix = 'brx-M3KPZ2T-9W1QXRA-B7N4JDE'");
            assertOnly(c, "secret-in-clear: browser_extension_api_keys.key_prefix of row ");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aTokenOrHashInAnEvent(Kind kind) throws SQLException {
        try (TestDatabase db = TestDatabase.migrated(kind); Connection c = db.connection()) {
            sound(c);
            for (String leaked : List.of(TOKEN, "brx-M3KPZ2T-9W1QXRA-B7N4JDE-0HVC6YF", BCRYPT)) {
                execute(c, "INSERT INTO event_logs (event, metadata) VALUES ('login_event', '{\"x\":\"" + leaked + "\"}')");
                assertOnly(c, "secret-in-clear: event_logs row ");
                execute(c, "DELETE FROM event_logs WHERE event = 'login_event'");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void twoOutstandingSsoTokensOfOneUser(Kind kind) throws SQLException {
        try (TestDatabase db = TestDatabase.migrated(kind); Connection c = db.connection()) {
            sound(c);
            int user = (int) longValue(c, "SELECT userId FROM temporary_auth_tokens");
            execute(c, "INSERT INTO temporary_auth_tokens (token, userId, expiresAt) VALUES ('"
                    + SecretDigest.of(TOKEN + "2") + "', " + user + ", CURRENT_TIMESTAMP)");
            assertOnly(c, "sso-token: user " + user + " has more than one temporary auth token");
        }
    }

    /** Every table filled the way the server fills it, in multi-user mode. */
    private static void sound(Connection c) throws SQLException {
        execute(c, "UPDATE system_settings SET value = 'true' WHERE label = 'multi_user_mode'");
        int admin = insertUser(c, "admin", "admin");
        int member = insertUser(c, "member", "default");
        execute(c, "INSERT INTO workspaces (name, slug) VALUES ('Alpha', 'alpha')");
        int workspace = id(c, "workspaces");
        execute(c, "INSERT INTO workspace_users (user_id, workspace_id) VALUES (" + member + ", " + workspace + ")");
        execute(c, "INSERT INTO workspace_threads (name, slug, workspace_id, user_id) VALUES ('t', 't-1', " + workspace + ", " + member + ")");
        execute(c, "INSERT INTO workspace_chats (workspaceId, prompt, response, user_id) VALUES (" + workspace + ", 'p', '{}', " + member + ")");
        execute(c, "INSERT INTO workspace_documents (docId, filename, docpath, workspaceId) VALUES ('d1', 'f', 'p', " + workspace + ")");
        execute(c, "INSERT INTO document_vectors (docId, vectorId) VALUES ('d1', 'v1')");
        execute(c, "INSERT INTO api_keys (name, secret, secret_prefix, createdBy) VALUES ('k', '"
                + SecretDigest.of("7D0C9XH-4S94MNQ-G2BAG4A-1Q3ZZ9K") + "', '7D0C9XH', " + member + ")");
        execute(c, "INSERT INTO browser_extension_api_keys (extension_key, key_prefix, user_id) VALUES ('"
                + SecretDigest.of("brx-M3KPZ2T-9W1QXRA-B7N4JDE-0HVC6YF") + "', 'brx-M3KPZ2T', " + member + ")");
        execute(c, "INSERT INTO temporary_auth_tokens (token, userId, expiresAt) VALUES ('" + SecretDigest.of(TOKEN)
                + "', " + member + ", CURRENT_TIMESTAMP)");
        execute(c, "INSERT INTO recovery_codes (user_id, code_hash) VALUES (" + member + ", '" + BCRYPT + "')");
        execute(c, "INSERT INTO password_reset_tokens (user_id, token, expiresAt) VALUES (" + member + ", '"
                + SecretDigest.of("4d1e8f7a-2b3c-4d5e-8f90-123456789abc") + "', CURRENT_TIMESTAMP)");
        execute(c, "INSERT INTO invites (code, status, claimedBy, createdBy) VALUES ('AAAAAAA-BBBBBBB-CCCCCCC-DDDDDDD', 'claimed', "
                + member + ", " + admin + ")");
        execute(c, "INSERT INTO invites (code, createdBy) VALUES ('EEEEEEE-FFFFFFF-GGGGGGG-HHHHHHH', " + admin + ")");
        execute(c, "INSERT INTO invites (code, status, createdBy) VALUES ('JJJJJJJ-KKKKKKK-MMMMMMM-NNNNNNN', 'disabled', 0)");
        execute(c, "INSERT INTO event_logs (event, metadata, userId) VALUES ('invite_accepted', '{\"username\":\"member\"}', " + member + ")");
        execute(c, "INSERT INTO event_logs (event, metadata, userId) VALUES ('invite_created', "
                + "'{\"inviteCode\":\"EEEEEEE-FFFFFFF-GGGGGGG-HHHHHHH\",\"createdBy\":\"admin\"}', " + admin + ")");
        execute(c, "INSERT INTO event_logs (event, metadata, userId) VALUES ('api_key_created', '{\"keyPrefix\":\"brx-M3KPZ2T\"}', " + admin + ")");
    }

    private static List<String> assertOnly(Connection c, String violationStart) throws SQLException {
        List<String> violations = Invariants.violations(c);
        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).startsWith(violationStart), violations.toString());
        return violations;
    }

    private static int insertUser(Connection c, String name, String role) throws SQLException {
        execute(c, "INSERT INTO users (username, password, role) VALUES ('" + name + "', '" + BCRYPT + "', '" + role + "')");
        return (int) longValue(c, "SELECT id FROM users WHERE username = '" + name + "'");
    }

    private static int id(Connection c, String table) throws SQLException {
        return (int) longValue(c, "SELECT MAX(id) FROM " + table);
    }

    private static String string(Connection c, String sql) throws SQLException {
        try (Statement statement = c.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    private static long longValue(Connection c, String sql) throws SQLException {
        try (Statement statement = c.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement statement = c.createStatement()) {
            statement.execute(sql);
        }
    }
}
