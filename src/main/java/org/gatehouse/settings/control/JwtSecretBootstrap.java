package org.gatehouse.settings.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Logger;
import org.gatehouse.platform.config.EnvVar;
import org.gatehouse.platform.db.SchemaMigrationOnStartup;

/**
 * Makes sure a JWT signing secret exists: when {@code JWT_SECRET} is not configured, one is generated on
 * the first start and kept in the database, so sessions survive restarts and every node signs alike.
 */
@ApplicationScoped
public class JwtSecretBootstrap {

    private static final Logger LOG = Logger.getLogger(JwtSecretBootstrap.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Configuration configuration;

    @Inject
    EnvironmentOverlay overlay;

    void onStart(@Observes @Priority(SchemaMigrationOnStartup.AFTER_MIGRATIONS)
                 @Initialized(ApplicationScoped.class) Object event) {
        ensureSecret();
    }

    /** Generates and stores a secret unless one is configured; a concurrent node's secret wins. */
    public void ensureSecret() {
        if (configuration.jwtSecret().isPresent()) {
            return;
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String generated = HexFormat.of().formatHex(secret);
        try {
            overlay.putIfAbsent(EnvVar.JWT_SECRET.name(), generated);
        } catch (RuntimeException insertRace) {
            // Another node inserted its secret at the same moment; its transaction won, so read that one.
            overlay.putIfAbsent(EnvVar.JWT_SECRET.name(), generated);
        }
        LOG.info("No JWT_SECRET configured: using the generated secret kept in the database.");
    }
}
