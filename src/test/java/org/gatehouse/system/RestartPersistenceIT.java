package org.gatehouse.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.gatehouse.testing.ApiClient;
import org.gatehouse.testing.Deployments;
import org.gatehouse.testing.PayaraMicroProcess;
import org.gatehouse.testing.TestControls;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.Test;

/**
 * Everything lives in the database under STORAGE_DIR: a setting and a run-time environment change made
 * before a restart are there after it, and the generated JWT secret is not generated again.
 */
class RestartPersistenceIT {

    @Test
    void settingsEnvironmentChangesAndTheJwtSecretSurviveARestart() throws Exception {
        Path root = Path.of(System.getProperty("gatehouse.itStorage", "target/it-storage"), "restart");
        Files.createDirectories(root);
        Path storage = Files.createTempDirectory(root, "storage-");
        Path war = root.resolve("gatehouse-with-test-support.war");
        Deployments.gatehouse().as(ZipExporter.class).exportTo(war.toFile(), true);
        Path log = root.resolve("payara-micro.log");

        String secretAfterFirstStart;
        try (PayaraMicroProcess first = PayaraMicroProcess.start(war, storage, log)) {
            ApiClient api = new ApiClient(first.baseUrl());
            TestControls controls = TestControls.of(api);
            controls.setSetting("custom_app_name", "Survives Restarts");
            controls.setEnv("AUTH_TOKEN", "changed-at-run-time");
        }
        assertTrue(Files.readString(storage.resolve("derby.log")).contains("Shutting down Derby engine"),
                "a stopped server closes Derby cleanly, leaving no recovery for the next start");
        secretAfterFirstStart = generatedJwtSecret(storage);
        assertEquals(64, secretAfterFirstStart.length(), "256-bit secret, hex");
        assertTrue(Files.isRegularFile(storage.resolve("derby.log")), "derby.log beside the database");

        try (PayaraMicroProcess second = PayaraMicroProcess.start(war, storage, log)) {
            ApiClient api = new ApiClient(second.baseUrl());
            api.get("/api/system/custom-app-name").expectStatus(200)
                    .expectJson("{\"customAppName\":\"Survives Restarts\"}");
            assertEquals(JsonValue.TRUE, api.get("/api/setup-complete").json()
                    .getJsonObject("results").get("RequiresAuth"));
        }
        assertEquals(secretAfterFirstStart, generatedJwtSecret(storage), "the secret was kept, not regenerated");
    }

    private static String generatedJwtSecret(Path storage) throws SQLException {
        String url = "jdbc:derby:" + storage.resolve("gatehouse-db");
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(
                     "SELECT value FROM environment_overrides WHERE name = 'JWT_SECRET'")) {
            assertTrue(row.next(), "a JWT secret was stored");
            return row.getString(1);
        } finally {
            try {
                DriverManager.getConnection(url + ";shutdown=true");
            } catch (SQLException expected) {
                // 08006: the database was shut down and its files released for the next start
            }
        }
    }
}
