package org.gatehouse.platform.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with the versioned migrations under {@code db/migration}.
 *
 * <p>One set of SQL files serves Derby and PostgreSQL; the few type names that differ ({@code long_text}, {@code binary}) are Flyway
 * placeholders filled in here. A migration whose statements differ as a whole (triggers: Derby's are SQL, PostgreSQL's
 * call a function) has one file per database under {@code db/derby} and {@code db/postgresql}, same version, same effect.
 */
public final class SchemaMigrations {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    private SchemaMigrations() {
    }

    /** Applies every pending migration; fails loudly so a server never runs on a half-built schema. */
    public static MigrateResult migrate(DataSource dataSource) {
        Vendor vendor = vendorOf(dataSource);
        Flyway flyway = Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/" + vendor.folder())
                .placeholders(vendor.placeholders())
                .validateMigrationNaming(true)
                .load();
        MigrateResult result = flyway.migrate();
        var current = flyway.info().current();
        LOG.info(() -> "Schema at version " + (current == null ? "none" : current.getVersion()) + " ("
                + result.migrationsExecuted + " migration(s) applied now)");
        return result;
    }

    /** What differs between the two databases' migrations: the folder of their own files, and the type names. */
    record Vendor(String folder, Map<String, String> placeholders) {
    }

    /** The placeholders of this data source's database. */
    static Map<String, String> placeholdersFor(DataSource dataSource) {
        return vendorOf(dataSource).placeholders();
    }

    static Vendor vendorOf(DataSource dataSource) {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate it", e);
        }
        if (product.toLowerCase().contains("derby")) {
            return new Vendor("derby", Map.of("long_text", "CLOB", "binary", "BLOB"));
        }
        if (product.toLowerCase().contains("postgres")) {
            return new Vendor("postgresql", Map.of("long_text", "TEXT", "binary", "BYTEA"));
        }
        throw new IllegalStateException("Unsupported database " + product + ": Gatehouse runs on Derby or PostgreSQL");
    }
}
