package org.gatehouse.events.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.gatehouse.events.entity.EventLog;

/**
 * The console's reading of the audit log: newest first, a slice at a time from a cursor (keyset on
 * occurredAt then id), never an OFFSET and never a count, so any slice under any filter is one short range
 * of one index of V10 at a million rows as at ten. Several types are read one type at a time (an equality
 * on the type index each) and merged, as an IN list would make either database read every matching row and
 * sort them.
 */
@ApplicationScoped
public class EventLogSearch {

    /** Newest first: the order of every slice. */
    static final Comparator<EventLog> NEWEST_FIRST = Comparator.comparing(EventLog::getOccurredAt)
            .thenComparing(EventLog::getId).reversed();

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    /** A position in the log: an event's time and id. Its text form travels in the console's address. */
    public record Cursor(Instant occurredAt, int id) {

        public static Cursor of(EventLog event) {
            return new Cursor(event.getOccurredAt(), event.getId());
        }

        /** {@code seconds.nanoseconds.id}: exact (a timestamp's fraction kept), and plain in an address. */
        public String token() {
            return occurredAt.getEpochSecond() + "." + occurredAt.getNano() + "." + id;
        }

        /** The cursor of a {@link #token()}; empty for anything else. */
        public static Optional<Cursor> parse(String token) {
            if (token == null) {
                return Optional.empty();
            }
            String[] parts = token.strip().split("\\.");
            if (parts.length != 3) {
                return Optional.empty();
            }
            try {
                long seconds = Long.parseLong(parts[0]);
                long nanos = Long.parseLong(parts[1]);
                int id = Integer.parseInt(parts[2]);
                if (nanos < 0 || nanos > 999_999_999 || id < 0) {
                    return Optional.empty();
                }
                return Optional.of(new Cursor(Instant.ofEpochSecond(seconds, nanos), id));
            } catch (NumberFormatException | java.time.DateTimeException notACursor) {
                return Optional.empty();
            }
        }
    }

    /** Where a slice starts: the newest events, those just older than a cursor, or those just newer. */
    public sealed interface From {
        record Newest() implements From {
        }

        record OlderThan(Cursor cursor) implements From {
        }

        record NewerThan(Cursor cursor) implements From {
        }
    }

    /**
     * One slice, newest first, with the cursors that continue it: {@code older} when older events match,
     * {@code newer} when the slice is not the newest one.
     */
    public record Slice(List<EventLog> events, Optional<Cursor> older, Optional<Cursor> newer) {
    }

    /** Up to {@code size} events the filter selects, from {@code from}, newest first. */
    public Slice slice(EventLogService.Filter filter, From from, int size) {
        if (size <= 0) {
            throw new IllegalArgumentException("a slice holds at least one event");
        }
        if (from instanceof From.NewerThan newer) {
            List<EventLog> read = read(filter, newer.cursor(), true, size + 1);
            if (read.size() <= size) {
                // Fewer than a slice is newer: the newest slice itself, full.
                return slice(filter, new From.Newest(), size);
            }
            List<EventLog> events = new ArrayList<>(read.subList(0, size));
            Collections.reverse(events);
            return new Slice(events, Optional.of(Cursor.of(events.get(events.size() - 1))),
                    Optional.of(Cursor.of(events.get(0))));
        }
        Cursor before = from instanceof From.OlderThan older ? older.cursor() : null;
        List<EventLog> read = read(filter, before, false, size + 1);
        List<EventLog> events = read.size() > size ? read.subList(0, size) : read;
        Optional<Cursor> older = read.size() > size ? Optional.of(Cursor.of(events.get(size - 1))) : Optional.empty();
        Optional<Cursor> newer = before == null || events.isEmpty() ? Optional.empty() : Optional.of(Cursor.of(events.get(0)));
        return new Slice(List.copyOf(events), older, newer);
    }

    /**
     * At most {@code limit} events past the cursor (all when null): newest first, or oldest first when
     * {@code ascending}.
     */
    private List<EventLog> read(EventLogService.Filter filter, Cursor cursor, boolean ascending, int limit) {
        if (filter.events().size() > 1) {
            List<EventLog> merged = new ArrayList<>();
            for (String event : filter.events()) {
                merged.addAll(read(filter.ofType(event), cursor, ascending, limit));
            }
            merged.sort(ascending ? NEWEST_FIRST.reversed() : NEWEST_FIRST);
            return merged.size() > limit ? merged.subList(0, limit) : merged;
        }
        String direction = ascending ? "ASC" : "DESC";
        String past = "";
        if (cursor != null) {
            // The first comparison bounds the index range; the second skips the cursor's own time's earlier ids.
            past = ascending ? " AND e.occurredAt >= :at AND (e.occurredAt > :at OR e.id > :id)"
                    : " AND e.occurredAt <= :at AND (e.occurredAt < :at OR e.id < :id)";
        }
        String conditions = filter.conditions() + past;
        String where = conditions.isEmpty() ? "" : " WHERE" + conditions.substring(" AND".length());
        var query = filter.bind(em.createQuery("SELECT e FROM EventLog e" + where
                + " ORDER BY e.occurredAt " + direction + ", e.id " + direction, EventLog.class));
        if (cursor != null) {
            query.setParameter("at", cursor.occurredAt()).setParameter("id", cursor.id());
        }
        return query.setMaxResults(limit).getResultList();
    }
}
