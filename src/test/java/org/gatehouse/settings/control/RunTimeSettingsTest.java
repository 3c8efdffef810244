package org.gatehouse.settings.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gatehouse.events.control.EventsFixture;
import org.gatehouse.platform.config.EnvVar;
import org.gatehouse.settings.control.EnvironmentSettings.RunTimeChange;
import org.gatehouse.settings.control.EnvironmentSettings.RunTimeSetting;
import org.gatehouse.testing.TestDatabase;
import org.gatehouse.testsupport.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The console's run-time sign-in settings: checked all together, stored in the overlay, each change logged. */
class RunTimeSettingsTest {

    private final MutableClock clock = MutableClock.at(Instant.parse("2026-06-01T12:00:00Z"));
    private TestDatabase db;
    private EntityManager em;
    private EnvironmentSettings settings;
    private Configuration configuration;

    @BeforeEach
    void wire() {
        db = TestDatabase.migrated(TestDatabase.Kind.DERBY);
        em = db.entityManagerFactory().createEntityManager();
        EnvironmentOverlay overlay = SettingsFixture.overlay(em, clock);
        configuration = SettingsFixture.configuration(Map.of("PASSWORDMAXCHAR", "64"), overlay);
        settings = new EnvironmentSettings();
        settings.overlay = overlay;
        settings.configuration = configuration;
        settings.events = EventsFixture.eventLog(em, clock);
    }

    @AfterEach
    void close() {
        em.close();
        db.close();
    }

    private Optional<String> change(RunTimeChange... changes) {
        return TestDatabase.inTransaction(em, () -> settings.change(List.of(changes), 7));
    }

    private List<String> logged() {
        return EventsFixture.recorded(em, e -> e.getEvent() + " " + e.getMetadata() + " by " + e.getUserId());
    }

    @Test
    void aChangeTakesEffectAtOnceAndLogsTheVariableAndItsValue() {
        assertEquals(Optional.empty(), change(new RunTimeChange(RunTimeSetting.PASSWORDMINCHAR, " 12 "),
                new RunTimeChange(RunTimeSetting.JWT_EXPIRY, "12h"), new RunTimeChange(RunTimeSetting.SIMPLE_SSO_ENABLED, "true")));
        assertEquals(12, configuration.intValue(EnvVar.PASSWORDMINCHAR, 8));
        assertEquals(Duration.ofHours(12), configuration.jwtExpiry());
        assertTrue(configuration.simpleSsoEnabled());
        assertEquals(List.of("env_setting_changed {\"variable\":\"PASSWORDMINCHAR\",\"value\":\"12\"} by 7",
                "env_setting_changed {\"variable\":\"JWT_EXPIRY\",\"value\":\"12h\"} by 7",
                "env_setting_changed {\"variable\":\"SIMPLE_SSO_ENABLED\",\"value\":\"true\"} by 7"), logged());
    }

    @Test
    void unsettingAPresenceFlagTurnsItOffAndLogsANullValue() {
        change(new RunTimeChange(RunTimeSetting.SIMPLE_SSO_NO_LOGIN, "true"));
        change(new RunTimeChange(RunTimeSetting.SIMPLE_SSO_NO_LOGIN, null));
        assertFalse(configuration.simpleSsoNoLogin());
        assertEquals("env_setting_changed {\"variable\":\"SIMPLE_SSO_NO_LOGIN\",\"value\":null} by 7", logged().get(1));
    }

    @Test
    void valuesEqualToThoseInForceAreNotChanges() {
        assertEquals(Optional.empty(), change(new RunTimeChange(RunTimeSetting.GATEHOUSE_LOCKOUT_THRESHOLD, "5"),
                new RunTimeChange(RunTimeSetting.PASSWORDMAXCHAR, "64"), new RunTimeChange(RunTimeSetting.SIMPLE_SSO_ENABLED, null)));
        assertEquals(List.of(), logged());
    }

    @Test
    void everyRefusalIsAnsweredOneALineAndNothingIsStored() {
        assertEquals(Optional.of("PASSWORDMINCHAR must be a whole number from 1 to 250.\n"
                        + "JWT_EXPIRY must be a duration such as 30d, 12h or 90m.\n"
                        + "SIMPLE_SSO_NO_LOGIN_REDIRECT must be an absolute URL, such as https://sso.example.com/login."),
                change(new RunTimeChange(RunTimeSetting.PASSWORDMINCHAR, "0"), new RunTimeChange(RunTimeSetting.JWT_EXPIRY, "soon"),
                        new RunTimeChange(RunTimeSetting.GATEHOUSE_LOCKOUT_THRESHOLD, "3"),
                        new RunTimeChange(RunTimeSetting.SIMPLE_SSO_NO_LOGIN_REDIRECT, "/relative")));
        assertEquals(5, configuration.intValue(EnvVar.GATEHOUSE_LOCKOUT_THRESHOLD, 5), "all or nothing");
        assertEquals(List.of(), logged());
    }

    @Test
    void theMinimumLengthMayNotExceedTheMaximumInForce() {
        assertEquals(Optional.of("PASSWORDMINCHAR (80) must not be greater than PASSWORDMAXCHAR (64)."),
                change(new RunTimeChange(RunTimeSetting.PASSWORDMINCHAR, "80")));
        assertEquals(Optional.empty(), change(new RunTimeChange(RunTimeSetting.PASSWORDMINCHAR, "80"),
                new RunTimeChange(RunTimeSetting.PASSWORDMAXCHAR, "100")));
    }
}
