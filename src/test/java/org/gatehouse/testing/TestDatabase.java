package org.gatehouse.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.gatehouse.platform.config.Environment;
import org.gatehouse.platform.db.GatehouseDataSource;
import org.gatehouse.platform.db.SchemaMigrations;

/**
 * A fresh, migrated Gatehouse database for one test, reached through the real {@link GatehouseDataSource}:
 * Derby in memory always; PostgreSQL when {@code GATEHOUSE_TEST_POSTGRES_URL} names a server
 * ({@code .ci/run} starts one, so CI always covers both).
 */
public final class TestDatabase implements AutoCloseable {

    public enum Kind { DERBY, POSTGRESQL }

    public static final String POSTGRES_URL = "GATEHOUSE_TEST_POSTGRES_URL";

    private final Kind kind;
    private final String url;
    private final Runnable dropper;
    private final Map<String, String> credentials;
    private final DataSource dataSource;
    private EntityManagerFactory entityManagerFactory;

    private TestDatabase(Kind kind, String url, Map<String, String> credentials, Runnable dropper) {
        this.kind = kind;
        this.url = url;
        this.dropper = dropper;
        this.credentials = Map.copyOf(credentials);
        Map<String, String> environment = new HashMap<>(credentials);
        environment.put("GATEHOUSE_DATABASE_URL", url);
        this.dataSource = new GatehouseDataSource(Environment.of(environment));
    }

    /** The kinds this machine can test; CI has both, a developer machine may have only Derby. */
    public static List<Kind> kinds() {
        String postgres = System.getenv(POSTGRES_URL);
        if (postgres == null && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException(POSTGRES_URL + " must be set in CI: .ci/run starts PostgreSQL");
        }
        return postgres == null ? List.of(Kind.DERBY) : List.of(Kind.DERBY, Kind.POSTGRESQL);
    }

    /** An empty database of that kind, not yet migrated. */
    public static TestDatabase empty(Kind kind) {
        String name = "gh_" + UUID.randomUUID().toString().replace("-", "");
        if (kind == Kind.DERBY) {
            String url = "jdbc:derby:memory:" + name;
            return new TestDatabase(kind, url + ";create=true", Map.of(), () -> dropDerby(url));
        }
        PostgresServer server = PostgresServer.fromEnvironment();
        server.execute("CREATE DATABASE " + name);
        return new TestDatabase(kind, server.urlOf(name), server.credentials(),
                () -> server.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
    }

    /** A database with every migration applied. */
    /** Runs {@code work} in one resource-local transaction that commits, or rolls back when it throws. */
    public static <T> T inTransaction(EntityManager em, Supplier<T> work) {
        em.getTransaction().begin();
        try {
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
        }
    }

    public static TestDatabase migrated(Kind kind) {
        TestDatabase database = empty(kind);
        SchemaMigrations.migrate(database.dataSource());
        return database;
    }

    /**
     * The variables that point a Gatehouse server at this database: what an operator sets to run on
     * PostgreSQL.
     */
    public Map<String, String> serverEnvironment() {
        Map<String, String> environment = new HashMap<>(credentials);
        environment.put("GATEHOUSE_DATABASE_URL", url);
        return environment;
    }

    public Kind kind() {
        return kind;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    /** JPA over this database with the WAR's own persistence unit, resource-local instead of JTA. */
    public EntityManagerFactory entityManagerFactory() {
        if (entityManagerFactory == null) {
            Map<String, Object> properties = new HashMap<>();
            properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
            properties.put("jakarta.persistence.jtaDataSource", "");
            properties.put("jakarta.persistence.nonJtaDataSource", dataSource);
            entityManagerFactory = Persistence.createEntityManagerFactory("gatehouse", properties);
        }
        return entityManagerFactory;
    }

    @Override
    public void close() {
        if (entityManagerFactory != null) {
            entityManagerFactory.close();
        }
        dropper.run();
    }

    @Override
    public String toString() {
        return kind.name();
    }

    private static void dropDerby(String url) {
        try {
            DriverManager.getConnection(url + ";drop=true").close();
        } catch (SQLException expected) {
            // Derby reports a successful drop as SQLState 08006.
        }
    }

    private record PostgresServer(String base, String query, Map<String, String> credentials) {

        static PostgresServer fromEnvironment() {
            String url = System.getenv(POSTGRES_URL);
            int queryStart = url.indexOf('?');
            String withoutQuery = queryStart < 0 ? url : url.substring(0, queryStart);
            String query = queryStart < 0 ? "" : url.substring(queryStart);
            Map<String, String> credentials = new HashMap<>();
            for (String name : List.of("USER", "PASSWORD")) {
                String value = System.getenv("GATEHOUSE_TEST_POSTGRES_" + name);
                if (value != null) {
                    credentials.put("GATEHOUSE_DATABASE_" + name, value);
                }
            }
            return new PostgresServer(withoutQuery.substring(0, withoutQuery.lastIndexOf('/') + 1), query, credentials);
        }

        String urlOf(String database) {
            return base + database + query;
        }

        void execute(String sql) {
            Properties properties = new Properties();
            String user = credentials.get("GATEHOUSE_DATABASE_USER");
            String password = credentials.get("GATEHOUSE_DATABASE_PASSWORD");
            if (user != null) {
                properties.setProperty("user", user);
            }
            if (password != null) {
                properties.setProperty("password", password);
            }
            try (Connection connection = new org.postgresql.Driver().connect(urlOf("postgres"), properties);
                 Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL test server refused: " + sql, e);
            }
        }
    }
}
