package org.gatehouse.telemetry.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gatehouse.settings.control.EnvironmentOverlay;
import org.gatehouse.settings.control.SettingsFixture;
import org.gatehouse.testing.TestDatabase;
import org.gatehouse.testsupport.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What telemetry would send, and when it sends at all: the privacy page shows exactly these answers. */
class TelemetryTest {

    private TestDatabase db;
    private EntityManager em;
    private EnvironmentOverlay overlay;
    private MutableClock clock;

    @BeforeEach
    void openDatabase() {
        db = TestDatabase.migrated(TestDatabase.Kind.DERBY);
        em = db.entityManagerFactory().createEntityManager();
        clock = MutableClock.at(Instant.parse("2026-01-01T00:00:00Z"));
        overlay = SettingsFixture.overlay(em, clock);
    }

    @AfterEach
    void closeDatabase() {
        em.close();
        db.close();
    }

    private Telemetry telemetryWith(Map<String, String> environment) {
        Telemetry telemetry = new Telemetry();
        telemetry.configuration = SettingsFixture.configuration(environment, overlay);
        telemetry.settings = SettingsFixture.systemSettings(em, clock);
        return telemetry;
    }

    @Test
    void offByDefaultAndWithoutAReceiver() {
        Telemetry.Status status = telemetryWith(Map.of()).status();
        assertEquals(new Telemetry.Status(false, Optional.empty(), false), status);
        assertFalse(status.sending());
    }

    @Test
    void sendsOnlyWhenSwitchedOnWithAReceiverOutsideDevelopment() {
        assertTrue(telemetryWith(Map.of("DISABLE_TELEMETRY", "false", "GATEHOUSE_TELEMETRY_URL", "http://r.example/c"))
                .status().sending());
        assertFalse(telemetryWith(Map.of("DISABLE_TELEMETRY", "false")).status().sending(), "no receiver");
        assertFalse(telemetryWith(Map.of("DISABLE_TELEMETRY", "false", "GATEHOUSE_TELEMETRY_URL", "http://r.example/c",
                "NODE_ENV", "development")).status().sending());
        assertFalse(telemetryWith(Map.of("DISABLE_TELEMETRY", "true", "GATEHOUSE_TELEMETRY_URL", "http://r.example/c"))
                .status().sending());
    }

    @Test
    void everyExampleIsThePayloadWithOneInstallationIdAndNoUserData() {
        em.getTransaction().begin();
        List<Telemetry.Example> examples = telemetryWith(Map.of()).examples();
        em.getTransaction().commit();
        assertEquals(List.of("onboarding", "multiUser", "signIn", "ssoSignIn", "workspace", "switchedOff"),
                examples.stream().map(Telemetry.Example::situation).toList());
        JsonObject signIn = examples.get(2).payload();
        String id = signIn.getString("distinctId");
        assertTrue(id.matches("[0-9a-f-]{36}"), id);
        assertEquals("{\"event\":\"login_event\",\"distinctId\":\"" + id
                + "\",\"properties\":{\"multiUserMode\":false,\"runtime\":\"gatehouse\"}}", signIn.toString());
        assertEquals("{\"multiUserMode\":true,\"runtime\":\"gatehouse\"}", examples.get(3).payload().getJsonObject("properties").toString());
        assertTrue(examples.stream().allMatch(example -> example.payload().getString("distinctId").equals(id)));
        assertEquals("telemetry_disabled", examples.get(5).payload().getString("event"));
    }
}
