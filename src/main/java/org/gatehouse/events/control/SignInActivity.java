package org.gatehouse.events.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Sign-ins and failed sign-ins per day, read from the event log: one grouped count per day over the
 * {@code occurredAt} index, never the rows themselves. Days are those of the server clock's zone.
 */
@ApplicationScoped
public class SignInActivity {

    /** Every event that records a refused sign-in, whatever the reason. */
    static final List<String> FAILURES = List.of(AuditEvent.FAILED_LOGIN_INVALID_USERNAME,
            AuditEvent.FAILED_LOGIN_INVALID_PASSWORD, AuditEvent.FAILED_LOGIN_ACCOUNT_SUSPENDED,
            AuditEvent.FAILED_LOGIN_INVALID_TEMPORARY_AUTH_TOKEN, AuditEvent.FAILED_LOGIN_LOCKED_OUT);

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    Clock clock;

    /** One day's counts. */
    public record Day(LocalDate date, long signIns, long failures) {
    }

    /** The last {@code days} days, today included, oldest first. */
    public List<Day> lastDays(int days) {
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        List<String> counted = new ArrayList<>(FAILURES);
        counted.add(AuditEvent.LOGIN);
        List<Day> result = new ArrayList<>(days);
        for (LocalDate date = today.minusDays(days - 1L); !date.isAfter(today); date = date.plusDays(1)) {
            Instant from = date.atStartOfDay(zone).toInstant();
            Instant to = date.plusDays(1).atStartOfDay(zone).toInstant();
            long signIns = 0;
            long failures = 0;
            for (Object[] row : em.createQuery("SELECT e.event, COUNT(e) FROM EventLog e WHERE e.occurredAt >= :from "
                            + "AND e.occurredAt < :to AND e.event IN :events GROUP BY e.event", Object[].class)
                    .setParameter("from", from).setParameter("to", to).setParameter("events", counted).getResultList()) {
                if (AuditEvent.LOGIN.equals(row[0])) {
                    signIns += (Long) row[1];
                } else {
                    failures += (Long) row[1];
                }
            }
            result.add(new Day(date, signIns, failures));
        }
        return result;
    }
}
