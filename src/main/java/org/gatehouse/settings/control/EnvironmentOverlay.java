package org.gatehouse.settings.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.gatehouse.platform.config.EnvVar;
import org.gatehouse.platform.config.Environment;
import org.gatehouse.settings.entity.EnvironmentOverride;

/**
 * Environment values changed at run time, kept in the database so they survive restarts and every node
 * sees them. Reads come from a snapshot refreshed at most every
 * {@code GATEHOUSE_CONFIG_REFRESH_SECONDS} (a write on this node refreshes it at once).
 */
@ApplicationScoped
public class EnvironmentOverlay {

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    Clock clock;

    private static final Logger LOG = Logger.getLogger(EnvironmentOverlay.class.getName());
    static final Duration DEFAULT_REFRESH = Duration.ofSeconds(5);

    private volatile Snapshot snapshot;
    private volatile Duration refreshInterval = DEFAULT_REFRESH;

    @PostConstruct
    void readRefreshInterval() {
        refreshInterval = refreshIntervalFrom(Environment.system());
    }

    static Duration refreshIntervalFrom(Environment environment) {
        String name = EnvVar.GATEHOUSE_CONFIG_REFRESH_SECONDS.name();
        return environment.get(name).map(text -> {
            try {
                long seconds = Long.parseLong(text.trim());
                if (seconds >= 0) {
                    return Duration.ofSeconds(seconds);
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            LOG.warning(() -> name + " must be a whole number of seconds >= 0; using " + DEFAULT_REFRESH.toSeconds());
            return DEFAULT_REFRESH;
        }).orElse(DEFAULT_REFRESH);
    }

    /** The overriding value: empty when there is no override, {@code Optional.of(Optional.empty())} when unset. */
    public Optional<Optional<String>> lookup(String name) {
        Map<String, Optional<String>> values = current().values();
        return values.containsKey(name) ? Optional.of(values.get(name)) : Optional.empty();
    }

    /** Records a run-time change; {@code null} unsets the variable. */
    @Transactional
    public void put(String name, String value) {
        EnvironmentOverride row = em.find(EnvironmentOverride.class, name);
        if (row == null) {
            em.persist(new EnvironmentOverride(name, value, clock.instant()));
        } else {
            row.setValue(value, clock.instant());
        }
        invalidate();
    }

    /**
     * Stores the value unless the variable already has an override, in its own transaction; several
     * nodes starting at once agree on the first value written.
     *
     * @return the value now in force
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String putIfAbsent(String name, String value) {
        EnvironmentOverride row = em.find(EnvironmentOverride.class, name);
        if (row != null && row.getValue() != null) {
            return row.getValue();
        }
        if (row == null) {
            em.persist(new EnvironmentOverride(name, value, clock.instant()));
        } else {
            row.setValue(value, clock.instant());
        }
        em.flush();
        invalidate();
        return value;
    }

    /** Forgets the snapshot; the next read goes to the database. */
    public void invalidate() {
        snapshot = null;
    }

    private Snapshot current() {
        Instant now = clock.instant();
        Snapshot current = snapshot;
        if (current == null || !now.isBefore(current.loadedAt().plus(refreshInterval))) {
            current = new Snapshot(load(), now);
            snapshot = current;
        }
        return current;
    }

    private Map<String, Optional<String>> load() {
        Map<String, Optional<String>> values = new HashMap<>();
        for (EnvironmentOverride row : em.createQuery("SELECT o FROM EnvironmentOverride o", EnvironmentOverride.class)
                .getResultList()) {
            values.put(row.getName(), Optional.ofNullable(row.getValue()));
        }
        return Collections.unmodifiableMap(values);
    }

    private record Snapshot(Map<String, Optional<String>> values, Instant loadedAt) {
    }
}
