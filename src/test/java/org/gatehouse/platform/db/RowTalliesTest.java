package org.gatehouse.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.gatehouse.events.control.EventLogService;
import org.gatehouse.events.control.EventsFixture;
import org.gatehouse.platform.control.PageRequest;
import org.gatehouse.testing.TestDatabase;
import org.gatehouse.testing.TestDatabase.Kind;
import org.gatehouse.testsupport.Invariants;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * V13's tallies against the rows themselves, on Derby and PostgreSQL: every way rows come and go (single and
 * batched inserts, a rolled-back insert, single, ranged and whole-table deletes, a user's cascade), folded and
 * not, with writers racing the folding; and every page placed by them against the same page read by OFFSET.
 */
class RowTalliesTest {

    static List<Kind> databases() {
        return TestDatabase.kinds();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void everyWayRowsComeAndGoIsCountedAndEveryPageStartsWhereAnOffsetWould(Kind kind) throws SQLException {
        try (TestDatabase db = TestDatabase.migrated(kind); Connection c = db.connection()) {
            EntityManager em = db.entityManagerFactory().createEntityManager();
            RowTallies tallies = NamedLocksFixture.rowTallies(em);
            insertEvents(c, 10_000);
            insertEvents(c, 1);
            c.setAutoCommit(false);
            insertEvents(c, 500);
            c.rollback();
            c.setAutoCommit(true);
            execute(c, "DELETE FROM event_logs WHERE id = 17");
            execute(c, "DELETE FROM event_logs WHERE id BETWEEN 4000 AND 4200");
            execute(c, "DELETE FROM event_logs WHERE id = 999999");
            insertChats(c);
            assertEquals(List.of(), Invariants.violations(c), "tallies match rows before folding");
            assertPagesMatchOffsets(em, tallies, c);

            int folded = compact(em, tallies);
            assertTrue(folded > 0, "several rows per bucket were folded");
            assertEquals(0, (int) compact(em, tallies), "nothing left to fold");
            assertEquals(List.of(), Invariants.violations(c), "tallies match rows after folding");
            assertPagesMatchOffsets(em, tallies, c);

            execute(c, "DELETE FROM event_logs");
            insertEvents(c, 3);
            assertEquals(List.of(), Invariants.violations(c), "a cleared table counts only what came after");
            assertEquals(3, tallies.of(RowTallies.Subject.EVENT_LOGS).total());
            assertPagesMatchOffsets(em, tallies, c);
            em.close();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void writersRacingTheFoldingLoseNoDelta(Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.migrated(kind)) {
            EntityManager em = db.entityManagerFactory().createEntityManager();
            RowTallies tallies = NamedLocksFixture.rowTallies(em);
            ExecutorService writers = Executors.newFixedThreadPool(4);
            try {
                raceTheFolding(db, em, tallies, writers);
            } finally {
                // Never closes the database under a writer: Derby's shutdown waits for them (the run hung once).
                writers.shutdownNow();
                assertTrue(writers.awaitTermination(1, TimeUnit.MINUTES), "the writers stopped");
            }
            compact(em, tallies);
            try (Connection c = db.connection()) {
                if (kind == Kind.DERBY) {
                    // Derby refreshes the statistics of any other index as the table's size drifts, and each refresh
                    // makes the writers recompile the triggers' actions, which deadlocks them (V13, db/derby).
                    assertEquals(1, count(c, "SELECT COUNT(*) FROM SYS.SYSCONGLOMERATES g JOIN SYS.SYSTABLES t"
                            + " ON g.TABLEID = t.TABLEID WHERE t.TABLENAME = 'ROW_TALLIES' AND g.ISINDEX"), "row_tallies' indexes");
                }
                assertEquals(List.of(), Invariants.violations(c), "tallies match rows after foldings among writers");
                assertEquals(count(c, "SELECT COUNT(*) FROM event_logs"), tallies.of(RowTallies.Subject.EVENT_LOGS).total());
            }
            em.close();
        }
    }

    /**
     * Two clears of the event log at once, again and again, through EventLogService: each row is counted out once.
     * Without their deletion lock, Derby's clears both counted the rows they both read out in 12 of 200 rounds.
     */
    @ParameterizedTest
    @MethodSource("databases")
    void concurrentDeletesOfTheSameRowsCountThemOutOnce(Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.migrated(kind); Connection c = db.connection()) {
            ExecutorService clearers = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < 150; round++) {
                    insertEvents(c, 20);
                    CyclicBarrier together = new CyclicBarrier(2);
                    List<Future<?>> clears = new ArrayList<>();
                    for (int i = 0; i < 2; i++) {
                        clears.add(clearers.submit(() -> clear(db, together)));
                    }
                    for (Future<?> clear : clears) {
                        clear.get();
                    }
                    assertEquals(List.of(), Invariants.violations(c), "round " + round);
                    assertEquals(1, count(c, "SELECT COUNT(*) FROM event_logs"), "round " + round + ": the second clear's event");
                }
            } finally {
                clearers.shutdownNow();
                assertTrue(clearers.awaitTermination(1, TimeUnit.MINUTES), "the clears stopped");
            }
        }
    }

    private static Void clear(TestDatabase db, CyclicBarrier together) throws Exception {
        EntityManager em = db.entityManagerFactory().createEntityManager();
        try {
            EventLogService log = EventsFixture.eventLog(em, Clock.systemUTC());
            together.await(10, TimeUnit.SECONDS);
            TestDatabase.inTransaction(em, () -> {
                log.clear(null);
                return null;
            });
            return null;
        } finally {
            em.close();
        }
    }

    /** Four writers inserting, deleting and rolling back while the folding runs round after round. */
    private static void raceTheFolding(TestDatabase db, EntityManager em, RowTallies tallies, ExecutorService writers)
            throws Exception {
        List<Future<Integer>> done = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            String event = "tally_writer_" + w;
            done.add(writers.submit(() -> {
                int retried = 0;
                try (Connection c = db.connection()) {
                    c.setAutoCommit(false);
                    for (int i = 0; i < 100; i++) {
                        ThreadLocalRandom random = ThreadLocalRandom.current();
                        try {
                            insertEvents(c, event, 1 + random.nextInt(20));
                            if (random.nextInt(4) == 0) {
                                execute(c, "DELETE FROM event_logs WHERE id = (SELECT MIN(id) FROM event_logs WHERE event = '" + event + "')");
                            }
                            if (random.nextInt(5) == 0) {
                                c.rollback();
                            } else {
                                c.commit();
                            }
                        } catch (SQLException e) {
                            // Derby refilling an identity's preallocated range under contention (40XL1):
                            // rolled back, and tried again, as the server's ContentionRetry does.
                            if (!isContention(e)) {
                                throw e;
                            }
                            c.rollback();
                            retried++;
                            i--;
                        }
                    }
                }
                return retried;
            }));
        }
        int runs = 0;
        while (done.stream().anyMatch(f -> !f.isDone())) {
            compact(em, tallies);
            runs++;
        }
        for (Future<Integer> writer : done) {
            writer.get();
        }
        assertTrue(runs > 0, "the folding ran among the writers");
    }

    /**
     * Pages as the tallies place them and as ORDER BY ... OFFSET reads them: every page of 100, every 13th of 10
     * and of 7 (so pages straddle buckets at many offsets), and the pages past the end.
     */
    private static void assertPagesMatchOffsets(EntityManager em, RowTallies tallies, Connection c) throws SQLException {
        long total = count(c, "SELECT COUNT(*) FROM event_logs");
        assertEquals(total, tallies.of(RowTallies.Subject.EVENT_LOGS).total());
        List<Integer> all = new ArrayList<>();
        try (Statement statement = c.createStatement(); ResultSet rows = statement.executeQuery("SELECT id FROM event_logs ORDER BY id DESC")) {
            while (rows.next()) {
                all.add(rows.getInt(1));
            }
        }
        for (int size : new int[] {10, 7, 100}) {
            for (int index = 0; (long) index * size <= total + size; index += size == 100 ? 1 : 13) {
                List<Integer> expected = all.subList((int) Math.min(all.size(), (long) index * size),
                        (int) Math.min(all.size(), (long) (index + 1) * size));
                RowTallies.IdPage page = tallies.page(RowTallies.Subject.EVENT_LOGS, new PageRequest(index, size));
                assertEquals(expected, page.ids(), "page " + index + " of " + size);
                assertEquals(total, page.total());
            }
        }
        assertEquals(List.of(), tallies.page(RowTallies.Subject.EVENT_LOGS, new PageRequest(0, 0)).ids());
        em.clear();
    }

    private static void insertEvents(Connection c, int n) throws SQLException {
        insertEvents(c, "tally_test", n);
    }

    private static void insertEvents(Connection c, String event, int n) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO event_logs (event, metadata, occurredAt) VALUES (?, '{}', CURRENT_TIMESTAMP)")) {
            insert.setString(1, event);
            for (int i = 0; i < n; i++) {
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Chats of two users in one workspace; deleting one user takes that user's chats with it (cascade). */
    private static void insertChats(Connection c) throws SQLException {
        String hash = "'$2b$10$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW'";
        execute(c, "INSERT INTO users (username, password, role) VALUES ('tally-a', " + hash + ", 'default'), ('tally-b', " + hash + ", 'default')");
        execute(c, "INSERT INTO workspaces (name, slug) VALUES ('Tally', 'tally')");
        long workspace = count(c, "SELECT id FROM workspaces WHERE slug = 'tally'");
        for (String user : List.of("tally-a", "tally-b")) {
            long id = count(c, "SELECT id FROM users WHERE username = '" + user + "'");
            for (int i = 0; i < 30; i++) {
                execute(c, "INSERT INTO workspace_chats (workspaceId, prompt, response, user_id) VALUES ("
                        + workspace + ", 'p', 'r', " + id + ")");
            }
        }
        execute(c, "DELETE FROM users WHERE username = 'tally-a'");
        assertEquals(30, count(c, "SELECT COUNT(*) FROM workspace_chats"));
    }

    /**
     * What RowTallyFolding does each second: every crowded bucket folded, each in its own transaction; a fold the
     * database refused for contention is left for the next round, as there.
     */
    private static int compact(EntityManager em, RowTallies tallies) {
        int folded = 0;
        for (RowTallies.Bucket bucket : tallies.crowded()) {
            try {
                folded += TestDatabase.inTransaction(em, () -> tallies.fold(bucket));
            } catch (RuntimeException e) {
                if (!ContentionRetry.isContention(e)) {
                    throw e;
                }
                em.clear();
            }
        }
        return folded;
    }

    private static boolean isContention(SQLException e) {
        for (SQLException next = e; next != null; next = next.getCause() instanceof SQLException cause ? cause : null) {
            if (next.getSQLState() != null && next.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement statement = c.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement statement = c.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
