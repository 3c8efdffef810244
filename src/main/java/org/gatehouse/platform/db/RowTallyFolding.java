package org.gatehouse.platform.db;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Folds the row tallies every second on the server's managed scheduled executor, a run after a run while a
 * backlog remains (each {@link RowTallies#compact} is its own short transaction). Every node runs it; they
 * take turns under the named lock, so several nodes do no harm.
 */
@ApplicationScoped
public class RowTallyFolding {

    static final long INTERVAL_SECONDS = 1;
    /** A million rows bulk-loaded are about 250 runs: folded within a tick or two. */
    static final int MAX_RUNS_PER_TICK = 200;
    private static final Logger LOG = Logger.getLogger(RowTallyFolding.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    RowTallies tallies;

    private volatile ScheduledFuture<?> schedule;

    void onStart(@Observes @Priority(SchemaMigrationOnStartup.AFTER_MIGRATIONS) @Initialized(ApplicationScoped.class) Object event) {
        schedule = scheduler.scheduleWithFixedDelay(this::foldQuietly, INTERVAL_SECONDS, INTERVAL_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    private void foldQuietly() {
        try {
            // A backlog: the next bucket at once, each in its own transaction; at most a bounded number per tick.
            for (int run = 0; run < MAX_RUNS_PER_TICK && tallies.compact() > 0; run++) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Folding the row tallies failed; it runs again in a second", e);
        }
    }
}
