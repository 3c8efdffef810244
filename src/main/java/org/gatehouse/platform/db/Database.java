package org.gatehouse.platform.db;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

/**
 * Declares Gatehouse's pooled, transactional datasource portably (on a web component, where every
 * Jakarta EE server processes the annotation); {@link GatehouseDataSource} decides where the connections
 * go. On undeploy it releases the embedded Derby files so a redeploy in the same JVM can open them.
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "org.gatehouse.platform.db.GatehouseDataSource",
        minPoolSize = 1,
        maxPoolSize = 32,
        initialPoolSize = 1,
        maxIdleTime = 300,
        transactional = true)
@WebListener
public class Database implements ServletContextListener {

    /** The name persistence.xml and the migration runner look the datasource up by. */
    public static final String JNDI_NAME = "java:app/jdbc/gatehouse";

    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (GatehouseDataSource.shutdownEmbeddedDerby()) {
            LOG.info("Embedded Derby database closed.");
        }
    }
}
