package org.gatehouse.events.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gatehouse.events.control.EventLogSearch.Cursor;
import org.gatehouse.events.control.EventLogSearch.From;
import org.gatehouse.events.control.EventLogSearch.Slice;
import org.gatehouse.events.entity.EventLog;
import org.gatehouse.testing.TestDatabase;
import org.gatehouse.testsupport.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The console's reading of the log: slices newest first from a cursor, under every filter, never a count. */
class EventLogSearchTest {

    private static final Instant START = Instant.parse("2026-03-14T00:00:00Z");
    private final MutableClock clock = MutableClock.at(START);
    private TestDatabase db;
    private EntityManager em;
    private EventLogService log;
    private EventLogSearch search;

    static List<TestDatabase.Kind> databases() {
        return TestDatabase.kinds();
    }

    void wire(TestDatabase.Kind kind) {
        db = TestDatabase.migrated(kind);
        em = db.entityManagerFactory().createEntityManager();
        log = EventsFixture.eventLog(em, clock);
        search = new EventLogSearch();
        search.em = em;
    }

    @AfterEach
    void close() {
        if (db != null) {
            em.close();
            db.close();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void slicesWalkTheWholeLogNewestFirstAndBackAgain(TestDatabase.Kind kind) {
        wire(kind);
        for (int i = 0; i < 12; i++) {
            record(AuditEvent.LOGIN, i % 3, "10.0.0." + i);
        }
        Slice first = search.slice(EventLogService.Filter.NONE, new From.Newest(), 5);
        assertEquals(List.of(11, 10, 9, 8, 7), minutes(first), "newest first");
        assertTrue(first.newer().isEmpty(), "nothing is newer than the newest slice");
        Slice second = search.slice(EventLogService.Filter.NONE, new From.OlderThan(first.older().orElseThrow()), 5);
        assertEquals(List.of(6, 5, 4, 3, 2), minutes(second));
        Slice last = search.slice(EventLogService.Filter.NONE, new From.OlderThan(second.older().orElseThrow()), 5);
        assertEquals(List.of(1, 0), minutes(last));
        assertTrue(last.older().isEmpty(), "nothing older than the oldest");

        Slice back = search.slice(EventLogService.Filter.NONE, new From.NewerThan(last.newer().orElseThrow()), 5);
        assertEquals(List.of(6, 5, 4, 3, 2), minutes(back), "newer goes back to the slice before");
        Slice top = search.slice(EventLogService.Filter.NONE, new From.NewerThan(back.newer().orElseThrow()), 5);
        assertEquals(List.of(11, 10, 9, 8, 7), minutes(top), "a short newer slice is the newest slice, full");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void eventsOfTheSameInstantAreOrderedByIdAndNoneIsSkippedAtASliceBoundary(TestDatabase.Kind kind) {
        wire(kind);
        for (int i = 0; i < 7; i++) {
            recordNow(AuditEvent.USER_UPDATED, Json.createObjectBuilder().add("n", i).build());
        }
        List<Integer> seen = new ArrayList<>();
        From from = new From.Newest();
        while (true) {
            Slice slice = search.slice(EventLogService.Filter.NONE, from, 3);
            slice.events().forEach(event -> seen.add(event.getId()));
            if (slice.older().isEmpty()) {
                break;
            }
            from = new From.OlderThan(slice.older().get());
        }
        List<Integer> expected = new ArrayList<>(seen);
        expected.sort((a, b) -> b - a);
        assertEquals(7, seen.size(), "every event once");
        assertEquals(expected, seen, "ids descending within one instant");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void severalTypesAreMergedNewestFirst(TestDatabase.Kind kind) {
        wire(kind);
        record(AuditEvent.LOGIN, 1, "10.0.0.1");
        record(AuditEvent.FAILED_LOGIN_INVALID_PASSWORD, 1, "10.0.0.1");
        record(AuditEvent.USER_UPDATED, 1, null);
        record(AuditEvent.LOGIN, 2, "10.0.0.2");
        record(AuditEvent.FAILED_LOGIN_INVALID_PASSWORD, 2, "10.0.0.2");
        EventLogService.Filter failuresAndLogins = new EventLogService.Filter(
                List.of(AuditEvent.LOGIN, AuditEvent.FAILED_LOGIN_INVALID_PASSWORD), null, null, null, null);
        Slice first = search.slice(failuresAndLogins, new From.Newest(), 3);
        assertEquals(List.of(4, 3, 1), minutes(first));
        assertEquals(List.of(0), minutes(search.slice(failuresAndLogins, new From.OlderThan(first.older().orElseThrow()), 3)));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void userAddressAndTimeFiltersCombine(TestDatabase.Kind kind) {
        wire(kind);
        for (int i = 0; i < 10; i++) {
            record(i % 2 == 0 ? AuditEvent.FAILED_LOGIN_INVALID_PASSWORD : AuditEvent.LOGIN, i % 2 == 0 ? 7 : 8,
                    i < 5 ? "192.0.2.1" : "192.0.2.2");
        }
        assertEquals(List.of(8, 6, 4, 2, 0), minutes(slice(new EventLogService.Filter(List.of(), 7, null, null, null))));
        assertEquals(List.of(9, 8, 7, 6, 5), minutes(slice(new EventLogService.Filter(List.of(), null, "192.0.2.2", null, null))));
        assertEquals(List.of(4, 3), minutes(slice(new EventLogService.Filter(List.of(), null, null,
                START.plus(Duration.ofMinutes(3)), START.plus(Duration.ofMinutes(5))))), "from inclusive, to exclusive");
        assertEquals(List.of(4, 2), minutes(slice(new EventLogService.Filter(List.of(AuditEvent.FAILED_LOGIN_INVALID_PASSWORD),
                7, "192.0.2.1", START.plus(Duration.ofMinutes(1)), null))));
        assertEquals(List.of(), minutes(slice(new EventLogService.Filter(List.of(AuditEvent.LOGIN), 7, null, null, null))));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theExportSelectsWhatTheSliceSelectsOldestFirst(TestDatabase.Kind kind) {
        wire(kind);
        for (int i = 0; i < 10; i++) {
            record(i % 2 == 0 ? AuditEvent.FAILED_LOGIN_INVALID_PASSWORD : AuditEvent.LOGIN, i % 3, "192.0.2." + (i % 2));
        }
        EventLogService.Filter filter = new EventLogService.Filter(List.of(AuditEvent.FAILED_LOGIN_INVALID_PASSWORD,
                AuditEvent.LOGIN), 0, "192.0.2.0", null, null);
        List<Integer> exported = new ArrayList<>();
        log.forEach(filter, 2, event -> exported.add(minute(event)));
        List<Integer> shown = new ArrayList<>(minutes(slice(filter)));
        java.util.Collections.reverse(shown);
        assertEquals(List.of(0, 6), exported);
        assertEquals(exported, shown);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theAddressIsCopiedOutOfTheMetadataAtRecordTime(TestDatabase.Kind kind) {
        wire(kind);
        recordNow(AuditEvent.LOGIN, Json.createObjectBuilder().add("ip", "2001:db8::1").build());
        recordNow(AuditEvent.LOGIN, Json.createObjectBuilder().add("ip", 42).build());
        recordNow(AuditEvent.LOGIN, Json.createObjectBuilder().add("ip", "x".repeat(300)).build());
        List<String> ips = em.createQuery("SELECT e.ip FROM EventLog e ORDER BY e.id", String.class).getResultList();
        assertEquals("2001:db8::1", ips.get(0));
        assertEquals(null, ips.get(1), "only a text address");
        assertEquals(EventLog.IP_LENGTH, ips.get(2).length(), "clipped to the column");
    }

    @Test
    void cursorsReadBackExactlyAndNothingElseIsACursor() {
        Cursor cursor = new Cursor(Instant.parse("2026-03-14T09:30:00.123456789Z"), 42);
        assertEquals(Optional.of(cursor), Cursor.parse(cursor.token()));
        for (String junk : List.of("", "1.2", "a.b.c", "1.-1.3", "1.1000000000.3", "1.2.3.4", "1.2.-3")) {
            assertEquals(Optional.empty(), Cursor.parse(junk), junk);
        }
        assertEquals(Optional.empty(), Cursor.parse(null));
    }

    private Slice slice(EventLogService.Filter filter) {
        return search.slice(filter, new From.Newest(), 25);
    }

    /** Records an event at START plus as many minutes as events so far. */
    private void record(String event, Integer userId, String ip) {
        long recorded = em.createQuery("SELECT COUNT(e) FROM EventLog e", Long.class).getSingleResult();
        clock.set(START.plus(Duration.ofMinutes(recorded)));
        TestDatabase.inTransaction(em, () -> {
            log.record(event, ip == null ? Json.createObjectBuilder().build() : Json.createObjectBuilder().add("ip", ip).build(), userId);
            return null;
        });
    }

    private void recordNow(String event, jakarta.json.JsonObject metadata) {
        TestDatabase.inTransaction(em, () -> {
            log.record(event, metadata, null);
            return null;
        });
    }

    private static List<Integer> minutes(Slice slice) {
        return slice.events().stream().map(EventLogSearchTest::minute).toList();
    }

    private static int minute(EventLog event) {
        return (int) Duration.between(START, event.getOccurredAt()).toMinutes();
    }
}
