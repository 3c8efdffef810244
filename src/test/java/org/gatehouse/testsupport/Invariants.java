package org.gatehouse.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What must hold in a Gatehouse database whatever happened to it (issue 11: after every stress test, race
 * and crash): plain JDBC and plain SQL, so it runs on Derby and PostgreSQL, inside the server
 * ({@code GET /api/__test__/invariants}) and outside it, against a stopped server's database ({@link #main}).
 * Each violation names its rule, table, column and row ids, never a stored value: the values checked are
 * secrets.
 */
public final class Invariants {

    /** bcrypt as {@code PasswordHashing} writes and AnythingLLM's bcryptjs wrote it. */
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{53}");
    /** {@code SecretDigest.of}: SHA-256, lowercase hex. */
    private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");

    /**
     * Columns that must name an existing row. invites.claimedBy/createdBy, api_keys.createdBy and
     * event_logs.userId are left out on purpose: they outlive the user they name, as in AnythingLLM
     * (V1's comments); NULL means "none" everywhere, and is allowed wherever the column allows it.
     */
    private static final List<Reference> REFERENCES = List.of(
            new Reference("workspace_users", "user_id", "users", "id"),
            new Reference("workspace_users", "workspace_id", "workspaces", "id"),
            new Reference("browser_extension_api_keys", "user_id", "users", "id"),
            new Reference("temporary_auth_tokens", "userId", "users", "id"),
            new Reference("recovery_codes", "user_id", "users", "id"),
            new Reference("password_reset_tokens", "user_id", "users", "id"),
            new Reference("workspace_threads", "workspace_id", "workspaces", "id"),
            new Reference("workspace_threads", "user_id", "users", "id"),
            new Reference("workspace_chats", "user_id", "users", "id"),
            // No foreign key (AnythingLLM has none): a workspace delete removes its chats first.
            new Reference("workspace_chats", "workspaceId", "workspaces", "id"),
            new Reference("workspace_documents", "workspaceId", "workspaces", "id"),
            // No foreign key either: a workspace delete removes its documents' vectors first.
            new Reference("document_vectors", "docId", "workspace_documents", "docId"));

    /** Columns that hold a secret, and the only stored forms each may take. */
    private static final List<Secret> SECRETS = List.of(
            new Secret("users", "password", BCRYPT.asMatchPredicate(), "bcrypt"),
            new Secret("api_keys", "secret", DIGEST.asMatchPredicate(), "SHA-256 digest"),
            new Secret("browser_extension_api_keys", "extension_key", DIGEST.asMatchPredicate(), "SHA-256 digest"),
            new Secret("temporary_auth_tokens", "token", DIGEST.asMatchPredicate(), "SHA-256 digest"),
            new Secret("password_reset_tokens", "token", DIGEST.asMatchPredicate(), "SHA-256 digest"),
            // bcrypt until AccountRecovery moved to SecretDigest; rows of either kind may remain.
            new Secret("recovery_codes", "code_hash",
                    BCRYPT.asMatchPredicate().or(DIGEST.asMatchPredicate()),
                    "bcrypt or SHA-256 digest"));

    private Invariants() {
    }

    /** Every rule broken, one line each; empty when the database is sound. */
    public static List<String> violations(Connection c) throws SQLException {
        List<String> violations = new ArrayList<>();
        activeAdminInMultiUserMode(c, violations);
        for (Reference reference : REFERENCES) {
            reference.check(c, violations);
        }
        invitesClaimedOnce(c, violations);
        for (Secret secret : SECRETS) {
            secret.check(c, violations);
        }
        prefixesAreNotKeys(c, violations);
        noSecretInEvents(c, violations);
        oneSsoTokenPerUser(c, violations);
        for (String table : List.of("event_logs", "workspace_chats")) {
            talliesMatchRows(c, table, violations);
        }
        return violations;
    }

    /**
     * Prints the violations of the database at {@code args[0]} (a JDBC URL; {@code args[1]}, {@code args[2]}:
     * optional user and password) and exits 1 if there are any, 2 if the database cannot be read.
     */
    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: Invariants <jdbc-url> [user [password]]");
            System.exit(2);
        }
        Properties properties = new Properties();
        if (args.length > 1) {
            properties.setProperty("user", args[1]);
        }
        if (args.length > 2) {
            properties.setProperty("password", args[2]);
        }
        List<String> violations;
        try (Connection c = DriverManager.getConnection(args[0], properties)) {
            violations = violations(c);
        } catch (SQLException e) {
            System.err.println("cannot check " + args[0] + ": " + e.getMessage());
            System.exit(2);
            return;
        }
        violations.forEach(System.out::println);
        System.out.println(violations.isEmpty() ? "invariants hold" : violations.size() + " invariant violation(s)");
        System.exit(violations.isEmpty() ? 0 : 1);
    }

    /** Multi-user mode without an active admin is a locked-out instance: nobody can administer it. */
    private static void activeAdminInMultiUserMode(Connection c, List<String> violations) throws SQLException {
        // value is a CLOB on Derby, which cannot be compared in SQL: compared here.
        List<String> modes = strings(c, "SELECT value FROM system_settings WHERE label = 'multi_user_mode'");
        if (modes.contains("true")
                && count(c, "SELECT COUNT(*) FROM users WHERE role = 'admin' AND suspended = 0") == 0) {
            violations.add("active-admin: multi-user mode is on and no admin is active (not suspended)");
        }
    }

    /**
     * A code makes one account: a claimed invite names its claimer, a pending one none, no user claimed two
     * invites, and there are never more invite_accepted events than claimed invites (one event per claim;
     * events may only be fewer, after retention or a clear).
     */
    private static void invitesClaimedOnce(Connection c, List<String> violations) throws SQLException {
        ids(c, "SELECT id FROM invites WHERE status NOT IN ('pending', 'claimed', 'disabled')")
                .forEach(id -> violations.add("invite-status: invites row " + id + " has an unknown status"));
        ids(c, "SELECT id FROM invites WHERE status = 'claimed' AND claimedBy IS NULL")
                .forEach(id -> violations.add("invite-claim: invites row " + id + " is claimed by nobody"));
        ids(c, "SELECT id FROM invites WHERE status = 'pending' AND claimedBy IS NOT NULL")
                .forEach(id -> violations.add("invite-claim: invites row " + id + " is pending yet claimed"));
        ids(c, "SELECT claimedBy FROM invites WHERE claimedBy IS NOT NULL GROUP BY claimedBy HAVING COUNT(*) > 1")
                .forEach(id -> violations.add("invite-claim: user " + id + " claimed more than one invite"));
        long claimed = count(c, "SELECT COUNT(*) FROM invites WHERE claimedBy IS NOT NULL");
        long accepted = count(c, "SELECT COUNT(*) FROM event_logs WHERE event = 'invite_accepted'");
        if (accepted > claimed) {
            violations.add("invite-claim: " + accepted + " invite_accepted events for " + claimed + " claimed invites");
        }
    }

    /** Lists show a key's first group only: a stored prefix as long as a whole key would be the key in clear. */
    private static void prefixesAreNotKeys(Connection c, List<String> violations) throws SQLException {
        ids(c, "SELECT id FROM api_keys WHERE LENGTH(secret_prefix) > 7")
                .forEach(id -> violations.add("secret-in-clear: api_keys.secret_prefix of row " + id + " is longer than a prefix"));
        ids(c, "SELECT id FROM browser_extension_api_keys WHERE LENGTH(key_prefix) > 11")
                .forEach(id -> violations.add("secret-in-clear: browser_extension_api_keys.key_prefix of row " + id
                        + " is longer than a prefix"));
    }

    /**
     * Events are readable by every admin and exported: no whole browser-extension key, SSO token or
     * password hash in their metadata. (Invite codes are there by design, as in AnythingLLM.)
     */
    private static void noSecretInEvents(Connection c, List<String> violations) throws SQLException {
        ids(c, "SELECT id FROM event_logs WHERE metadata LIKE '%allm-tat-%' OR metadata LIKE '%$2a$%' "
                + "OR metadata LIKE '%$2b$%' OR metadata LIKE '%$2y$%' "
                + "OR metadata LIKE '%brx-_______-_______-_______-_______%'")
                .forEach(id -> violations.add("secret-in-clear: event_logs row " + id + " holds a key, token or password hash"));
    }

    /** Issuing a Simple SSO token replaces the user's earlier ones (contract 6.3): one outstanding at most. */
    private static void oneSsoTokenPerUser(Connection c, List<String> violations) throws SQLException {
        ids(c, "SELECT userId FROM temporary_auth_tokens GROUP BY userId HAVING COUNT(*) > 1")
                .forEach(id -> violations.add("sso-token: user " + id + " has more than one temporary auth token"));
    }

    /**
     * V13: the pages' totals and positions come from row_tallies, so its deltas must sum, bucket by bucket, to
     * the rows each bucket of the table holds.
     */
    private static void talliesMatchRows(Connection c, String table, List<String> violations) throws SQLException {
        Map<Integer, Long> rows = sums(c, "SELECT id / 4096, COUNT(*) FROM " + table + " GROUP BY id / 4096");
        Map<Integer, Long> tallied = talliesOf(c, table);
        if (!rows.equals(tallied)) {
            Set<Integer> differing = new TreeSet<>(rows.keySet());
            differing.addAll(tallied.keySet());
            differing.removeIf(bucket -> Objects.equals(rows.get(bucket), tallied.get(bucket)));
            violations.add("tally: row_tallies counts " + tallied.values().stream().mapToLong(Long::longValue).sum() + " "
                    + table + " rows, the table holds " + rows.values().stream().mapToLong(Long::longValue).sum()
                    + "; buckets that differ: " + differing);
        }
    }

    /** The sums per bucket, read as RowTallies.of reads them: again when a fold committed meanwhile. */
    private static Map<Integer, Long> talliesOf(Connection c, String table) throws SQLException {
        for (long folds = folds(c, table); ; ) {
            Map<Integer, Long> tallied = sums(c, "SELECT bucket, SUM(delta) FROM row_tallies WHERE subject = '" + table
                    + "' GROUP BY bucket HAVING SUM(delta) <> 0");
            long after = folds(c, table);
            if (after == folds) {
                return tallied;
            }
            folds = after;
        }
    }

    private static long folds(Connection c, String table) throws SQLException {
        return sums(c, "SELECT 0, folds FROM row_tally_folds WHERE subject = '" + table + "'").get(0);
    }

    private static Map<Integer, Long> sums(Connection c, String sql) throws SQLException {
        Map<Integer, Long> sums = new HashMap<>();
        try (Statement statement = c.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                sums.put(rows.getInt(1), rows.getLong(2));
            }
        }
        return sums;
    }

    private record Reference(String table, String column, String parent, String parentColumn) {

        void check(Connection c, List<String> violations) throws SQLException {
            long dangling = count(c, "SELECT COUNT(*) FROM " + table + " t WHERE t." + column + " IS NOT NULL "
                    + "AND NOT EXISTS (SELECT 1 FROM " + parent + " p WHERE p." + parentColumn + " = t." + column + ")");
            if (dangling > 0) {
                violations.add("dangling: " + dangling + " " + table + " row(s) whose " + column + " names no " + parent + " row");
            }
        }
    }

    private record Secret(String table, String column, Predicate<String> stored, String expected) {

        void check(Connection c, List<String> violations) throws SQLException {
            try (Statement statement = c.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT id, " + column + " FROM " + table + " WHERE " + column + " IS NOT NULL")) {
                while (rows.next()) {
                    if (!stored.test(rows.getString(2))) {
                        violations.add("secret-in-clear: " + table + "." + column + " of row " + rows.getInt(1)
                                + " is not a " + expected);
                    }
                }
            }
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement statement = c.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static List<Integer> ids(Connection c, String sql) throws SQLException {
        List<Integer> ids = new ArrayList<>();
        try (Statement statement = c.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getInt(1));
            }
        }
        return ids;
    }

    /** The first column of every row {@code sql} selects, as text (the schema tests read tables this way too). */
    public static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = c.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
