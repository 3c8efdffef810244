package org.gatehouse.events.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gatehouse.events.entity.EventLog;
import org.gatehouse.testing.TestDatabase;
import org.gatehouse.testsupport.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sign-ins and failures per day, from the event log. */
class SignInActivityTest {

    private final MutableClock clock = MutableClock.at(Instant.parse("2026-03-14T15:00:00Z"));
    private TestDatabase db;
    private EntityManager em;
    private SignInActivity activity;

    @BeforeEach
    void wire() {
        db = TestDatabase.migrated(TestDatabase.Kind.DERBY);
        em = db.entityManagerFactory().createEntityManager();
        activity = new SignInActivity();
        activity.em = em;
        activity.clock = clock;
    }

    @AfterEach
    void close() {
        em.close();
        db.close();
    }

    @Test
    void eachDayCountsItsSignInsAndEveryKindOfRefusal() {
        record("2026-03-14T09:00:00Z", AuditEvent.LOGIN);
        record("2026-03-14T23:59:59Z", AuditEvent.LOGIN);
        record("2026-03-14T10:00:00Z", AuditEvent.FAILED_LOGIN_INVALID_PASSWORD);
        record("2026-03-14T10:01:00Z", AuditEvent.FAILED_LOGIN_INVALID_USERNAME);
        record("2026-03-14T10:02:00Z", AuditEvent.FAILED_LOGIN_LOCKED_OUT);
        record("2026-03-13T00:00:00Z", AuditEvent.FAILED_LOGIN_ACCOUNT_SUSPENDED);
        record("2026-03-01T12:00:00Z", AuditEvent.LOGIN);
        record("2026-03-14T11:00:00Z", AuditEvent.USER_UPDATED);
        record("2026-02-28T23:59:59Z", AuditEvent.LOGIN);

        List<SignInActivity.Day> days = activity.lastDays(14);

        assertEquals(14, days.size());
        assertEquals(LocalDate.parse("2026-03-01"), days.get(0).date(), "oldest first, today the last");
        assertEquals(LocalDate.parse("2026-03-14"), days.get(13).date());
        assertEquals(new SignInActivity.Day(LocalDate.parse("2026-03-14"), 2, 3), days.get(13));
        assertEquals(new SignInActivity.Day(LocalDate.parse("2026-03-13"), 0, 1), days.get(12));
        assertEquals(new SignInActivity.Day(LocalDate.parse("2026-03-01"), 1, 0), days.get(0),
                "the day before the window is not counted");
        assertEquals(3, days.stream().mapToLong(SignInActivity.Day::signIns).sum());
    }

    @Test
    void anEmptyLogGivesEveryDayWithZeros() {
        clock.advance(Duration.ofDays(1));
        List<SignInActivity.Day> days = activity.lastDays(14);
        assertEquals(14, days.size());
        assertEquals(0, days.stream().mapToLong(day -> day.signIns() + day.failures()).sum());
    }

    private void record(String at, String event) {
        TestDatabase.inTransaction(em, () -> {
            em.persist(new EventLog(event, "{}", null, Instant.parse(at)));
            return null;
        });
    }
}
