package org.gatehouse.console.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.gatehouse.auth.control.Authorization;
import org.gatehouse.events.control.EventLogService;
import org.gatehouse.events.control.SignInActivity;
import org.gatehouse.platform.control.PageRequest;
import org.gatehouse.system.control.InstanceCounts;
import org.gatehouse.users.control.UserDirectory;
import org.gatehouse.users.entity.Role;
import org.gatehouse.workspaces.control.Workspaces;

/**
 * The console's home: head counts, sign-in activity and the latest events, each shown only to a caller
 * who may open the page it summarizes (the users and invitations pages for counts of people, the event
 * log for activity and events), so the dashboard reveals nothing the sidebar would not lead to.
 */
@Named
@RequestScoped
public class DashboardPage {

    static final int DAYS = 14;
    static final int LATEST = 10;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH);

    @Inject
    Authorization authorization;

    @Inject
    InstanceCounts counts;

    @Inject
    Workspaces workspaces;

    @Inject
    SignInActivity activity;

    @Inject
    EventLogService events;

    @Inject
    UserDirectory users;

    @Inject
    Clock clock;

    private InstanceCounts.Users userCounts;
    private List<Bar> bars;
    private List<Event> latest;

    /** One day of the chart: its counts and the bar heights as percentages of the busiest day. */
    public record Bar(String day, long signIns, long failures, int signInHeight, int failureHeight) {
    }

    /** One line of the latest events. */
    public record Event(String name, String user, String occurredAt) {
    }

    /** People counts belong to the users page: admins and managers of multi-user mode. */
    public boolean isShowsPeople() {
        return authorization.hasRole(Role.ADMIN, Role.MANAGER);
    }

    /** Activity and events belong to the event log: admins, and the single-user password holder. */
    public boolean isShowsActivity() {
        return authorization.flexAllows(Role.ADMIN);
    }

    /** A default user counts only the workspaces they belong to. */
    public boolean isOwnWorkspacesOnly() {
        return authorization.hasRole(Role.DEFAULT);
    }

    public InstanceCounts.Users getUsers() {
        if (userCounts == null) {
            userCounts = isShowsPeople() ? counts.users() : new InstanceCounts.Users(Map.of(), 0);
        }
        return userCounts;
    }

    public long countOf(String role) {
        return Role.fromWire(role).map(getUsers()::of).orElse(0L);
    }

    public long getPendingInvitations() {
        return isShowsPeople() ? counts.pendingInvitations() : 0;
    }

    public long getWorkspaces() {
        return workspaces.countVisibleTo(authorization.user());
    }

    public List<Bar> getBars() {
        if (bars == null) {
            List<SignInActivity.Day> days = isShowsActivity() ? activity.lastDays(DAYS) : List.of();
            long busiest = Math.max(1, days.stream().mapToLong(day -> Math.max(day.signIns(), day.failures())).max().orElse(1));
            bars = days.stream().map(day -> new Bar(DAY.format(day.date()), day.signIns(), day.failures(),
                    percent(day.signIns(), busiest), percent(day.failures(), busiest))).toList();
        }
        return bars;
    }

    public long getTotalSignIns() {
        return getBars().stream().mapToLong(Bar::signIns).sum();
    }

    public long getTotalFailures() {
        return getBars().stream().mapToLong(Bar::failures).sum();
    }

    public List<Event> getLatestEvents() {
        if (latest == null) {
            if (!isShowsActivity()) {
                latest = List.of();
            } else {
                var logs = events.page(new PageRequest(0, LATEST)).logs();
                Map<Integer, String> names = users.usernames(logs.stream().map(e -> e.getUserId())
                        .filter(Objects::nonNull).distinct().toList());
                latest = logs.stream().map(e -> new Event(e.getEvent(),
                        e.getUserId() == null ? null : names.getOrDefault(e.getUserId(), "#" + e.getUserId()),
                        MOMENT.format(e.getOccurredAt().atZone(clock.getZone())))).toList();
            }
        }
        return latest;
    }

    private static int percent(long value, long of) {
        // A day with any sign-in keeps a visible sliver, so "one" does not look like "none".
        return value == 0 ? 0 : (int) Math.max(3, Math.round(value * 100.0 / of));
    }
}
