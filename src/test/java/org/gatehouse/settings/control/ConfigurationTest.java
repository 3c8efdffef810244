package org.gatehouse.settings.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.gatehouse.platform.config.EnvVar;
import org.gatehouse.platform.config.Environment;
import org.gatehouse.testing.TestDatabase;
import org.gatehouse.testsupport.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Appendix B read in one place: run-time changes in the database win over the process environment. */
class ConfigurationTest {

    private TestDatabase db;
    private EntityManager em;
    private EnvironmentOverlay overlay;
    private MutableClock clock;

    @BeforeEach
    void openDatabase() {
        db = TestDatabase.migrated(TestDatabase.Kind.DERBY);
        em = db.entityManagerFactory().createEntityManager();
        clock = MutableClock.at(Instant.parse("2026-01-01T00:00:00Z"));
        overlay = new EnvironmentOverlay();
        overlay.em = em;
        overlay.clock = clock;
    }

    @AfterEach
    void closeDatabase() {
        em.close();
        db.close();
    }

    private Configuration configurationWith(Map<String, String> environment) {
        Configuration configuration = new Configuration();
        configuration.overlay = overlay;
        configuration.useEnvironment(Environment.of(environment));
        return configuration;
    }

    private void change(String name, String value) {
        em.getTransaction().begin();
        overlay.put(name, value);
        em.getTransaction().commit();
    }

    @Test
    void aRunTimeChangeWinsOverTheEnvironment() {
        Configuration configuration = configurationWith(Map.of("AUTH_TOKEN", "from-env"));
        assertEquals(Optional.of("from-env"), configuration.authToken());
        change("AUTH_TOKEN", "changed");
        assertEquals(Optional.of("changed"), configuration.authToken());
    }

    @Test
    void aRunTimeUnsetHidesTheEnvironmentValue() {
        Configuration configuration = configurationWith(Map.of("SIMPLE_SSO_ENABLED", "1"));
        assertTrue(configuration.simpleSsoEnabled());
        change("SIMPLE_SSO_ENABLED", null);
        assertFalse(configuration.simpleSsoEnabled());
    }

    @Test
    void anEmptyAuthTokenMeansNoPasswordButIsStillPresent() {
        Configuration configuration = configurationWith(Map.of("AUTH_TOKEN", ""));
        assertEquals(Optional.empty(), configuration.authToken());
        assertTrue(configuration.isPresent(EnvVar.AUTH_TOKEN));
    }

    @Test
    void presenceFlagsCountEvenFalseAndEmptyValues() {
        Configuration configuration = configurationWith(Map.of(
                "DISABLE_VIEW_CHAT_HISTORY", "false",
                "WORKSPACE_DELETION_PROTECTION", "",
                "SIMPLE_SSO_ENABLED", "no"));
        assertTrue(configuration.chatHistoryViewDisabled());
        assertTrue(configuration.workspaceDeletionProtected());
        assertTrue(configuration.simpleSsoEnabled());
        assertFalse(configuration.simpleSsoNoLogin());
        assertFalse(configurationWith(Map.of()).chatHistoryViewDisabled());
    }

    @Test
    void telemetryIsOffOnlyForExactlyTrue() {
        assertEquals("true", configurationWith(Map.of()).disableTelemetry(), "off by default");
        assertTrue(configurationWith(Map.of()).telemetryDisabled());
        assertFalse(configurationWith(Map.of("DISABLE_TELEMETRY", "false")).telemetryDisabled());
        assertFalse(configurationWith(Map.of("DISABLE_TELEMETRY", "TRUE")).telemetryDisabled());
        assertFalse(configurationWith(Map.of("DISABLE_TELEMETRY", "1")).telemetryDisabled());
        assertTrue(configurationWith(Map.of("DISABLE_TELEMETRY", "true")).telemetryDisabled());
        assertTrue(configurationWith(Map.of("NODE_ENV", "development")).telemetryDisabled());
    }

    @Test
    void describeSaysWhereEachValueComesFromInPrecedenceOrder() {
        Configuration configuration = new Configuration();
        configuration.overlay = overlay;
        configuration.useEnvironment(Environment.of(
                Map.of("JWT_EXPIRY", "12h", "GATEHOUSE_LOCKOUT_THRESHOLD", "7", "PASSWORDMINCHAR", "10"),
                Map.of("GATEHOUSE_LOCKOUT_THRESHOLD", "9", "GATEHOUSE_SSO_TOKEN_MINUTES", "4")));
        change("PASSWORDMINCHAR", "12");

        assertEquals(new Configuration.Setting(EnvVar.PASSWORDMINCHAR, Configuration.Source.RUN_TIME, true, Optional.of("12")),
                configuration.describe(EnvVar.PASSWORDMINCHAR));
        assertEquals(new Configuration.Setting(EnvVar.GATEHOUSE_LOCKOUT_THRESHOLD, Configuration.Source.SYSTEM_PROPERTY, true,
                Optional.of("9")), configuration.describe(EnvVar.GATEHOUSE_LOCKOUT_THRESHOLD), "a property wins over the environment");
        assertEquals(Configuration.Source.SYSTEM_PROPERTY, configuration.describe(EnvVar.GATEHOUSE_SSO_TOKEN_MINUTES).source());
        assertEquals(new Configuration.Setting(EnvVar.JWT_EXPIRY, Configuration.Source.ENVIRONMENT, true, Optional.of("12h")),
                configuration.describe(EnvVar.JWT_EXPIRY));
        assertEquals(new Configuration.Setting(EnvVar.EVENT_LOG_RETENTION_DAYS, Configuration.Source.DEFAULT, false,
                Optional.empty()), configuration.describe(EnvVar.EVENT_LOG_RETENTION_DAYS));
    }

    @Test
    void describeNeverGivesASecretsValue() {
        Configuration configuration = configurationWith(Map.of("AUTH_TOKEN", "hunter2-hunter2", "JWT_SECRET", ""));
        Configuration.Setting token = configuration.describe(EnvVar.AUTH_TOKEN);
        assertTrue(token.secret());
        assertTrue(token.set());
        assertEquals(Optional.empty(), token.shownValue());
        assertFalse(token.toString().contains("hunter2"));
        assertFalse(configuration.describe(EnvVar.JWT_SECRET).set(), "an empty secret protects nothing: not set");
        change("AUTH_TOKEN", "changed-at-run-time");
        assertEquals(Configuration.Source.RUN_TIME, configuration.describe(EnvVar.AUTH_TOKEN).source());
        assertEquals(Optional.empty(), configuration.describe(EnvVar.AUTH_TOKEN).shownValue());
    }

    @Test
    void describePresenceFlagsAsSetWhenPresentAndARunTimeUnsetAsARunTimeChange() {
        Configuration configuration = configurationWith(Map.of("WORKSPACE_DELETION_PROTECTION", "false"));
        Configuration.Setting flag = configuration.describe(EnvVar.WORKSPACE_DELETION_PROTECTION);
        assertTrue(flag.presenceFlag());
        assertTrue(flag.set(), "present, whatever its value");
        assertEquals(Optional.of("false"), flag.shownValue());
        assertFalse(configuration.describe(EnvVar.JWT_EXPIRY).presenceFlag());
        change("WORKSPACE_DELETION_PROTECTION", null);
        assertEquals(new Configuration.Setting(EnvVar.WORKSPACE_DELETION_PROTECTION, Configuration.Source.RUN_TIME, false,
                Optional.empty()), configuration.describe(EnvVar.WORKSPACE_DELETION_PROTECTION));
    }

    @Test
    void administrationSettingsLeaveOutWhereTheServerRunsAndTheModelProviders() {
        java.util.List<EnvVar> listed = configurationWith(Map.of()).administrationSettings().stream()
                .map(Configuration.Setting::variable).toList();
        assertTrue(listed.containsAll(java.util.List.of(EnvVar.AUTH_TOKEN, EnvVar.JWT_SECRET, EnvVar.SIMPLE_SSO_ENABLED,
                EnvVar.DISABLE_TELEMETRY, EnvVar.EVENT_LOG_RETENTION_DAYS)));
        assertFalse(listed.contains(EnvVar.GATEHOUSE_DATABASE_PASSWORD));
        assertFalse(listed.contains(EnvVar.STORAGE_DIR));
        assertFalse(listed.contains(EnvVar.OPEN_AI_KEY));
    }

    @Test
    void jwtExpiryReadsAnythingLlmNotationAndDefaultsToThirtyDays() {
        assertEquals(Duration.ofDays(30), configurationWith(Map.of()).jwtExpiry());
        assertEquals(Duration.ofHours(12), configurationWith(Map.of("JWT_EXPIRY", "12h")).jwtExpiry());
        assertEquals(Duration.ofDays(30), configurationWith(Map.of("JWT_EXPIRY", "soon")).jwtExpiry());
        assertEquals(Duration.ofDays(30), configurationWith(Map.of("JWT_EXPIRY", "0")).jwtExpiry());
    }

    @Test
    void ssoRedirectNeedsAllThreeVariablesAndAUrl() {
        Map<String, String> all = Map.of("SIMPLE_SSO_ENABLED", "", "SIMPLE_SSO_NO_LOGIN", "",
                "SIMPLE_SSO_NO_LOGIN_REDIRECT", "HTTPS://SSO.Example.com");
        assertEquals(Optional.of("https://sso.example.com/"), configurationWith(all).simpleSsoNoLoginRedirect());
        assertEquals(Optional.empty(), configurationWith(Map.of("SIMPLE_SSO_ENABLED", "",
                "SIMPLE_SSO_NO_LOGIN_REDIRECT", "https://sso.example.com")).simpleSsoNoLoginRedirect());
        assertEquals(Optional.empty(), configurationWith(Map.of("SIMPLE_SSO_ENABLED", "", "SIMPLE_SSO_NO_LOGIN", "",
                "SIMPLE_SSO_NO_LOGIN_REDIRECT", "not a url")).simpleSsoNoLoginRedirect());
        assertEquals(Optional.of("https://sso.example.com:8443/login?next=%2F"),
                Configuration.normalizedUrl("https://sso.example.com:8443/login?next=%2F"));
    }

    @Test
    void anotherNodesChangeIsSeenOnceTheSnapshotIsOlderThanTheRefreshInterval() {
        Configuration configuration = configurationWith(Map.of("AUTH_TOKEN", "from-env"));
        assertEquals(Optional.of("from-env"), configuration.authToken());
        // another node writes straight to the shared table
        em.getTransaction().begin();
        em.persist(new org.gatehouse.settings.entity.EnvironmentOverride("AUTH_TOKEN", "other-node", clock.instant()));
        em.getTransaction().commit();
        assertEquals(Optional.of("from-env"), configuration.authToken(), "still the snapshot");
        clock.advance(EnvironmentOverlay.DEFAULT_REFRESH);
        assertEquals(Optional.of("other-node"), configuration.authToken());
    }

    @Test
    void putIfAbsentKeepsTheFirstValue() {
        em.getTransaction().begin();
        assertEquals("first", overlay.putIfAbsent("JWT_SECRET", "first"));
        assertEquals("first", overlay.putIfAbsent("JWT_SECRET", "second"));
        em.getTransaction().commit();
        assertEquals(Optional.of("first"), configurationWith(Map.of()).jwtSecret());
    }

    @Test
    void refreshIntervalComesFromTheEnvironment() {
        assertEquals(Duration.ofSeconds(30),
                EnvironmentOverlay.refreshIntervalFrom(Environment.of(Map.of("GATEHOUSE_CONFIG_REFRESH_SECONDS", "30"))));
        assertEquals(EnvironmentOverlay.DEFAULT_REFRESH,
                EnvironmentOverlay.refreshIntervalFrom(Environment.of(Map.of("GATEHOUSE_CONFIG_REFRESH_SECONDS", "-1"))));
        assertEquals(EnvironmentOverlay.DEFAULT_REFRESH, EnvironmentOverlay.refreshIntervalFrom(Environment.of(Map.of())));
    }
}
