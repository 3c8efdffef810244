package org.gatehouse.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.gatehouse.platform.config.Environment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatehouseDataSourceTest {

    @Test
    void defaultsToEmbeddedDerbyUnderStorageDirCreatedWhenMissing(@TempDir Path temp) throws SQLException {
        Path storage = temp.resolve("not/yet/there");
        GatehouseDataSource dataSource = new GatehouseDataSource(Environment.of(Map.of("STORAGE_DIR", storage.toString())));
        try (Connection connection = dataSource.getConnection()) {
            assertEquals("Apache Derby", connection.getMetaData().getDatabaseProductName());
        }
        assertTrue(Files.isDirectory(storage.resolve(GatehouseDataSource.DERBY_DIRECTORY)), "database under STORAGE_DIR");
        assertEquals("jdbc:derby:" + storage.resolve(GatehouseDataSource.DERBY_DIRECTORY) + ";create=true",
                dataSource.url());
    }

    @Test
    void anUnknownDatabaseIsNamedWithoutTheSecretsOfItsUrl() {
        GatehouseDataSource dataSource = new GatehouseDataSource(Environment.of(Map.of(
                "GATEHOUSE_DATABASE_URL", "jdbc:oracle:thin:scott/tiger@db:1521/xe?password=hunter2")));
        IllegalStateException error = assertThrows(IllegalStateException.class, dataSource::getConnection);
        assertEquals("No JDBC driver in Gatehouse accepts jdbc:oracle: URLs", error.getMessage());
        assertFalse(error.getMessage().contains("hunter2") || error.getMessage().contains("tiger"));
    }

    @Test
    void aConfiguredUrlWins() throws SQLException {
        GatehouseDataSource dataSource = new GatehouseDataSource(Environment.of(Map.of(
                "GATEHOUSE_DATABASE_URL", "jdbc:derby:memory:configured;create=true",
                "STORAGE_DIR", "/nonexistent/never/created")));
        try (Connection connection = dataSource.getConnection()) {
            assertEquals("jdbc:derby:memory:configured", connection.getMetaData().getURL());
        }
        assertTrue(Files.notExists(Path.of("/nonexistent/never/created")));
    }
}
