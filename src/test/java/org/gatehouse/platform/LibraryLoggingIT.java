package org.gatehouse.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.gatehouse.testing.GatehouseIT;
import org.gatehouse.testsupport.ServerLogResource;
import org.junit.jupiter.api.Test;

/**
 * The bundled libraries that log through SLF4J (Flyway's migrations, Shiro, commons-logging) reach the
 * server's log: the WAR carries a provider that hands their lines to java.util.logging. Without one SLF4J
 * printed "No SLF4J providers were found" and dropped every line.
 */
class LibraryLoggingIT extends GatehouseIT {

    @Test
    void aLineLoggedThroughSlf4jReachesTheServersLog() {
        long mark = controls.markLog();
        String message = "slf4j probe " + UUID.randomUUID();

        api.post("/api/__test__/log/slf4j", message).expectStatus(200);

        List<JsonObject> log = controls.logSince(mark);
        List<JsonObject> probes = log.stream()
                .filter(record -> record.getString("logger").equals(ServerLogResource.SLF4J_PROBE)).toList();
        assertEquals(1, probes.size(), "records of the probe's logger since the mark: " + log);
        assertEquals("WARNING", probes.get(0).getString("level"));
        assertEquals(message, probes.get(0).getString("message"));
    }
}
