package org.gatehouse.users.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gatehouse.auth.control.PasswordHashing;
import org.gatehouse.events.control.EventsFixture;
import org.gatehouse.settings.control.SettingsFixture;
import org.gatehouse.testing.TestDatabase;
import org.gatehouse.testsupport.MutableClock;
import org.gatehouse.users.entity.Role;
import org.gatehouse.users.entity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The console's own-password change: the current password first, then the confirmation, then the rules. */
class OwnPasswordChangeTest {

    private static final String CURRENT = "the-current-password-2026";
    private static final String NEXT = "the-next-password-2026";

    private final MutableClock clock = MutableClock.at(Instant.parse("2026-03-01T10:00:00Z"));
    private final PasswordHashing hashing = new PasswordHashing();
    private TestDatabase db;
    private EntityManager em;
    private UserService service;
    private User jane;

    @BeforeEach
    void wire() {
        db = TestDatabase.migrated(TestDatabase.Kind.DERBY);
        em = db.entityManagerFactory().createEntityManager();
        service = UsersFixture.userService(em, SettingsFixture.configuration(Map.of(),
                SettingsFixture.overlay(em, clock)), clock, EventsFixture.eventLog(em, clock));
        jane = TestDatabase.inTransaction(em, () -> {
            User user = new User("jane", hashing.hash(CURRENT), Role.DEFAULT, clock.instant());
            em.persist(user);
            return user;
        });
        clock.advance(Duration.ofSeconds(1));
    }

    @AfterEach
    void close() {
        em.close();
        db.close();
    }

    @Test
    void aWrongCurrentPasswordChangesNothing() {
        assertEquals(new ProfileUpdate.WrongCurrentPassword(UserService.WRONG_CURRENT_PASSWORD),
                change(new OwnPasswordChange("not-it", NEXT, NEXT)));
        assertEquals(new ProfileUpdate.WrongCurrentPassword(UserService.WRONG_CURRENT_PASSWORD),
                change(new OwnPasswordChange(null, NEXT, NEXT)));
        assertTrue(hashing.matches(CURRENT, em.find(User.class, jane.getId()).getPassword()));
        assertEquals(List.of("failed_password_change", "failed_password_change"), events(), "each refusal is logged");
    }

    @Test
    void theCurrentPasswordIsThrottledLikeASignIn() {
        for (int i = 0; i < 5; i++) {
            change(new OwnPasswordChange("guess-" + i, NEXT, NEXT));
        }
        assertEquals(new ProfileUpdate.WrongCurrentPassword(UserService.WRONG_CURRENT_PASSWORD),
                change(new OwnPasswordChange(CURRENT, NEXT, NEXT)), "the sixth waits out the lock, unchecked");
        assertTrue(hashing.matches(CURRENT, em.find(User.class, jane.getId()).getPassword()));
        clock.advance(Duration.ofSeconds(60));
        assertEquals(new ProfileUpdate.Saved(), change(new OwnPasswordChange(CURRENT, NEXT, NEXT)));
    }

    @Test
    void theConfirmationMustMatchAndThePolicyStillApplies() {
        assertEquals(new ProfileUpdate.Refused(UserService.PASSWORDS_DIFFER), change(new OwnPasswordChange(CURRENT, NEXT, "other")));
        assertEquals(new ProfileUpdate.Refused("password should be at least 8 characters long"),
                change(new OwnPasswordChange(CURRENT, "short", "short")));
        assertEquals(List.of(), events());
    }

    @Test
    void aRightChangeKeepsTheCallersSessionAndEndsTheOthers() {
        assertEquals(new ProfileUpdate.Saved(), change(new OwnPasswordChange(CURRENT, NEXT, NEXT)));
        User stored = em.find(User.class, jane.getId());
        assertTrue(hashing.matches(NEXT, stored.getPassword()));
        assertFalse(hashing.matches(CURRENT, stored.getPassword()));
        assertEquals(clock.instant(), stored.getTokensValidAfter());
        assertEquals("page-session", stored.getTokensKeptSession());
        assertEquals(List.of("user_updated"), events());
        assertFalse(new OwnPasswordChange(CURRENT, NEXT, NEXT).toString().contains(CURRENT), "no password in a log line");
    }

    private ProfileUpdate change(OwnPasswordChange change) {
        return TestDatabase.inTransaction(em, () -> service.changeOwnPassword(jane, change, Optional.of("page-session")));
    }

    private List<String> events() {
        return EventsFixture.recorded(em, e -> e.getEvent());
    }
}
