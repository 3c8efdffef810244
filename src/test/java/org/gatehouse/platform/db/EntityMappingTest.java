package org.gatehouse.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.gatehouse.apikeys.entity.ApiKey;
import org.gatehouse.apikeys.entity.BrowserExtensionApiKey;
import org.gatehouse.events.entity.EventLog;
import org.gatehouse.invites.entity.Invite;
import org.gatehouse.recovery.entity.PasswordResetToken;
import org.gatehouse.recovery.entity.RecoveryCode;
import org.gatehouse.settings.entity.EnvironmentOverride;
import org.gatehouse.settings.entity.SystemSetting;
import org.gatehouse.sso.entity.TemporaryAuthToken;
import org.gatehouse.testing.TestDatabase;
import org.gatehouse.testing.TestDatabase.Kind;
import org.gatehouse.users.entity.Role;
import org.gatehouse.users.entity.User;
import org.gatehouse.workspaces.entity.DocumentVector;
import org.gatehouse.workspaces.entity.Workspace;
import org.gatehouse.workspaces.entity.WorkspaceChat;
import org.gatehouse.workspaces.entity.WorkspaceDocument;
import org.gatehouse.workspaces.entity.WorkspaceThread;
import org.gatehouse.workspaces.entity.WorkspaceUser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The WAR's persistence unit maps every entity onto the migrated schema, and values survive the round trip. */
class EntityMappingTest {

    private static final Instant NOW = Instant.parse("2025-02-03T10:11:12.345Z");

    static List<Kind> databases() {
        return TestDatabase.kinds();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void everyEntityRoundTrips(Kind kind) {
        try (TestDatabase db = TestDatabase.migrated(kind)) {
            EntityManager em = db.entityManagerFactory().createEntityManager();
            User jane = new User("jane", "$2b$10$hash", Role.MANAGER, NOW);
            jane.setDailyMessageLimit(5);
            Workspace alpha = new Workspace("Alpha", "alpha", NOW);
            alpha.setOpenAiPrompt("x".repeat(40_000));
            inTransaction(em, e -> {
                e.persist(jane);
                e.persist(alpha);
            });
            int janeId = jane.getId();
            int alphaId = alpha.getId();
            inTransaction(em, e -> {
                e.persist(new WorkspaceUser(janeId, alphaId, NOW));
                e.persist(new WorkspaceThread("t", "t-1", alphaId, janeId, NOW));
                e.persist(new WorkspaceChat(alphaId, janeId, "prompt", "{\"text\":\"" + "y".repeat(40_000) + "\"}", NOW));
                e.persist(new WorkspaceDocument("doc-1", "a.pdf", "custom-documents/a.json", alphaId, NOW));
                e.persist(new DocumentVector("doc-1", "vec-1", NOW));
                e.persist(new ApiKey("ci", "digest-1", "ABCDEFG", janeId, null, NOW));
                e.persist(new BrowserExtensionApiKey("digest-brx-1", "brx-ABCDEFG", janeId, NOW));
                e.persist(new Invite("CODE-1", 0, "[1,2]", NOW));
                e.persist(new EventLog("login_event", "{\"ip\":\"127.0.0.1\"}", janeId, NOW));
                e.persist(new SystemSetting("custom_app_name", "Acme", NOW));
                e.persist(new EnvironmentOverride("AUTH_TOKEN", null, NOW));
                e.persist(new TemporaryAuthToken("allm-tat-1", janeId, NOW.plusSeconds(360), NOW));
                e.persist(new RecoveryCode(janeId, "$2b$10$code", NOW));
                e.persist(new PasswordResetToken(janeId, "uuid-1", NOW.plusSeconds(600), NOW));
            });
            em.clear();

            User loaded = em.createNamedQuery(User.BY_USERNAME, User.class)
                    .setParameter("username", "jane").getSingleResult();
            assertEquals("manager", loaded.getRole());
            assertEquals(0, loaded.getSuspended());
            assertEquals(Boolean.FALSE, loaded.getSeenRecoveryCodes());
            assertEquals(5, loaded.getDailyMessageLimit());
            assertEquals("", loaded.getBio());
            assertEquals(NOW, loaded.getCreatedAt(), "instants keep their milliseconds, in UTC");
            Workspace workspace = em.createNamedQuery(Workspace.BY_SLUG, Workspace.class)
                    .setParameter("slug", "alpha").getSingleResult();
            assertEquals(40_000, workspace.getOpenAiPrompt().length(), "long text is not truncated");
            assertEquals(20, workspace.getOpenAiHistory());
            assertEquals(0.25, workspace.getSimilarityThreshold());
            assertEquals("digest-brx-1", em.find(BrowserExtensionApiKey.class, 1).getKeyDigest());
            assertEquals("[1,2]", em.createNamedQuery(Invite.BY_CODE, Invite.class)
                    .setParameter("code", "CODE-1").getSingleResult().getWorkspaceIds());
            assertEquals("Acme", em.createNamedQuery(SystemSetting.BY_LABEL, SystemSetting.class)
                    .setParameter("label", "custom_app_name").getSingleResult().getValue());
            assertNull(em.find(EnvironmentOverride.class, "AUTH_TOKEN").getValue());
            assertEquals(NOW.plusSeconds(360), em.createQuery("SELECT t FROM TemporaryAuthToken t",
                    TemporaryAuthToken.class).getSingleResult().getExpiresAt());
            assertEquals(1, em.createQuery("SELECT c FROM WorkspaceChat c", WorkspaceChat.class)
                    .getResultList().size());
            assertNotNull(em.createQuery("SELECT e FROM EventLog e", EventLog.class).getSingleResult().getId());
            em.close();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void duplicateUsernameFailsTheTransactionAndLeavesNothingWritten(Kind kind) {
        try (TestDatabase db = TestDatabase.migrated(kind)) {
            EntityManager em = db.entityManagerFactory().createEntityManager();
            inTransaction(em, e -> e.persist(new User("jane", "h", Role.DEFAULT, NOW)));
            assertThrows(PersistenceException.class, () -> inTransaction(em, e -> {
                e.persist(new Workspace("Beta", "beta", NOW));
                e.persist(new User("jane", "h", Role.ADMIN, NOW));
            }));
            EntityManager fresh = db.entityManagerFactory().createEntityManager();
            assertEquals(0L, fresh.createQuery("SELECT COUNT(w) FROM Workspace w", Long.class).getSingleResult(),
                    "the workspace of the failed transaction was rolled back");
            fresh.close();
        }
    }

    private static void inTransaction(EntityManager em, Consumer<EntityManager> work) {
        em.getTransaction().begin();
        try {
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
        }
    }
}
