package org.gatehouse.platform.db;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import javax.sql.DataSource;

/** Migrates the schema as the application starts, before anything else touches the database. */
@ApplicationScoped
public class SchemaMigrationOnStartup {

    /** Observer priority of the migrations; start-up work that needs the schema uses {@link #AFTER_MIGRATIONS}. */
    public static final int MIGRATIONS = 100;
    public static final int AFTER_MIGRATIONS = 200;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    void onStart(@Observes @Priority(MIGRATIONS) @Initialized(ApplicationScoped.class) Object event) {
        SchemaMigrations.migrate(dataSource);
    }
}
