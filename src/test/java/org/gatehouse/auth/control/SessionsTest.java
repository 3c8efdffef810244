package org.gatehouse.auth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gatehouse.events.control.EventsFixture;
import org.gatehouse.platform.control.Outcome;
import org.gatehouse.settings.control.SettingsFixture;
import org.gatehouse.testing.TestDatabase;
import org.gatehouse.testsupport.MutableClock;
import org.gatehouse.users.control.RoleRules;
import org.gatehouse.users.control.UsersFixture;
import org.gatehouse.users.entity.Role;
import org.gatehouse.users.entity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ending sessions as the sessions page does: when each user's last ended, and every session at once. */
class SessionsTest {

    private final MutableClock clock = MutableClock.at(Instant.parse("2026-06-01T12:00:00Z"));
    private TestDatabase db;
    private EntityManager em;
    private Sessions sessions;
    private User admin;
    private User manager;
    private User jane;

    @BeforeEach
    void wire() {
        db = TestDatabase.migrated(TestDatabase.Kind.DERBY);
        em = db.entityManagerFactory().createEntityManager();
        SingleUserSessions single = new SingleUserSessions();
        single.settings = SettingsFixture.systemSettings(em, clock);
        single.clock = clock;
        sessions = new Sessions();
        sessions.em = em;
        sessions.singleUser = single;
        sessions.clock = clock;
        sessions.roleRules = UsersFixture.roleRules(em);
        sessions.events = EventsFixture.eventLog(em, clock);
        admin = UsersFixture.persist(em, "root", Role.ADMIN, clock.instant());
        manager = UsersFixture.persist(em, "mia", Role.MANAGER, clock.instant());
        jane = UsersFixture.persist(em, "jane", Role.DEFAULT, clock.instant());
    }

    @AfterEach
    void close() {
        em.close();
        db.close();
    }

    private User reread(User user) {
        em.clear();
        return em.find(User.class, user.getId());
    }

    @Test
    void endedAtNamesOnlyTheUsersWhoseSessionsWereEnded() {
        clock.advance(Duration.ofMinutes(5));
        TestDatabase.inTransaction(em, () -> sessions.revokeFor(manager, jane.getId()));
        assertEquals(Map.of(jane.getId(), clock.instant()),
                sessions.endedAt(List.of(admin.getId(), manager.getId(), jane.getId())));
        assertEquals(Map.of(), sessions.endedAt(List.of()));
    }

    @Test
    void anAdminEndsEverySessionButTheirOwnAndThePasswordHoldersToo() {
        clock.advance(Duration.ofMinutes(5));
        Outcome<Sessions.EndedEverywhere> ended = TestDatabase.inTransaction(em,
                () -> sessions.endEverySession(Optional.of(admin), Optional.of("admin-session")));
        assertEquals(new Sessions.EndedEverywhere(3, true), ((Outcome.Done<Sessions.EndedEverywhere>) ended).value());
        for (User user : List.of(admin, manager, jane)) {
            assertEquals(clock.instant(), reread(user).getTokensValidAfter());
        }
        assertEquals("admin-session", reread(admin).getTokensKeptSession());
        assertNull(reread(jane).getTokensKeptSession());
        assertEquals(Optional.of(clock.instant()), sessions.singleUserEndedAt());
        assertEquals(List.of("all_sessions_revoked {\"users\":3,\"revokedBy\":\"root\"} by " + admin.getId()),
                EventsFixture.recorded(em, e -> e.getEvent() + " " + e.getMetadata() + " by " + e.getUserId()));
    }

    @Test
    void aManagerMayNotEndEverySession() {
        Outcome<Sessions.EndedEverywhere> refused = TestDatabase.inTransaction(em,
                () -> sessions.endEverySession(Optional.of(manager), Optional.empty()));
        assertEquals(RoleRules.CANNOT_MODIFY, refused.error());
        assertNull(reread(jane).getTokensValidAfter());
        assertTrue(sessions.singleUserEndedAt().isEmpty());
    }

    @Test
    void thePasswordHolderEndsEverySessionTheirsIncluded() {
        Outcome<Sessions.EndedEverywhere> ended = TestDatabase.inTransaction(em,
                () -> sessions.endEverySession(Optional.empty(), Optional.of("ignored")));
        assertEquals(new Sessions.EndedEverywhere(3, false), ((Outcome.Done<Sessions.EndedEverywhere>) ended).value());
        assertNull(reread(admin).getTokensKeptSession());
        assertEquals(Optional.of(clock.instant()), sessions.singleUserEndedAt());
        assertEquals(List.of("all_sessions_revoked {\"users\":3,\"revokedBy\":\"single-user\"} by null"),
                EventsFixture.recorded(em, e -> e.getEvent() + " " + e.getMetadata() + " by " + e.getUserId()));
    }
}
