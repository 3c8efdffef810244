package org.gatehouse.users.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    private static Optional<RoleChoice> named(Role role) {
        return Optional.of(RoleChoice.named(role));
    }

    private static final Optional<RoleChoice> UNKNOWN = Optional.of(new RoleChoice.Unknown());

    private static UserChanges role(Role role) {
        return new UserChanges(Optional.empty(), Optional.empty(), Optional.empty(), named(role), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    private static UserChanges suspended(boolean suspended) {
        return new UserChanges(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(suspended), Optional.empty(), Optional.empty());
    }

    @Test
    void roleSelection() {
        assertEquals(Optional.empty(), rules.roleSelection(member, Optional.empty()), "no role in the body: nothing to check");
        assertEquals(Optional.empty(), rules.roleSelection(admin, UNKNOWN), "an admin may ask for anything");
        assertEquals(Optional.empty(), rules.roleSelection(manager, named(Role.DEFAULT)));
        assertEquals(Optional.empty(), rules.roleSelection(manager, named(Role.MANAGER)));
        assertEquals(Optional.of(RoleRules.INVALID_ROLE_SELECTION), rules.roleSelection(manager, named(Role.ADMIN)));
        assertEquals(Optional.of(RoleRules.INVALID_ROLE_SELECTION), rules.roleSelection(manager, UNKNOWN),
                "null is a property");
        assertEquals(Optional.of(RoleRules.INVALID_CALLER), rules.roleSelection(member, named(Role.DEFAULT)));
    }

    @Test
    void aRoleThatIsNoStringIsNoRoleSelectionEvenWhenItsTextNamesOne() {
        Optional<RoleChoice> coerced = Optional.of(new RoleChoice.Coerced(Role.MANAGER));
        assertEquals(Optional.of(RoleRules.INVALID_ROLE_SELECTION), rules.roleSelection(manager, coerced),
                "[\"manager\"] is not strictly \"manager\"");
        User only = persist(user("root", Role.ADMIN));
        UserChanges toAdmin = role(Role.ADMIN).withUsername(Optional.empty());
        UserChanges coercedAdmin = new UserChanges(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(new RoleChoice.Coerced(Role.ADMIN)), Optional.empty(), Optional.empty(), Optional.empty());
        assertEquals(Optional.empty(), inTransaction(() -> rules.keepsAnAdmin(only, toAdmin)));
        assertEquals(Optional.of(RoleRules.LAST_ADMIN), inTransaction(() -> rules.keepsAnAdmin(only, coercedAdmin)),
                "[\"admin\"] counts as a demotion, as AnythingLLM's strict comparison reads it");
    }

    @Test
    void aManagerCannotTouchAnAdminNorMakeOne() {
        assertEquals(Optional.of(RoleRules.CANNOT_MODIFY), rules.canModify(manager, admin));
        assertEquals(Optional.of(RoleRules.INVALID_ROLE_SELECTION), rules.roleSelection(manager, named(Role.ADMIN)));
        assertEquals(Optional.empty(), rules.canModify(admin, manager));
        assertEquals(Optional.empty(), rules.roleSelection(admin, named(Role.ADMIN)));
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
        assertEquals(Optional.of(RoleRules.LAST_ADMIN), inTransaction(() -> rules.keepsAnAdmin(only, role(Role.DEFAULT))));
        assertEquals(Optional.of(RoleRules.LAST_ADMIN), inTransaction(() -> rules.keepsAnAdmin(only, suspended(true))));
        assertEquals(Optional.of(RoleRules.LAST_ADMIN), inTransaction(() -> rules.keepsAnActiveAdminWithout(only)));
        assertEquals(Optional.empty(), inTransaction(() -> rules.keepsAnAdmin(only, role(Role.ADMIN))), "same role");
        assertEquals(Optional.empty(), inTransaction(() -> rules.keepsAnAdmin(only, UserChanges.none())));
        assertEquals(Optional.empty(), inTransaction(() -> rules.keepsAnAdmin(only, suspended(false))), "suspended: 0");
        assertEquals(Optional.empty(), inTransaction(() -> rules.keepsAnAdmin(member, role(Role.ADMIN))));

        User suspended = user("dormant", Role.ADMIN);
        suspended.setSuspended(1);
        persist(suspended);
        assertEquals(Optional.of(RoleRules.LAST_ADMIN), inTransaction(() -> rules.keepsAnAdmin(only, role(Role.DEFAULT))),
                "a suspended admin does not count");

        persist(user("second", Role.ADMIN));
        assertEquals(Optional.empty(), inTransaction(() -> rules.keepsAnAdmin(only, role(Role.DEFAULT))));
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
