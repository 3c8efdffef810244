package org.gatehouse.settings.control;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Map;
import org.gatehouse.platform.config.Environment;

/** Real settings beans wired by hand over an entity manager, for unit tests outside this package. */
public final class SettingsFixture {

    private SettingsFixture() {
    }

    public static EnvironmentOverlay overlay(EntityManager em, Clock clock) {
        EnvironmentOverlay overlay = new EnvironmentOverlay();
        overlay.em = em;
        overlay.clock = clock;
        return overlay;
    }

    public static Configuration configuration(Map<String, String> environment, EnvironmentOverlay overlay) {
        Configuration configuration = new Configuration();
        configuration.overlay = overlay;
        configuration.useEnvironment(Environment.of(environment));
        return configuration;
    }

    public static SystemSettings systemSettings(EntityManager em, Clock clock) {
        SystemSettings settings = new SystemSettings();
        settings.em = em;
        settings.clock = clock;
        return settings;
    }

    /** update-env's control over this overlay, logging to {@code events} (no telemetry: nothing here turns it off). */
    public static EnvironmentSettings environmentSettings(EnvironmentOverlay overlay, org.gatehouse.events.control.EventLogService events) {
        EnvironmentSettings settings = new EnvironmentSettings();
        settings.overlay = overlay;
        settings.events = events;
        return settings;
    }
}
