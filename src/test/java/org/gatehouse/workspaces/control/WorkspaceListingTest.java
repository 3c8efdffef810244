package org.gatehouse.workspaces.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gatehouse.platform.control.Outcome;
import org.gatehouse.platform.control.PageRequest;
import org.gatehouse.settings.control.SettingsFixture;
import org.gatehouse.testing.TestDatabase;
import org.gatehouse.testsupport.MutableClock;
import org.gatehouse.users.entity.Role;
import org.gatehouse.users.control.UsersFixture;
import org.gatehouse.workspaces.entity.Workspace;
import org.gatehouse.workspaces.entity.WorkspaceUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The console's typed workspace methods on a real Derby: the paged search, member candidates, rename, protection. */
class WorkspaceListingTest {

    private final MutableClock clock = MutableClock.at(Instant.parse("2026-03-01T10:00:00Z"));
    private TestDatabase db;
    private EntityManager em;
    private Workspaces workspaces;

    @BeforeEach
    void wire() {
        db = TestDatabase.migrated(TestDatabase.Kind.DERBY);
        em = db.entityManagerFactory().createEntityManager();
        workspaces = withEnvironment(Map.of());
    }

    private Workspaces withEnvironment(Map<String, String> environment) {
        Workspaces service = new Workspaces();
        service.em = em;
        service.clock = clock;
        service.configuration = SettingsFixture.configuration(environment, SettingsFixture.overlay(em, clock));
        return service;
    }

    @AfterEach
    void close() {
        em.close();
        db.close();
    }

    @Test
    void aPageOfTheSearchByNameWithMemberCountsAndTheTotal() {
        int ann = user("ann");
        int bob = user("bob");
        Workspace sales = workspace("Sales", ann, bob);
        workspace("support desk", ann);
        workspace("Engineering");
        workspace("100%_done");

        WorkspaceListing all = workspaces.listed("", new PageRequest(0, 2));
        assertEquals(4, all.total());
        assertEquals(2, all.pageCount());
        assertEquals(List.of("100%_done", "Engineering"), all.workspaces().stream().map(ListedWorkspace::name).toList(),
                "by name, whatever the case");
        assertEquals(List.of("Sales", "support desk"), workspaces.listed(null, new PageRequest(1, 2)).workspaces().stream()
                .map(ListedWorkspace::name).toList());

        WorkspaceListing found = workspaces.listed(" S ", new PageRequest(0, 20));
        assertEquals(2, found.total());
        assertEquals(new ListedWorkspace(sales.getId(), "Sales", "sales", clock.instant(), 2), found.workspaces().get(0));
        assertEquals("support desk", found.workspaces().get(1).name());
        assertEquals(1, found.workspaces().get(1).members());
        assertEquals(List.of("100%_done"), workspaces.listed("%_", new PageRequest(0, 20)).workspaces().stream()
                .map(ListedWorkspace::name).toList(), "LIKE's wildcards are searched for as text");
        assertEquals(0, workspaces.listed("nothing", new PageRequest(0, 20)).total());
        assertEquals(1, workspaces.listed("nothing", new PageRequest(0, 20)).pageCount(), "an empty list is one page");
    }

    @Test
    void memberCandidatesAreTheUsersFoundWithTheirMembership() {
        int ann = user("ann");
        int anton = user("anton");
        user("bob");
        Workspace sales = workspace("Sales", ann);
        assertEquals(List.of(new MemberCandidate(ann, "ann", "default", true), new MemberCandidate(anton, "anton", "default", false)),
                workspaces.memberCandidates(sales.getId(), "AN", 10));
        assertEquals(2, workspaces.memberCandidates(sales.getId(), "", 2).size(), "at most the limit");
    }

    @Test
    void aRenameKeepsTheSlugAndFollowsTheAdministrationNameRule() {
        Workspace sales = workspace("Sales");
        Outcome<Workspace> renamed = TestDatabase.inTransaction(em, () -> workspaces.rename(sales.getId(), "Sales EMEA"));
        assertTrue(renamed.isDone());
        em.clear();
        Workspace stored = em.find(Workspace.class, sales.getId());
        assertEquals("Sales EMEA", stored.getName());
        assertEquals("sales", stored.getSlug(), "links to the workspace keep working");
        assertEquals(Outcome.refused("name cannot be null"), TestDatabase.inTransaction(em, () -> workspaces.rename(sales.getId(), "  ")));
        assertEquals(Outcome.notFound("Workspace not found"), TestDatabase.inTransaction(em, () -> workspaces.rename(9999, "x")));
        TestDatabase.inTransaction(em, () -> workspaces.rename(sales.getId(), "y".repeat(300)));
        em.clear();
        assertEquals(255, em.find(Workspace.class, sales.getId()).getName().length());
    }

    @Test
    void deletionProtectionRefusesWithTheContractsMessageAndDeletesNothing() {
        Workspace sales = workspace("Sales");
        Workspaces protectedOnes = withEnvironment(Map.of("WORKSPACE_DELETION_PROTECTION", "false"));
        assertTrue(protectedOnes.deletionProtected(), "presence is what counts");
        assertEquals(Outcome.refused("Workspace deletion is blocked by the system administrator."), TestDatabase.inTransaction(em,
                () -> protectedOnes.deleteUnlessProtected(sales, Optional.empty(), Origin.ADMINISTRATION)));
        em.clear();
        assertTrue(em.find(Workspace.class, sales.getId()) != null);
        assertFalse(workspaces.deletionProtected());
    }

    private int user(String name) {
        return UsersFixture.persist(em, name, Role.DEFAULT, clock.instant()).getId();
    }

    private Workspace workspace(String name, int... members) {
        return TestDatabase.inTransaction(em, () -> {
            Workspace workspace = new Workspace(name, Slugs.of(name), clock.instant());
            em.persist(workspace);
            em.flush();
            for (int member : members) {
                em.persist(new WorkspaceUser(member, workspace.getId(), clock.instant()));
            }
            return workspace;
        });
    }
}
