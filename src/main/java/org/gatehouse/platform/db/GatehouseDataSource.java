package org.gatehouse.platform.db;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.gatehouse.platform.config.EnvVar;
import org.gatehouse.platform.config.Environment;
import org.gatehouse.platform.config.StorageLocation;

/**
 * The physical connection factory behind the container's connection pool (see {@link Database}).
 *
 * <p>By default it opens the embedded Derby database under {@code STORAGE_DIR}; when
 * {@code GATEHOUSE_DATABASE_URL} is set it connects there instead (PostgreSQL for several nodes), with
 * {@code GATEHOUSE_DATABASE_USER} and {@code GATEHOUSE_DATABASE_PASSWORD}. The drivers travel inside the
 * WAR, so the same WAR needs no server-side driver installation on Payara, WildFly or TomEE.
 */
public class GatehouseDataSource implements DataSource {

    static final String DERBY_DIRECTORY = "gatehouse-db";

    private static volatile boolean embeddedDerbyBooted;

    /**
     * Payara Micro (and any server killed by a signal) exits without undeploying applications, so
     * {@code contextDestroyed} never runs; this hook closes Derby on JVM exit instead of leaving crash
     * recovery to the next start.
     */
    private static final Thread DERBY_ON_EXIT = new Thread(GatehouseDataSource::shutdownEmbeddedDerby,
            "gatehouse-derby-shutdown");

    private final Environment environment;
    private volatile Target target;
    private int loginTimeout;
    private PrintWriter logWriter;

    public GatehouseDataSource() {
        this(Environment.system());
    }

    /** A datasource reading the given environment instead of the process's. */
    public GatehouseDataSource(Environment environment) {
        this.environment = environment;
    }

    /** The JDBC URL in use (no credentials: those never travel in the URL here). */
    public String url() {
        return target().url();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target().connect();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        // The pool may pass the credentials of the resource definition, which declares none.
        return getConnection();
    }

    private Target target() {
        Target current = target;
        if (current == null) {
            synchronized (this) {
                if (target == null) {
                    target = Target.from(environment);
                }
                current = target;
            }
        }
        return current;
    }

    /**
     * Shuts the embedded Derby engine down so the database files are released on undeploy.
     *
     * @return whether Derby was in use and has shut down
     */
    public static boolean shutdownEmbeddedDerby() {
        if (!embeddedDerbyBooted) {
            return false;
        }
        embeddedDerbyBooted = false;
        if (Thread.currentThread() != DERBY_ON_EXIT) {
            try {
                Runtime.getRuntime().removeShutdownHook(DERBY_ON_EXIT);
            } catch (IllegalStateException exiting) {
                // the JVM is already exiting; the hook runs too and finds Derby closed
            }
        }
        try {
            Target.driverFor("jdbc:derby:").connect("jdbc:derby:;shutdown=true", new Properties());
            return false;
        } catch (SQLException shutdown) {
            // Derby reports a successful engine shutdown as SQLState XJ015.
            return "XJ015".equals(shutdown.getSQLState());
        }
    }

    private record Target(String url, Properties credentials, Driver driver) {

        static Target from(Environment environment) {
            String configured = environment.get(EnvVar.GATEHOUSE_DATABASE_URL.name())
                    .filter(value -> !value.isBlank()).orElse(null);
            Properties credentials = new Properties();
            if (configured != null) {
                environment.get(EnvVar.GATEHOUSE_DATABASE_USER.name()).ifPresent(u -> credentials.setProperty("user", u));
                environment.get(EnvVar.GATEHOUSE_DATABASE_PASSWORD.name()).ifPresent(p -> credentials.setProperty("password", p));
                return new Target(configured, credentials, driverFor(configured));
            }
            Path storage = StorageLocation.resolve(environment);
            // derby.log belongs beside the database, not in the server's working directory.
            if (System.getProperty("derby.stream.error.file") == null) {
                System.setProperty("derby.stream.error.file", storage.resolve("derby.log").toString());
            }
            // Every insert draws its id from Derby's identity generator, which refills its preallocated range
            // under a catalog lock; with the default 100, a burst of hundreds of concurrent inserts (the events
            // of a burst of sign-ins) meets several refills and some fail with 40XL1 ("too much contention").
            // 1,000 makes a refill rare within a burst; it does not help the first allocation of a table after
            // boot. Unused values of a range leave gaps in ids after a crash, as PostgreSQL's sequences do.
            if (System.getProperty("derby.language.sequence.preallocator") == null) {
                System.setProperty("derby.language.sequence.preallocator", "1000");
            }
            String url = "jdbc:derby:" + storage.resolve(DERBY_DIRECTORY) + ";create=true";
            if (!embeddedDerbyBooted) {
                embeddedDerbyBooted = true;
                Runtime.getRuntime().addShutdownHook(DERBY_ON_EXIT);
            }
            return new Target(url, credentials, driverFor(url));
        }

        static Driver driverFor(String url) {
            // DriverManager cannot see drivers inside a WAR on every server; ask the WAR's class loader.
            for (Driver driver : ServiceLoader.load(Driver.class, GatehouseDataSource.class.getClassLoader())) {
                try {
                    if (driver.acceptsURL(url)) {
                        return driver;
                    }
                } catch (SQLException ignored) {
                    // a driver that cannot judge the URL is not the one we want
                }
            }
            throw new IllegalStateException("No JDBC driver in Gatehouse accepts " + scheme(url) + " URLs");
        }

        /** Only the {@code jdbc:vendor:} part: a URL may carry a password, which must not reach a log. */
        static String scheme(String url) {
            int second = url.indexOf(':', url.indexOf(':') + 1);
            return second < 0 ? "unrecognized" : url.substring(0, second + 1);
        }

        Connection connect() throws SQLException {
            Connection connection = driver.connect(url, credentials);
            if (connection == null) {
                throw new SQLException("The " + scheme(url) + " driver refused the configured URL");
            }
            return connection;
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("Not a wrapper for " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
