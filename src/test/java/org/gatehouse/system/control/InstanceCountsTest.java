package org.gatehouse.system.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.gatehouse.invites.entity.Invite;
import org.gatehouse.testing.TestDatabase;
import org.gatehouse.users.entity.Role;
import org.gatehouse.users.entity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dashboard's head counts, counted by the database. */
class InstanceCountsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private TestDatabase db;
    private EntityManager em;
    private InstanceCounts counts;

    @BeforeEach
    void wire() {
        db = TestDatabase.migrated(TestDatabase.Kind.DERBY);
        em = db.entityManagerFactory().createEntityManager();
        counts = new InstanceCounts();
        counts.em = em;
    }

    @AfterEach
    void close() {
        em.close();
        db.close();
    }

    @Test
    void usersAreCountedByRoleWithTheSuspendedAndEveryRolePresent() {
        TestDatabase.inTransaction(em, () -> {
            em.persist(new User("root", "hash", Role.ADMIN, NOW));
            em.persist(new User("dan", "hash", Role.DEFAULT, NOW));
            User eve = new User("eve", "hash", Role.DEFAULT, NOW);
            eve.setSuspended(1);
            em.persist(eve);
            return null;
        });
        InstanceCounts.Users users = counts.users();
        assertEquals(1, users.of(Role.ADMIN));
        assertEquals(0, users.of(Role.MANAGER), "a role nobody holds counts zero");
        assertEquals(2, users.of(Role.DEFAULT));
        assertEquals(3, users.total());
        assertEquals(1, users.suspended());
    }

    @Test
    void onlyPendingInvitationsAreCounted() {
        TestDatabase.inTransaction(em, () -> {
            User root = new User("root", "hash", Role.ADMIN, NOW);
            em.persist(root);
            em.flush();
            em.persist(new Invite("code-1", root.getId(), null, NOW));
            em.persist(new Invite("code-2", root.getId(), null, NOW));
            Invite claimed = new Invite("code-3", root.getId(), null, NOW);
            claimed.setStatus(Invite.CLAIMED);
            em.persist(claimed);
            Invite disabled = new Invite("code-4", root.getId(), null, NOW);
            disabled.setStatus(Invite.DISABLED);
            em.persist(disabled);
            return null;
        });
        assertEquals(2, counts.pendingInvitations());
    }

    @Test
    void anEmptyInstanceCountsZeroEverywhere() {
        assertEquals(0, counts.users().total());
        assertEquals(0, counts.users().suspended());
        assertEquals(0, counts.pendingInvitations());
    }
}
