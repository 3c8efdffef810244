package org.gatehouse.events.control;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import org.gatehouse.events.entity.EventLog;
import org.gatehouse.platform.db.NamedLocksFixture;

/** The real event log for plain JUnit tests on a test database, and what it recorded. */
public final class EventsFixture {

    private EventsFixture() {
    }

    /** An {@link EventLogService} writing to this entity manager's database. */
    public static EventLogService eventLog(EntityManager em, Clock clock) {
        EventLogService log = new EventLogService();
        log.em = em;
        log.clock = clock;
        log.tallies = NamedLocksFixture.rowTallies(em);
        return log;
    }

    /** Every event recorded so far, oldest first, each written as {@code line} says. */
    public static List<String> recorded(EntityManager em, Function<EventLog, String> line) {
        return em.createQuery("SELECT e FROM EventLog e ORDER BY e.id", EventLog.class).getResultList().stream()
                .map(line).toList();
    }
}
