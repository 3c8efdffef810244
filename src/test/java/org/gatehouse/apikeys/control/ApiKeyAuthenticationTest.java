package org.gatehouse.apikeys.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gatehouse.apikeys.entity.ApiKey;
import org.gatehouse.platform.crypto.SecretDigest;
import org.gatehouse.settings.control.SettingsFixture;
import org.gatehouse.testing.TestDatabase;
import org.gatehouse.testsupport.MutableClock;
import org.gatehouse.users.entity.Role;
import org.gatehouse.users.entity.User;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A presented key against its row and its creator's, read in one query, on Derby and PostgreSQL: a key of no
 * creator, of an active, a suspended and a deleted creator, with and without API_KEYS_OUTLIVE_CREATOR.
 */
class ApiKeyAuthenticationTest {

    private static final Instant NOW = Instant.parse("2026-05-01T08:00:00Z");

    static List<TestDatabase.Kind> databases() {
        return TestDatabase.kinds();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aKeyWorksWhileItsCreatorIsActiveOrItHasNone(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.migrated(kind)) {
            EntityManager em = db.entityManagerFactory().createEntityManager();
            User ada = TestDatabase.inTransaction(em, () -> {
                User user = new User("ada", "hash", Role.ADMIN, NOW);
                em.persist(user);
                return user;
            });
            store(em, "instance-key", null);
            store(em, "ada-key", ada.getId());
            store(em, "ghost-key", ada.getId() + 1000);

            ApiKeys keys = keys(em, Map.of());
            assertTrue(keys.authenticate("instance-key").isPresent(), "no creator");
            assertTrue(keys.authenticate("ada-key").isPresent(), "an active creator");
            assertEquals(Optional.empty(), keys.authenticate("ghost-key"), "a creator since deleted");
            assertEquals(Optional.empty(), keys.authenticate("nobody's-key"), "no such key");
            assertEquals(Optional.empty(), keys.authenticate(""));

            TestDatabase.inTransaction(em, () -> {
                em.find(User.class, ada.getId()).setSuspended(1);
                return null;
            });
            em.clear();
            assertEquals(Optional.empty(), keys.authenticate("ada-key"), "a suspended creator");
            assertTrue(keys(em, Map.of("API_KEYS_OUTLIVE_CREATOR", "true")).authenticate("ada-key").isPresent());
            assertTrue(keys(em, Map.of("API_KEYS_OUTLIVE_CREATOR", "true")).authenticate("ghost-key").isPresent());
            em.close();
        }
    }

    private static void store(EntityManager em, String secret, Integer creator) {
        TestDatabase.inTransaction(em, () -> {
            em.persist(new ApiKey(secret, SecretDigest.of(secret), secret.substring(0, 3), creator, null, NOW));
            return null;
        });
    }

    private static ApiKeys keys(EntityManager em, Map<String, String> environment) {
        MutableClock clock = MutableClock.at(NOW);
        ApiKeys keys = new ApiKeys();
        keys.em = em;
        keys.clock = clock;
        keys.configuration = SettingsFixture.configuration(environment, SettingsFixture.overlay(em, clock));
        return keys;
    }
}
