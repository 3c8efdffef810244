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
 * Folds the row tallies every second on the server's managed scheduled executor: every crowded bucket, each
 * in its own short transaction ({@link RowTallies#fold}), so a bulk load's backlog of a million deltas is one
 * read of the tally index and some 250 folds. Every node runs it; they
 * take turns under the named lock, so several nodes do no harm.
 */
@ApplicationScoped
public class RowTallyFolding {

    static final long INTERVAL_SECONDS = 1;
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
            for (RowTallies.Bucket bucket : tallies.crowded()) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                tallies.fold(bucket);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Folding the row tallies failed; it runs again in a second", e);
        }
    }
}
