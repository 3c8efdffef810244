package org.gatehouse.events.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gatehouse.auth.control.Authorization;
import org.gatehouse.console.boundary.FacesTexts;
import org.gatehouse.events.control.AuditEvent;
import org.gatehouse.events.control.EventLogExport;
import org.gatehouse.events.control.EventLogRetention;
import org.gatehouse.events.control.EventLogSearch;
import org.gatehouse.events.control.EventLogService;
import org.gatehouse.events.entity.EventLog;
import org.gatehouse.platform.control.Outcome;
import org.gatehouse.users.control.UserDirectory;
import org.gatehouse.users.entity.User;

/**
 * The event log ({@code /admin/event-log}): a slice of {@link EventLogSearch} newest first, its filters
 * and cursor in the address ({@code ?type=&type=&user=&ip=&from=&to=&before=|after=}), the export of
 * exactly what the filters select ({@code &export=csv|json}, streamed by {@link EventLogExport} into this
 * GET's answer and logged as the API's export is), clear after a confirmation step, and the retention.
 * The forms' buttons are plain {@code name="op"} submits read by {@link #act()}: in a stateless view the
 * confirmation's button does not exist when its post is decoded.
 */
@Named
@RequestScoped
public class EventLogPage {

    static final int PAGE_SIZE = 25;
    static final String ADDRESS = "/admin/event-log";
    /** The filter parameters, in the order their chips are shown. */
    static final List<String> FILTERS = List.of("type", "user", "ip", "from", "to");

    @Inject
    EventLogSearch search;

    @Inject
    EventLogService log;

    @Inject
    EventLogExport export;

    @Inject
    EventLogRetention retention;

    @Inject
    UserDirectory users;

    @Inject
    Authorization authorization;

    @Inject
    HttpServletRequest request;

    private EventLogFilters filters;
    private EventLogSearch.From from;
    private EventLogSearch.Slice slice;
    private List<EventRow> rows;
    private boolean confirmingClear;
    private String retentionDays;

    @PostConstruct
    void readAddress() {
        filters = EventLogFilters.read(request::getParameterValues, name -> users.byUsername(name).map(User::getId));
        Optional<EventLogSearch.Cursor> before = EventLogSearch.Cursor.parse(request.getParameter("before"));
        Optional<EventLogSearch.Cursor> after = EventLogSearch.Cursor.parse(request.getParameter("after"));
        from = before.<EventLogSearch.From>map(EventLogSearch.From.OlderThan::new)
                .or(() -> after.map(EventLogSearch.From.NewerThan::new))
                .orElseGet(EventLogSearch.From.Newest::new);
        retentionDays = retention.retention().map(days -> String.valueOf(days.toDays())).orElse("");
    }

    /** Runs before rendering: the export of a GET, or the action of a post ({@code op}). */
    public void act() throws IOException {
        String format = request.getParameter("export");
        if ("GET".equals(request.getMethod()) && format != null) {
            exportTo(format);
            return;
        }
        String op = request.getParameter("op");
        if (op == null || !"POST".equals(request.getMethod())) {
            return;
        }
        switch (op) {
            case "clear" -> confirmingClear = true;
            case "clear-confirmed" -> {
                log.clear(actorId());
                FacesTexts.info(FacesTexts.text("eventLog.cleared"));
            }
            case "retention" -> changeRetention(retentionDays);
            default -> FacesTexts.error(null, FacesTexts.text("eventLog.unknownAction"));
        }
    }

    private void changeRetention(String days) {
        Outcome<Optional<Duration>> changed = retention.change(days, actorId());
        if (changed instanceof Outcome.Done<Optional<Duration>> done) {
            retentionDays = done.value().map(keep -> String.valueOf(keep.toDays())).orElse("");
            FacesTexts.info(done.value().map(keep -> FacesTexts.text("eventLog.retention.saved", keep.toDays()))
                    .orElseGet(() -> FacesTexts.text("eventLog.retention.savedForever")));
        } else {
            retentionDays = days;
            FacesTexts.error("retention:retentionDays", changed);
        }
    }

    /** Streams the export into this answer; a filter that cannot be read exports nothing and shows why. */
    private void exportTo(String format) throws IOException {
        Optional<EventLogExport.Format> chosen = EventLogExport.Format.of(format);
        if (chosen.isEmpty() || !filters.valid()) {
            if (chosen.isEmpty()) {
                FacesTexts.error(null, FacesTexts.text("eventLog.export.unknownFormat"));
            }
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        EventLogService.Filter filter = filters.filter();
        export.recordExport(chosen.get(), filter, actorId());
        response.setContentType(chosen.get().mediaType());
        response.setHeader("Content-Disposition", "attachment; filename=event-logs." + chosen.get().extension());
        response.setHeader("Cache-Control", "no-store");
        export.write(chosen.get(), filter, response.getOutputStream());
        faces.responseComplete();
    }

    private Integer actorId() {
        return authorization.user().map(User::getId).orElse(null);
    }

    // --- the list

    /** The slice shown; none when a filter cannot be read (its message says why). */
    public EventLogSearch.Slice getSlice() {
        if (slice == null) {
            slice = filters.valid() ? search.slice(filters.filter(), from, PAGE_SIZE)
                    : new EventLogSearch.Slice(List.of(), Optional.empty(), Optional.empty());
        }
        return slice;
    }

    /** The slice's rows as shown: username, metadata as pairs, the full JSON. */
    public List<EventRow> getRows() {
        if (rows == null) {
            List<EventLog> events = getSlice().events();
            Map<Integer, String> names = users.usernames(events.stream().map(EventLog::getUserId)
                    .filter(Objects::nonNull).distinct().toList());
            rows = events.stream().map(event -> EventRow.of(event,
                    event.getUserId() == null ? null : names.get(event.getUserId()))).toList();
        }
        return rows;
    }

    public List<String> getKnownEvents() {
        return AuditEvent.known();
    }

    public boolean isSelected(String event) {
        return filters.events().contains(event);
    }

    public EventLogFilters getFilters() {
        return filters;
    }

    /** The removable chips: one per filter value, each linking to this address without it. */
    public List<Chip> getChips() {
        List<Chip> chips = new ArrayList<>();
        for (String event : filters.events()) {
            chips.add(new Chip("type-" + event, FacesTexts.text("eventLog.chip.type"), event, link(without("type", event))));
        }
        addChip(chips, "user", filters.user(), filters.user());
        addChip(chips, "ip", filters.ip(), filters.ip());
        addChip(chips, "from", filters.fromText(), shown(filters.from(), filters.fromText()));
        addChip(chips, "to", filters.toText(), shown(filters.to(), filters.toText()));
        return chips;
    }

    /** A time as the table shows it; what was typed when it could not be read. */
    private static String shown(Instant instant, String typed) {
        return instant == null ? typed : FacesTexts.when(instant);
    }

    private void addChip(List<Chip> chips, String name, String value, String shown) {
        if (!value.isEmpty()) {
            chips.add(new Chip(name, FacesTexts.text("eventLog.chip." + name), shown, link(without(name, null))));
        }
    }

    /** A filter value shown as a chip, with the address that removes it. */
    public record Chip(String id, String label, String value, String removeLink) {
    }

    // --- the address

    /** The filters as query parameters, one removed: a whole parameter, or one value of {@code type}. */
    private List<String[]> without(String name, String value) {
        List<String[]> parameters = new ArrayList<>();
        for (String event : filters.events()) {
            if (!("type".equals(name) && (value == null || value.equals(event)))) {
                parameters.add(new String[] {"type", event});
            }
        }
        for (String[] single : List.of(new String[] {"user", filters.user()}, new String[] {"ip", filters.ip()},
                new String[] {"from", filters.fromText()}, new String[] {"to", filters.toText()})) {
            if (!single[0].equals(name) && !single[1].isEmpty()) {
                parameters.add(single);
            }
        }
        return parameters;
    }

    private String link(List<String[]> parameters, String... extra) {
        List<String[]> all = new ArrayList<>(parameters);
        for (int i = 0; i + 1 < extra.length; i += 2) {
            all.add(new String[] {extra[i], extra[i + 1]});
        }
        String query = all.stream().map(p -> p[0] + "=" + URLEncoder.encode(p[1], StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return request.getContextPath() + ADDRESS + (query.isEmpty() ? "" : "?" + query);
    }

    /** The first slice under these filters. */
    public String getNewestLink() {
        return link(without(null, null));
    }

    public String getOlderLink() {
        return getSlice().older().map(cursor -> link(without(null, null), "before", cursor.token())).orElse(null);
    }

    public String getNewerLink() {
        return getSlice().newer().map(cursor -> link(without(null, null), "after", cursor.token())).orElse(null);
    }

    /** The export of exactly what the filters select, as a download. */
    public String exportLink(String format) {
        return link(without(null, null), "export", format);
    }

    /** This address, filters and cursor kept, for the forms' posts. */
    public String getSelfLink() {
        String query = request.getQueryString();
        return request.getContextPath() + ADDRESS + (query == null ? "" : "?" + query);
    }

    public boolean isFiltered() {
        return filters.any();
    }

    public boolean isFirstSlice() {
        return from instanceof EventLogSearch.From.Newest || getSlice().newer().isEmpty();
    }

    public boolean isConfirmingClear() {
        return confirmingClear;
    }

    public String getRetentionDays() {
        return retentionDays;
    }

    public void setRetentionDays(String retentionDays) {
        this.retentionDays = retentionDays;
    }

    /** "25 events shown, newest first". */
    public String getShownStatus() {
        return FacesTexts.text("eventLog.shown", getRows().size());
    }

    /** A user that no longer exists, by the id the event kept. */
    public String goneUser(Integer id) {
        return FacesTexts.text("eventLog.goneUser", String.valueOf(id));
    }

    /** "Events are kept for 90 days" or "Events are kept until cleared". */
    public String getRetentionStatus() {
        return retention.retention().map(keep -> FacesTexts.text("eventLog.retention.current", keep.toDays()))
                .orElseGet(() -> FacesTexts.text("eventLog.retention.forever"));
    }

    public String when(Instant instant) {
        return FacesTexts.when(instant);
    }

    /** An instant to the second, UTC, for the table's machine-readable {@code datetime}. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    static List<String> values(String[] values) {
        return values == null ? List.of() : Arrays.stream(values).filter(Objects::nonNull).map(String::strip)
                .filter(value -> !value.isEmpty()).toList();
    }
}
