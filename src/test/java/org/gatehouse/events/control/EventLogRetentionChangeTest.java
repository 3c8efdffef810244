package org.gatehouse.events.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gatehouse.platform.control.Outcome;
import org.gatehouse.settings.control.EnvironmentOverlay;
import org.gatehouse.settings.control.SettingsFixture;
import org.gatehouse.testing.TestDatabase;
import org.gatehouse.testsupport.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The retention changed through update-env's key: checked, in force at once over the environment, logged with its value. */
class EventLogRetentionChangeTest {

    private final MutableClock clock = MutableClock.at(Instant.parse("2026-03-14T12:00:00Z"));
    private TestDatabase db;
    private EntityManager em;
    private EventLogRetention retention;

    @BeforeEach
    void wire() {
        db = TestDatabase.migrated(TestDatabase.Kind.DERBY);
        em = db.entityManagerFactory().createEntityManager();
        EventLogService log = EventsFixture.eventLog(em, clock);
        EnvironmentOverlay overlay = SettingsFixture.overlay(em, clock);
        retention = new EventLogRetention();
        retention.log = log;
        retention.clock = clock;
        retention.configuration = SettingsFixture.configuration(Map.of("EVENT_LOG_RETENTION_DAYS", "365"), overlay);
        retention.settings = SettingsFixture.environmentSettings(overlay, log);
    }

    @AfterEach
    void close() {
        em.close();
        db.close();
    }

    @Test
    void aChangeOverridesTheEnvironmentAndIsLoggedWithItsValue() {
        assertEquals(Optional.of(Duration.ofDays(365)), retention.retention(), "from the environment");
        assertEquals(Outcome.done(Optional.of(Duration.ofDays(30))), change(" 30 "));
        assertEquals(Optional.of(Duration.ofDays(30)), retention.retention());
        assertEquals(Outcome.done(Optional.empty()), change(""), "empty keeps every event");
        assertEquals(Optional.empty(), retention.retention());
        assertEquals(List.of("event_log_retention_updated {\"EventLogRetentionDays\":\"30\"} 7",
                "event_log_retention_updated {\"EventLogRetentionDays\":\"\"} 7"),
                EventsFixture.recorded(em, e -> e.getEvent() + " " + e.getMetadata() + " " + e.getUserId()));
    }

    @Test
    void aRefusedValueChangesNothingAndLogsNothing() {
        Outcome<Optional<Duration>> refused = change("0");
        assertEquals("Event log retention must be empty (keep every event) or a whole number of days from 1 to 36500.",
                refused.error());
        assertEquals(Optional.of(Duration.ofDays(365)), retention.retention());
        assertEquals(List.of(), EventsFixture.recorded(em, e -> e.getEvent()));
    }

    private Outcome<Optional<Duration>> change(String days) {
        return TestDatabase.inTransaction(em, () -> retention.change(days, 7));
    }
}
