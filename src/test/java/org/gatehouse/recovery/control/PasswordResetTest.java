package org.gatehouse.recovery.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.gatehouse.events.control.EventLogService;
import org.gatehouse.events.control.EventsFixture;
import org.gatehouse.platform.crypto.SecretDigest;
import org.gatehouse.recovery.entity.PasswordResetToken;
import org.gatehouse.settings.control.SettingsFixture;
import org.gatehouse.testing.TestDatabase;
import org.gatehouse.testsupport.MutableClock;
import org.gatehouse.users.control.UsersFixture;
import org.gatehouse.users.entity.Role;
import org.gatehouse.users.entity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** E16's reset as a page needs it: the password rule's message, and the token kept for another try. */
class PasswordResetTest {

    private static final String TOKEN = "2f1c3b8e-6a1d-4c7e-9b2a-5d4e3f2a1b0c";
    private final MutableClock clock = MutableClock.at(Instant.parse("2026-03-01T10:00:00Z"));
    private TestDatabase db;
    private EntityManager em;
    private AccountRecovery recovery;
    private int userId;

    @BeforeEach
    void wire() {
        db = TestDatabase.migrated(TestDatabase.Kind.DERBY);
        em = db.entityManagerFactory().createEntityManager();
        EventLogService log = EventsFixture.eventLog(em, clock);
        recovery = new AccountRecovery();
        recovery.em = em;
        recovery.clock = clock;
        recovery.events = log;
        recovery.userService = UsersFixture.userService(em, SettingsFixture.configuration(Map.of(),
                SettingsFixture.overlay(em, clock)), clock, log);
        userId = TestDatabase.inTransaction(em, () -> {
            User user = new User("dan", "hash", Role.DEFAULT, clock.instant());
            em.persist(user);
            em.flush();
            em.persist(new PasswordResetToken(user.getId(), SecretDigest.of(TOKEN),
                    clock.instant().plus(Duration.ofMinutes(10)), clock.instant()));
            return user.getId();
        });
    }

    @AfterEach
    void close() {
        em.close();
        db.close();
    }

    @Test
    void aWeakPasswordIsRefusedWithThePolicysMessageAndTheTokenStillWorks() {
        AccountRecovery.Reset weak = TestDatabase.inTransaction(em, () -> recovery.reset(TOKEN, "short", "short"));
        assertFalse(weak.success());
        assertNull(weak.message(), "the API still answers without a message (contract E16)");
        assertEquals("password should be at least 8 characters long", weak.passwordProblem());

        AccountRecovery.Reset done = TestDatabase.inTransaction(em,
                () -> recovery.reset(TOKEN, "a-much-longer-pass-2026", "a-much-longer-pass-2026"));
        assertTrue(done.success());
        assertEquals("Password reset successful", done.message());
        assertNull(done.passwordProblem());
        AccountRecovery.Reset again = TestDatabase.inTransaction(em,
                () -> recovery.reset(TOKEN, "a-much-longer-pass-2026", "a-much-longer-pass-2026"));
        assertFalse(again.success(), "a used token is gone");
        assertNull(again.passwordProblem());
    }

    @Test
    void mismatchedConfirmationIsNotAPasswordRuleProblem() {
        AccountRecovery.Reset reset = TestDatabase.inTransaction(em,
                () -> recovery.reset(TOKEN, "a-much-longer-pass-2026", "something-else"));
        assertEquals("Passwords do not match", reset.message());
        assertNull(reset.passwordProblem());
        assertTrue(userId > 0);
    }
}
