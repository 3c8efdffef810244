package org.gatehouse.users.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;
import org.gatehouse.testing.TestDatabase;
import org.gatehouse.users.entity.Role;
import org.gatehouse.users.entity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract 4.3: a manager never touches an admin, the last admin is never lost. */
class RoleRulesTest {

    private TestDatabase db;
    private EntityManager em;
    private RoleRules rules;
    private final User admin = user("root", Role.ADMIN);
    private final User manager = user("mia", Role.MANAGER);
    private final User member = user("dan", Role.DEFAULT);

    @BeforeEach
    void open() {
        db = TestDatabase.migrated(TestDatabase.Kind.DERBY);
        em = db.entityManagerFactory().createEntityManager();
        rules = new RoleRules();
        rules.users = UsersFixture.directory(em);
    }

    @AfterEach
    void close() {
        em.close();
        db.close();
    }

    private static User user(String name, Role role) {
        return new User(name, "hash", role, Instant.EPOCH);
    }

    private static JsonObject role(String role) {
        return Json.createObjectBuilder().add("role", role).build();
    }

    @Test
    void roleSelection() {
        JsonObject none = JsonObject.EMPTY_JSON_OBJECT;
        assertEquals(Optional.empty(), rules.roleSelection(member, none), "no role in the body: nothing to check");
        assertEquals(Optional.empty(), rules.roleSelection(admin, role("anything")));
        assertEquals(Optional.empty(), rules.roleSelection(manager, role("default")));
        assertEquals(Optional.empty(), rules.roleSelection(manager, role("manager")));
        assertEquals(Optional.of(RoleRules.INVALID_ROLE_SELECTION), rules.roleSelection(manager, role("admin")));
        assertEquals(Optional.of(RoleRules.INVALID_ROLE_SELECTION),
                rules.roleSelection(manager, Json.createObjectBuilder().addNull("role").build()), "null is a property");
        assertEquals(Optional.of(RoleRules.INVALID_CALLER), rules.roleSelection(member, role("default")));
    }

    @Test
    void canModify() {
        assertEquals(Optional.empty(), rules.canModify(admin, admin));
        assertEquals(Optional.empty(), rules.canModify(manager, member));
        assertEquals(Optional.empty(), rules.canModify(manager, manager));
        assertEquals(Optional.of(RoleRules.CANNOT_MODIFY), rules.canModify(manager, admin));
        assertEquals(Optional.of(RoleRules.INVALID_CALLER), rules.canModify(member, member));
    }

    @Test
    void theLastActiveAdminCanBeNeitherDemotedNorSuspendedNorDeleted() {
        User only = persist(user("root", Role.ADMIN));
        assertEquals(Optional.of(RoleRules.LAST_ADMIN), inTransaction(() -> rules.keepsAnAdmin(only, role("default"))));
        assertEquals(Optional.of(RoleRules.LAST_ADMIN), inTransaction(() -> rules.keepsAnAdmin(only,
                Json.createObjectBuilder().add("suspended", 1).build())));
        assertEquals(Optional.of(RoleRules.LAST_ADMIN), inTransaction(() -> rules.keepsAnActiveAdminWithout(only)));
        assertEquals(Optional.empty(), inTransaction(() -> rules.keepsAnAdmin(only, role("admin"))), "same role");
        assertEquals(Optional.empty(), inTransaction(() -> rules.keepsAnAdmin(only, JsonObject.EMPTY_JSON_OBJECT)));
        assertEquals(Optional.empty(), inTransaction(() -> rules.keepsAnAdmin(member, role("admin"))));

        User suspended = user("dormant", Role.ADMIN);
        suspended.setSuspended(1);
        persist(suspended);
        assertEquals(Optional.of(RoleRules.LAST_ADMIN), inTransaction(() -> rules.keepsAnAdmin(only, role("default"))),
                "a suspended admin does not count");

        persist(user("second", Role.ADMIN));
        assertEquals(Optional.empty(), inTransaction(() -> rules.keepsAnAdmin(only, role("default"))));
    }

    private User persist(User user) {
        em.getTransaction().begin();
        em.persist(user);
        em.getTransaction().commit();
        return user;
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        em.getTransaction().begin();
        try {
            return work.get();
        } finally {
            em.getTransaction().rollback();
        }
    }
}
