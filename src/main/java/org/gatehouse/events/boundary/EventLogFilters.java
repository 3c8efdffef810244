package org.gatehouse.events.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.gatehouse.console.boundary.FacesTexts;
import org.gatehouse.events.control.EventLogService;

/**
 * The event log page's filters as its address carries them: types, a username, an address, and a time
 * range in UTC (the console's zone: what the table shows is what the filter means). A value that cannot be
 * read is reported next to its field and selects nothing, so neither the list nor the export ever
 * silently widens what was asked for.
 */
public final class EventLogFilters {

    private final List<String> events;
    private final String user;
    private final String ip;
    private final String fromText;
    private final String toText;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private Integer userId;
    private Instant from;
    private Instant to;

    private EventLogFilters(List<String> events, String user, String ip, String fromText, String toText) {
        this.events = events;
        this.user = user;
        this.ip = ip;
        this.fromText = fromText;
        this.toText = toText;
    }

    /** The filters of an address ({@code parameters} answers a name's values), {@code userIds} finding a username's id. */
    static EventLogFilters read(Function<String, String[]> parameters, Function<String, Optional<Integer>> userIds) {
        EventLogFilters filters = new EventLogFilters(EventLogPage.values(parameters.apply("type")).stream().distinct().toList(),
                first(parameters.apply("user")), first(parameters.apply("ip")), first(parameters.apply("from")),
                first(parameters.apply("to")));
        if (!filters.user.isEmpty()) {
            filters.userId = userIds.apply(filters.user).orElse(null);
            if (filters.userId == null) {
                filters.errors.put("user", FacesTexts.text("eventLog.error.noSuchUser", filters.user));
            }
        }
        filters.from = filters.instant("from", filters.fromText, false);
        filters.to = filters.instant("to", filters.toText, true);
        if (filters.from != null && filters.to != null && !filters.from.isBefore(filters.to)) {
            filters.errors.put("to", FacesTexts.text("eventLog.error.toBeforeFrom"));
        }
        return filters;
    }

    private static String first(String[] values) {
        List<String> all = EventLogPage.values(values);
        return all.isEmpty() ? "" : all.get(0);
    }

    /**
     * {@code 2026-03-14T09:30} (what a datetime-local field sends), {@code 2026-03-14} or an ISO instant; a day
     * alone as {@code to} means up to the end of that day.
     */
    private Instant instant(String name, String text, boolean endOfDay) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            if (text.endsWith("Z")) {
                return Instant.parse(text);
            }
            if (text.length() == "2026-03-14".length()) {
                LocalDate day = LocalDate.parse(text);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException unreadable) {
            errors.put(name, FacesTexts.text("eventLog.error.time"));
            return null;
        }
    }

    /** Whether every filter could be read. */
    public boolean valid() {
        return errors.isEmpty();
    }

    /** Control's filter; only when {@link #valid()}. */
    EventLogService.Filter filter() {
        return new EventLogService.Filter(events, userId, ip.isEmpty() ? null : ip, from, to);
    }

    public boolean any() {
        return !events.isEmpty() || !user.isEmpty() || !ip.isEmpty() || !fromText.isEmpty() || !toText.isEmpty();
    }

    /** The message of a filter that could not be read, or null. */
    public String error(String name) {
        return errors.get(name);
    }

    public List<String> events() {
        return events;
    }

    public String user() {
        return user;
    }

    public String ip() {
        return ip;
    }

    public String fromText() {
        return fromText;
    }

    public String toText() {
        return toText;
    }

    /** The time range's start as read, or null. */
    public Instant from() {
        return from;
    }

    /** The time range's end as read, or null. */
    public Instant to() {
        return to;
    }

    /** What a datetime-local field shows for a value (the minutes of an instant, a day's midnight). */
    public String fieldValue(String text) {
        if (text.length() == "2026-03-14".length()) {
            return text + "T00:00";
        }
        return text.endsWith("Z") && text.length() >= 16 ? text.substring(0, 16) : text;
    }
}
