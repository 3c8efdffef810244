package org.gatehouse.users.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.gatehouse.events.control.EventsFixture;
import org.gatehouse.platform.control.Outcome;
import org.gatehouse.testing.TestDatabase;
import org.gatehouse.settings.control.SettingsFixture;
import org.gatehouse.testsupport.MutableClock;
import org.gatehouse.users.entity.Role;
import org.gatehouse.users.entity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A bulk action is each row's own action: refused rows say why, the others are done. */
class UserBulkActionsTest {

    private final MutableClock clock = MutableClock.at(Instant.parse("2026-06-01T12:00:00Z"));
    private TestDatabase db;
    private EntityManager em;
    private UserBulkActions bulk;
    private User admin;
    private User manager;
    private User dan;
    private User eve;

    @BeforeEach
    void wire() {
        db = TestDatabase.migrated(TestDatabase.Kind.DERBY);
        em = db.entityManagerFactory().createEntityManager();
        bulk = new UserBulkActions();
        bulk.administration = UsersFixture.administration(em,
                SettingsFixture.configuration(Map.of(), SettingsFixture.overlay(em, clock)), clock,
                EventsFixture.eventLog(em, clock));
        admin = persist("root", Role.ADMIN);
        manager = persist("mia", Role.MANAGER);
        dan = persist("dan", Role.DEFAULT);
        eve = persist("eve", Role.DEFAULT);
    }

    @AfterEach
    void close() {
        em.close();
        db.close();
    }

    private User persist(String name, Role role) {
        return UsersFixture.persist(em, name, role, clock.instant());
    }

    private List<String> apply(User actor, List<Integer> ids, BulkAction action) {
        return TestDatabase.inTransaction(em, () -> bulk.apply(actor, ids, action)).stream()
                .map(row -> row.username() + ": " + (row.outcome().isDone() ? "done" : row.outcome().error())).toList();
    }

    @Test
    void aManagerSuspendsTheOthersButNotTheAdmin() {
        assertEquals(List.of("dan: done", "root: " + RoleRules.CANNOT_MODIFY, "eve: done"),
                apply(manager, List.of(dan.getId(), admin.getId(), eve.getId(), dan.getId()), new BulkAction.Suspend()));
        em.clear();
        assertEquals(1, em.find(User.class, dan.getId()).getSuspended());
        assertEquals(0, em.find(User.class, admin.getId()).getSuspended());
    }

    @Test
    void aManagerCannotPromoteToAdminAndTheLastAdminKeepsTheRole() {
        assertEquals(List.of("dan: " + RoleRules.INVALID_ROLE_SELECTION),
                apply(manager, List.of(dan.getId()), new BulkAction.ChangeRole(Role.ADMIN)));
        assertEquals(List.of("root: " + RoleRules.LAST_ADMIN, "dan: done"),
                apply(admin, List.of(admin.getId(), dan.getId()), new BulkAction.ChangeRole(Role.MANAGER)));
    }

    @Test
    void deleteRemovesEachRowItMayAndAnUnknownIdIsNotFound() {
        List<String> rows = apply(admin, List.of(eve.getId(), 9999, admin.getId()), new BulkAction.Delete());
        assertEquals(List.of("eve: done", "null: " + UserAdministration.NOT_FOUND, "root: " + RoleRules.LAST_ADMIN), rows);
        assertEquals(null, em.find(User.class, eve.getId()));
        assertEquals(Outcome.NotFound.class, TestDatabase.inTransaction(em,
                () -> bulk.administration.delete(admin, eve.getId())).getClass());
    }
}
