package org.gatehouse.auth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gatehouse.auth.entity.LoginFailureKey;
import org.gatehouse.events.control.EventsFixture;
import org.gatehouse.platform.control.Outcome;
import org.gatehouse.platform.control.PageRequest;
import java.util.Optional;
import org.gatehouse.settings.control.SettingsFixture;
import org.gatehouse.testing.TestDatabase;
import org.gatehouse.testsupport.MutableClock;
import org.gatehouse.users.control.RoleRules;
import org.gatehouse.users.entity.Role;
import org.gatehouse.users.control.UsersFixture;
import org.gatehouse.users.entity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A lockout as administrators see and clear it: the username's lock, never an address's. */
class LoginThrottleTest {

    private final MutableClock clock = MutableClock.at(Instant.parse("2026-06-01T12:00:00Z"));
    private TestDatabase db;
    private EntityManager em;
    private LoginThrottle throttle;
    private User admin;
    private User manager;
    private User jane;
    private User otherAdmin;

    @BeforeEach
    void wire() {
        wire(TestDatabase.Kind.DERBY);
    }

    private void wire(TestDatabase.Kind kind) {
        db = TestDatabase.migrated(kind);
        em = db.entityManagerFactory().createEntityManager();
        throttle = ThrottleFixture.loginThrottle(em, clock, SettingsFixture.configuration(
                // addresses lock as soon as usernames here, so each test sees both
                Map.of("GATEHOUSE_LOCKOUT_ADDRESS_THRESHOLD", "5"), SettingsFixture.overlay(em, clock)),
                EventsFixture.eventLog(em, clock));
        admin = persist("root", Role.ADMIN);
        manager = persist("mia", Role.MANAGER);
        jane = persist("jane", Role.DEFAULT);
        otherAdmin = persist("ada", Role.ADMIN);
    }

    static List<TestDatabase.Kind> databases() {
        return TestDatabase.kinds();
    }

    @AfterEach
    void close() {
        em.close();
        db.close();
    }

    private User persist(String name, Role role) {
        return UsersFixture.persist(em, name, role, clock.instant());
    }

    private void failFiveTimes(String username, String ip) {
        for (int i = 0; i < 5; i++) {
            TestDatabase.inTransaction(em, () -> {
                throttle.tryAttempt(List.of(LoginFailureKey.username(username), LoginFailureKey.ip(ip)));
                return null;
            });
        }
    }

    private boolean attempt(LoginFailureKey... keys) {
        return TestDatabase.inTransaction(em, () -> throttle.tryAttempt(List.of(keys)));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void everyAttemptIsCountedBeforeItsCheckSoTheSixthIsRefusedUnchecked(TestDatabase.Kind kind) {
        close();
        wire(kind);
        LoginFailureKey jane = LoginFailureKey.username("jane");
        LoginFailureKey address = LoginFailureKey.ip("203.0.113.7");
        for (int i = 1; i <= 5; i++) {
            assertTrue(attempt(jane, address), "attempt " + i + " is checked");
        }
        assertFalse(attempt(jane, address), "the sixth waits out the lock");
        assertFalse(attempt(LoginFailureKey.username("mia"), address), "so does another name from that address");
        assertEquals(5, throttle.lockoutOf("jane").orElseThrow().failures(), "refused attempts do not lengthen the lock");
        clock.advance(Duration.ofSeconds(60));
        assertTrue(attempt(jane, address), "after the wait one more is checked");
        assertEquals(new LoginThrottle.Lockout(6, clock.instant().plusSeconds(120)), throttle.lockoutOf("jane").orElseThrow());
    }

    @Test
    void aSuccessForgetsTheUsernameButHandsTheAddressOnlyItsOwnAttemptBack() {
        LoginFailureKey address = LoginFailureKey.ip("203.0.113.7");
        for (String sprayed : List.of("ada", "bob", "carl", "dora")) {
            assertTrue(attempt(LoginFailureKey.username(sprayed), address));
        }
        List<LoginFailureKey> own = List.of(LoginFailureKey.username("mallory"), address);
        assertTrue(attempt(own.toArray(LoginFailureKey[]::new)), "the fifth attempt is checked");
        assertFalse(attempt(LoginFailureKey.username("zed"), address), "it is counted before its check");
        TestDatabase.inTransaction(em, () -> {
            throttle.recordSuccess(own);
            return null;
        });
        assertTrue(attempt(LoginFailureKey.username("mallory")), "the username is forgiven");
        assertTrue(attempt(LoginFailureKey.username("erin"), address), "the address has four failures again");
        assertFalse(attempt(LoginFailureKey.username("fay"), address), "the attacker's own sign-in did not reset them");
    }

    @Test
    void aRefundedAttemptLiftsTheLockItsClaimSet() {
        LoginFailureKey jane = LoginFailureKey.username("jane");
        for (int i = 0; i < 5; i++) {
            assertTrue(attempt(jane));
        }
        TestDatabase.inTransaction(em, () -> {
            throttle.refund(List.of(jane));
            return null;
        });
        assertTrue(throttle.lockoutOf("jane").isEmpty());
        assertTrue(attempt(jane), "four failures: the next is checked");
    }

    @Test
    void fiveFailuresShowAsALockoutUntilItsEnd() {
        failFiveTimes("jane", "203.0.113.7");
        assertEquals(new LoginThrottle.Lockout(5, clock.instant().plusSeconds(60)), throttle.lockoutOf("jane").orElseThrow());
        assertEquals(Set.of("jane"), throttle.lockedUsernames(List.of("jane", "mia", "203.0.113.7")));
        clock.advance(Duration.ofSeconds(60));
        assertTrue(throttle.lockoutOf("jane").isEmpty(), "the lock has ended");
        assertEquals(Set.of(), throttle.lockedUsernames(List.of("jane")));
    }

    @Test
    void unlockingForgetsTheUsernamesFailuresKeepsTheAddressLockAndRecordsWhoDidIt() {
        failFiveTimes("jane", "203.0.113.7");
        Outcome<User> unlocked = TestDatabase.inTransaction(em, () -> throttle.unlock(manager, jane.getId()));
        assertInstanceOf(Outcome.Done.class, unlocked);
        assertTrue(throttle.lockoutOf("jane").isEmpty());
        assertFalse(attempt(LoginFailureKey.ip("203.0.113.7")), "the address stays locked");
        assertEquals(List.of("user_unlocked {\"username\":\"jane\",\"unlockedBy\":\"mia\"} by " + manager.getId()),
                EventsFixture.recorded(em, e -> e.getEvent() + " " + e.getMetadata() + " by " + e.getUserId()));
    }

    @Test
    void aManagerCannotUnlockAnAdminAndAnUnknownUserIsNotFound() {
        failFiveTimes("ada", "203.0.113.8");
        assertEquals(RoleRules.CANNOT_MODIFY, TestDatabase.inTransaction(em, () -> throttle.unlock(manager, otherAdmin.getId())).error());
        assertTrue(throttle.lockoutOf("ada").isPresent());
        assertInstanceOf(Outcome.NotFound.class, TestDatabase.inTransaction(em, () -> throttle.unlock(admin, 9999)));
        assertInstanceOf(Outcome.Done.class, TestDatabase.inTransaction(em, () -> throttle.unlock(admin, otherAdmin.getId())));
        assertTrue(throttle.lockoutOf("ada").isEmpty());
    }

    private List<String> listed(Optional<User> actor) {
        return throttle.locks(actor, new PageRequest(0, 10)).rows().stream()
                .map(lock -> lock.key().getScope() + ":" + lock.key().getSubject() + (lock.mayClear() ? "" : " (refused)"))
                .sorted().toList();
    }

    @Test
    void theLocksInForceAreListedWithWhatAManagerMayLift() {
        failFiveTimes("ada", "203.0.113.8");
        failFiveTimes("nobody", "203.0.113.9");
        assertEquals(List.of("ip:203.0.113.8", "ip:203.0.113.9", "username:ada (refused)", "username:nobody"),
                listed(Optional.of(manager)));
        assertEquals(List.of("ip:203.0.113.8", "ip:203.0.113.9", "username:ada", "username:nobody"), listed(Optional.of(admin)));
        assertEquals(4, throttle.locks(Optional.empty(), new PageRequest(0, 2)).total());
        clock.advance(Duration.ofSeconds(60));
        assertEquals(List.of(), listed(Optional.of(admin)), "ended locks are not listed");
    }

    @Test
    void clearingAnAddressOrUnknownUsernameLogsLockoutClearedAndAnAccountGoesThroughUnlock() {
        failFiveTimes("nobody", "203.0.113.9");
        failFiveTimes("jane", "203.0.113.9");
        assertInstanceOf(Outcome.Done.class, TestDatabase.inTransaction(em,
                () -> throttle.clear(Optional.of(manager), LoginFailureKey.ip("203.0.113.9"))));
        assertInstanceOf(Outcome.Done.class, TestDatabase.inTransaction(em,
                () -> throttle.clear(Optional.of(manager), LoginFailureKey.username("nobody"))));
        assertInstanceOf(Outcome.Done.class, TestDatabase.inTransaction(em,
                () -> throttle.clear(Optional.of(manager), LoginFailureKey.username("jane"))));
        assertEquals(List.of(), listed(Optional.of(admin)));
        assertEquals(List.of(
                "lockout_cleared {\"scope\":\"ip\",\"subject\":\"203.0.113.9\",\"clearedBy\":\"mia\"} by " + manager.getId(),
                "lockout_cleared {\"scope\":\"username\",\"subject\":\"nobody\",\"clearedBy\":\"mia\"} by " + manager.getId(),
                "user_unlocked {\"username\":\"jane\",\"unlockedBy\":\"mia\"} by " + manager.getId()),
                EventsFixture.recorded(em, e -> e.getEvent() + " " + e.getMetadata() + " by " + e.getUserId()));
    }

    @Test
    void aManagerCannotClearAnAdminsUsernameNorADefaultUserAnything() {
        failFiveTimes("ada", "203.0.113.8");
        assertEquals(RoleRules.CANNOT_MODIFY, TestDatabase.inTransaction(em,
                () -> throttle.clear(Optional.of(manager), LoginFailureKey.username("ada"))).error());
        assertEquals(RoleRules.INVALID_CALLER, TestDatabase.inTransaction(em,
                () -> throttle.clear(Optional.of(jane), LoginFailureKey.ip("203.0.113.8"))).error());
        assertEquals(RoleRules.INVALID_CALLER, TestDatabase.inTransaction(em, () -> throttle.clearAll(Optional.of(jane))).error());
        assertTrue(throttle.lockoutOf("ada").isPresent());
    }

    @Test
    void clearAllLiftsWhatTheCallerMayAndCountsWhatStays() {
        failFiveTimes("ada", "203.0.113.8");
        failFiveTimes("jane", "203.0.113.9");
        Outcome<LoginThrottle.Cleared> byManager = TestDatabase.inTransaction(em, () -> throttle.clearAll(Optional.of(manager)));
        assertEquals(new LoginThrottle.Cleared(3, 1), ((Outcome.Done<LoginThrottle.Cleared>) byManager).value());
        assertEquals(List.of("username:ada"), listed(Optional.of(admin)));
        Outcome<LoginThrottle.Cleared> byHolder = TestDatabase.inTransaction(em, () -> throttle.clearAll(Optional.empty()));
        assertEquals(new LoginThrottle.Cleared(1, 0), ((Outcome.Done<LoginThrottle.Cleared>) byHolder).value());
        assertEquals(List.of("lockouts_cleared {\"cleared\":3,\"clearedBy\":\"mia\"}",
                "lockouts_cleared {\"cleared\":1,\"clearedBy\":\"single-user\"}"),
                EventsFixture.recorded(em, e -> e.getEvent() + " " + e.getMetadata()));
    }
}
