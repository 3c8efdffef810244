package org.gatehouse.users.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import org.gatehouse.testing.TestDatabase;
import org.gatehouse.testing.TestDatabase.Kind;
import org.gatehouse.users.entity.Role;
import org.gatehouse.users.entity.User;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The user list's plain JDBC read against what EclipseLink wrote and reads, on Derby and PostgreSQL, in a
 * JVM whose time zone is not UTC (and across New York's change to summer time): the same users, columns and instants, in id order across batches.
 */
class UserListReadTest {

    static List<Kind> databases() {
        return TestDatabase.kinds();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theListReadsWhatTheEntitiesHold(Kind kind) {
        TimeZone zone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
        try (TestDatabase db = TestDatabase.migrated(kind)) {
            EntityManager em = db.entityManagerFactory().createEntityManager();
            em.getTransaction().begin();
            List<User> written = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                User user = new User("user-" + i, "hash", i == 0 ? Role.ADMIN : Role.DEFAULT,
                        Instant.parse("2026-03-08T05:30:00.123Z").plusSeconds(3_600L * i));
                if (i == 3) {
                    user.setSuspended(1);
                }
                em.persist(user);
                written.add(user);
            }
            em.getTransaction().commit();
            em.clear();

            UserDirectory directory = UsersFixture.directory(em, db.dataSource());
            List<ListedUser> listed = new ArrayList<>();
            directory.listed(3).forEach(listed::add);

            List<User> entities = em.createQuery("SELECT u FROM User u ORDER BY u.id", User.class).getResultList();
            assertEquals(entities.size(), listed.size(), "every user, across batches of three");
            for (int i = 0; i < entities.size(); i++) {
                User entity = entities.get(i);
                ListedUser row = listed.get(i);
                assertEquals(entity.getId(), row.id());
                assertEquals(entity.getUsername(), row.username());
                assertEquals(entity.getRole(), row.role());
                assertEquals(entity.getSuspended(), row.suspended());
                assertEquals(entity.getCreatedAt(), row.createdAt(), "the instant EclipseLink reads, in any time zone");
                assertEquals(entity.getLastUpdatedAt(), row.lastUpdatedAt());
                assertEquals(entity.getSeenRecoveryCodes(), row.seenRecoveryCodes());
                assertEquals(entity.getBio(), row.bio());
                assertEquals(entity.getDailyMessageLimit(), row.dailyMessageLimit());
                assertEquals(entity.getPfpFilename(), row.pfpFilename());
            }
            for (int i = 0; i < written.size(); i++) {
                int id = written.get(i).getId();
                ListedUser row = listed.stream().filter(user -> user.id() == id).findFirst().orElseThrow();
                assertEquals(Instant.parse("2026-03-08T05:30:00.123Z").plusSeconds(3_600L * i), row.createdAt());
            }
            assertNull(listed.get(listed.size() - 1).dailyMessageLimit());
            em.close();
        } finally {
            TimeZone.setDefault(zone);
        }
    }
}
