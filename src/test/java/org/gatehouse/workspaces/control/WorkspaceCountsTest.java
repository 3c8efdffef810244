package org.gatehouse.workspaces.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;
import org.gatehouse.testing.TestDatabase;
import org.gatehouse.users.entity.Role;
import org.gatehouse.users.entity.User;
import org.gatehouse.workspaces.entity.Workspace;
import org.gatehouse.workspaces.entity.WorkspaceUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dashboard's workspace count follows the visibility rule of the list (4.5). */
class WorkspaceCountsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private TestDatabase db;
    private EntityManager em;
    private Workspaces workspaces;

    @BeforeEach
    void wire() {
        db = TestDatabase.migrated(TestDatabase.Kind.DERBY);
        em = db.entityManagerFactory().createEntityManager();
        workspaces = new Workspaces();
        workspaces.em = em;
    }

    @AfterEach
    void close() {
        em.close();
        db.close();
    }

    @Test
    void aDefaultUserCountsTheirWorkspacesAndEveryoneElseAllOfThem() {
        User[] people = TestDatabase.inTransaction(em, () -> {
            User admin = new User("root", "hash", Role.ADMIN, NOW);
            User dan = new User("dan", "hash", Role.DEFAULT, NOW);
            User eve = new User("eve", "hash", Role.DEFAULT, NOW);
            em.persist(admin);
            em.persist(dan);
            em.persist(eve);
            Workspace alpha = new Workspace("Alpha", "alpha", NOW);
            Workspace beta = new Workspace("Beta", "beta", NOW);
            em.persist(alpha);
            em.persist(beta);
            em.persist(new Workspace("Gamma", "gamma", NOW));
            em.flush();
            em.persist(new WorkspaceUser(dan.getId(), alpha.getId(), NOW));
            em.persist(new WorkspaceUser(dan.getId(), beta.getId(), NOW));
            return new User[] {admin, dan, eve};
        });
        assertEquals(3, workspaces.countVisibleTo(Optional.of(people[0])));
        assertEquals(3, workspaces.countVisibleTo(Optional.empty()), "single-user mode sees every workspace");
        assertEquals(2, workspaces.countVisibleTo(Optional.of(people[1])));
        assertEquals(0, workspaces.countVisibleTo(Optional.of(people[2])));
        assertEquals(workspaces.visibleTo(Optional.of(people[1])).size(),
                workspaces.countVisibleTo(Optional.of(people[1])), "the count is the list's length");
    }
}
