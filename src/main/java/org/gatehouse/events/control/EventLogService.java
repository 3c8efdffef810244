package org.gatehouse.events.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.LinkedHashSet;
import java.util.List;
import org.gatehouse.events.entity.EventLog;
import org.gatehouse.platform.control.PageRequest;
import org.gatehouse.platform.db.RowTallies;

/**
 * Writes the audit log (contract 6.4, appendix A). It joins the caller's transaction, so an event is
 * recorded exactly when the state change it describes commits. Metadata never holds a secret.
 */
@ApplicationScoped
public class EventLogService {

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RowTallies tallies;

    /** One page of the log, newest first, and the total (contract E55: {@code offset} is a page index). */
    public record Page(List<EventLog> logs, long total) {
    }

    /**
     * Reads one page by id, newest first, and the total, from the tallies of V13: any page of a million
     * events costs what the first does, a walk of at most one bucket of the id index and a read of ten rows.
     */
    public Page page(PageRequest request) {
        RowTallies.IdPage page = tallies.page(RowTallies.Subject.EVENT_LOGS, request);
        List<EventLog> logs = page.ids().isEmpty() ? List.of() : em.createQuery(
                        "SELECT e FROM EventLog e WHERE e.id IN :ids ORDER BY e.id DESC", EventLog.class)
                .setParameter("ids", page.ids()).getResultList();
        return new Page(logs, page.total());
    }

    /** The latest {@code limit} events attributed to this user, newest first (index of migration V9). */
    public List<EventLog> recentFor(int userId, int limit) {
        return em.createQuery("SELECT e FROM EventLog e WHERE e.userId = :user ORDER BY e.id DESC", EventLog.class)
                .setParameter("user", userId).setMaxResults(limit).getResultList();
    }

    /** Empties the log, then records who did it (contract E56: one row remains). */
    @Transactional
    public void clear(Integer actorId) {
        tallies.beforeDeleting(RowTallies.Subject.EVENT_LOGS);
        em.createQuery("DELETE FROM EventLog e").executeUpdate();
        record(AuditEvent.EVENT_LOGS_CLEARED, JsonObject.EMPTY_JSON_OBJECT, actorId);
    }

    /**
     * What an export or a console page selects: any of {@code events} (empty: any type), each other
     * criterion null for "any"; {@code from} inclusive, {@code to} exclusive.
     */
    public record Filter(List<String> events, Integer userId, String ip, Instant from, Instant to) {

        /** Everything. */
        public static final Filter NONE = new Filter(List.of(), null, null, null, null);

        public Filter {
            events = events == null ? List.of() : List.copyOf(new LinkedHashSet<>(events));
            ip = ip == null || ip.isBlank() ? null : ip;
        }

        /** The REST export's filter: one type at most, no address. */
        public Filter(String event, Integer userId, Instant from, Instant to) {
            this(event == null ? List.of() : List.of(event), userId, null, from, to);
        }

        /** This filter for one type only, the others unchanged. */
        Filter ofType(String event) {
            return new Filter(List.of(event), userId, ip, from, to);
        }

        /** The conditions in JPQL over {@code e}, each starting with {@code AND}. */
        String conditions() {
            StringBuilder where = new StringBuilder();
            if (events.size() == 1) {
                where.append(" AND e.event = :event");
            } else if (events.size() > 1) {
                where.append(" AND e.event IN :events");
            }
            where.append(userId == null ? "" : " AND e.userId = :user");
            where.append(ip == null ? "" : " AND e.ip = :ip");
            where.append(from == null ? "" : " AND e.occurredAt >= :from");
            where.append(to == null ? "" : " AND e.occurredAt < :to");
            return where.toString();
        }

        /** Binds what {@link #conditions()} names. */
        <Q extends Query> Q bind(Q query) {
            if (events.size() == 1) {
                query.setParameter("event", events.get(0));
            } else if (events.size() > 1) {
                query.setParameter("events", events);
            }
            if (userId != null) {
                query.setParameter("user", userId);
            }
            if (ip != null) {
                query.setParameter("ip", ip);
            }
            if (from != null) {
                query.setParameter("from", from);
            }
            if (to != null) {
                query.setParameter("to", to);
            }
            return query;
        }
    }

    /**
     * Hands every matching event, oldest first, to {@code sink}, reading {@code batchSize} rows at a time by
     * id (keyset, no OFFSET), so an export of millions of rows needs constant memory.
     */
    public void forEach(Filter filter, int batchSize, Consumer<EventLog> sink) {
        int last = 0;
        while (true) {
            TypedQuery<EventLog> query = filter.bind(em.createQuery("SELECT e FROM EventLog e WHERE e.id > :last"
                    + filter.conditions() + " ORDER BY e.id", EventLog.class)).setParameter("last", last)
                    .setMaxResults(batchSize);
            List<EventLog> batch = query.getResultList();
            if (batch.isEmpty()) {
                return;
            }
            batch.forEach(sink);
            last = batch.get(batch.size() - 1).getId();
            em.clear();
        }
    }

    /** Deletes the events that occurred before {@code cutoff}; answers how many. */
    @Transactional
    public int purgeBefore(Instant cutoff) {
        tallies.beforeDeleting(RowTallies.Subject.EVENT_LOGS);
        return em.createQuery("DELETE FROM EventLog e WHERE e.occurredAt < :cutoff").setParameter("cutoff", cutoff)
                .executeUpdate();
    }

    @Transactional
    public void record(String event, JsonObject metadata, Integer userId) {
        em.persist(new EventLog(event, metadata.toString(), userId, clock.instant(), ipOf(metadata)));
    }

    /** The metadata's text {@code ip}, kept in its own indexed column (V10); none when absent or blank. */
    static String ipOf(JsonObject metadata) {
        if (!(metadata.get("ip") instanceof JsonString text) || text.getString().isBlank()) {
            return null;
        }
        String ip = text.getString();
        return ip.length() <= EventLog.IP_LENGTH ? ip : ip.substring(0, EventLog.IP_LENGTH);
    }
}
