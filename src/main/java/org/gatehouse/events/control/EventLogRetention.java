package org.gatehouse.events.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gatehouse.platform.config.EnvVar;
import org.gatehouse.platform.db.SchemaMigrationOnStartup;
import org.gatehouse.platform.control.Outcome;
import org.gatehouse.settings.control.Configuration;
import org.gatehouse.settings.control.EnvironmentSettings;

/**
 * Keeps the audit log to {@code EVENT_LOG_RETENTION_DAYS} (unset: forever), purging every hour on the
 * server's managed scheduled executor. The value is read at each run, so a run-time change applies without
 * a restart. Every node runs the purge; it is an idempotent delete, so several nodes do no harm.
 */
@ApplicationScoped
public class EventLogRetention {

    static final Duration INTERVAL = Duration.ofHours(1);
    private static final Logger LOG = Logger.getLogger(EventLogRetention.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    EventLogService log;

    @Inject
    Configuration configuration;

    @Inject
    Clock clock;

    @Inject
    EnvironmentSettings settings;

    private volatile ScheduledFuture<?> schedule;

    void onStart(@Observes @Priority(SchemaMigrationOnStartup.AFTER_MIGRATIONS) @Initialized(ApplicationScoped.class) Object event) {
        schedule = scheduler.scheduleAtFixedRate(this::purgeQuietly, 1, INTERVAL.toMinutes(), TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    public boolean isScheduled() {
        return schedule != null && !schedule.isDone();
    }

    /** The configured retention; empty when unset or not a positive whole number of days. */
    public Optional<Duration> retention() {
        int days = configuration.intValue(EnvVar.EVENT_LOG_RETENTION_DAYS, 0);
        return days > 0 ? Optional.of(Duration.ofDays(days)) : Optional.empty();
    }

    /**
     * Sets the retention in days ({@code ""} keeps every event) through update-env's own key, so the console
     * and {@code POST /api/system/update-env} share one check and one event; answers the retention now in force.
     */
    public Outcome<Optional<Duration>> change(String days, Integer actorId) {
        EnvironmentSettings.Applied applied = settings.update(List.of(new EnvironmentSettings.Change(
                EnvironmentSettings.EVENT_LOG_RETENTION_KEY, days == null ? "" : days.strip())), actorId);
        return applied.error().<Outcome<Optional<Duration>>>map(Outcome::refused).orElseGet(() -> Outcome.done(retention()));
    }

    /** Purges now; answers how many events were deleted. */
    public int purge() {
        return retention().map(keep -> log.purgeBefore(clock.instant().minus(keep))).orElse(0);
    }

    private void purgeQuietly() {
        try {
            int deleted = purge();
            if (deleted > 0) {
                LOG.info(() -> "Event log retention removed " + deleted + " event(s)");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Event log retention failed; it runs again in an hour", e);
        }
    }
}
