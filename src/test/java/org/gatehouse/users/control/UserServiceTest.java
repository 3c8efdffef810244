package org.gatehouse.users.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.gatehouse.events.control.EventLogService;
import org.gatehouse.events.control.EventsFixture;
import org.gatehouse.platform.control.Outcome;
import org.gatehouse.settings.control.SettingsFixture;
import org.gatehouse.testing.TestDatabase;
import org.gatehouse.testsupport.MutableClock;
import org.gatehouse.users.entity.Role;
import org.gatehouse.users.entity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** USER-CREATE and USER-UPDATE (contract 5.0) with typed input: the first rule broken, in the contract's order. */
class UserServiceTest {

    private static final String GOOD = "a-long-enough-password";
    private static final String PATTERN = UsernameRules.PATTERN_MESSAGE;
    private static final String TOO_SHORT = "password should be at least 8 characters long";

    private final MutableClock clock = MutableClock.at(Instant.parse("2026-03-01T10:00:00Z"));
    private TestDatabase db;
    private EntityManager em;
    private UserService service;

    @BeforeEach
    void wire() {
        db = TestDatabase.migrated(TestDatabase.Kind.DERBY);
        em = db.entityManagerFactory().createEntityManager();
        EventLogService log = EventsFixture.eventLog(em, clock);
        service = UsersFixture.userService(em, SettingsFixture.configuration(Map.of(),
                SettingsFixture.overlay(em, clock)), clock, log);
    }

    @AfterEach
    void close() {
        em.close();
        db.close();
    }

    private static NewUser account(String username, PasswordInput password, Optional<RoleChoice> role, String bio,
                                   DailyLimit limit) {
        return new NewUser(username, password, role, bio, limit);
    }

    private static NewUser account(String username, String password) {
        return account(username, PasswordInput.of(password), Optional.empty(), "", DailyLimit.unlimited());
    }

    private static final Optional<RoleChoice> NO_ROLE = Optional.of(new RoleChoice.Unknown());

    private String refusal(Supplier<Outcome<User>> action) {
        return inTransaction(() -> {
            Outcome<User> outcome = action.get();
            assertInstanceOf(Outcome.Refused.class, outcome, () -> "refused: " + outcome);
            return outcome.error();
        });
    }

    @Test
    void createChecksPasswordThenUsernameThenRoleBioLimitAndUniqueness() {
        inTransaction(() -> service.create(account("taken", GOOD)));
        assertEquals(UserService.PASSWORD_NOT_TEXT, refusal(() -> service.create(account("Xavier", new PasswordInput.NotText(),
                NO_ROLE, "", new DailyLimit.Invalid()))));
        assertEquals("\"value\" is not allowed to be empty", refusal(() -> service.create(account("Xavier", ""))));
        assertEquals(TOO_SHORT, refusal(() -> service.create(account("Xavier", "short"))), "the password before the username");
        assertEquals(PATTERN, refusal(() -> service.create(account("Xavier", PasswordInput.of(GOOD), NO_ROLE, "x".repeat(1001),
                new DailyLimit.Invalid()))));
        assertEquals(UserService.INVALID_ROLE, refusal(() -> service.create(account("taken", PasswordInput.of(GOOD),
                NO_ROLE, "x".repeat(1001), new DailyLimit.Invalid()))));
        assertEquals(UserService.INVALID_ROLE, refusal(() -> service.create(account("eve", PasswordInput.of(GOOD),
                Optional.of(new RoleChoice.Coerced(Role.ADMIN)), "", DailyLimit.unlimited()))),
                "USER-CREATE takes only a string as a role");
        assertEquals(UserService.BIO_TOO_LONG, refusal(() -> service.create(account("taken", PasswordInput.of(GOOD),
                Optional.empty(), "x".repeat(1001), new DailyLimit.Invalid()))));
        assertEquals(UserService.BAD_LIMIT, refusal(() -> service.create(account("taken", PasswordInput.of(GOOD),
                Optional.empty(), "x".repeat(1000), new DailyLimit.Invalid()))));
        assertEquals(UsernameRules.TAKEN, refusal(() -> service.create(account("taken", GOOD))));
    }

    @Test
    void createStoresRoleBioAndLimit() {
        User user = inTransaction(() -> ((Outcome.Done<User>) service.create(account("eve", PasswordInput.of(GOOD),
                Optional.of(RoleChoice.named(Role.MANAGER)), "Librarian", new DailyLimit.Limit(5)))).value());
        assertEquals(Role.MANAGER.wireName(), user.getRole());
        assertEquals("Librarian", user.getBio());
        assertEquals(5, user.getDailyMessageLimit());
        assertEquals(List.of(), events(), "USER-CREATE itself logs no event");
    }

    @Test
    void updateChecksUsernameRoleBioLimitThenEmptinessThenPasswordThenUniqueness() {
        int id = created("jane");
        created("taken");
        assertInstanceOf(Outcome.NotFound.class, inTransaction(() -> service.update(9999, UserChanges.none())));
        UserChanges everythingWrong = new UserChanges(Optional.of("Xavier"), Optional.of("short"), Optional.empty(), NO_ROLE,
                Optional.empty(), Optional.of(new DailyLimit.Invalid()), Optional.of("x".repeat(1001)));
        assertEquals(PATTERN, refusal(() -> service.update(id, everythingWrong)));
        assertEquals(UserService.INVALID_ROLE, refusal(() -> service.update(id, everythingWrong.withUsername(Optional.of("taken")))));
        UserChanges noRole = new UserChanges(Optional.of("taken"), Optional.of("short"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(new DailyLimit.Invalid()), Optional.of("x".repeat(1001)));
        assertEquals(UserService.BIO_TOO_LONG, refusal(() -> service.update(id, noRole)));
        assertEquals(UserService.BAD_LIMIT, refusal(() -> service.update(id, noRole.withBio(Optional.empty()))));
        assertEquals(UserService.NO_UPDATES, refusal(() -> service.update(id, UserChanges.none().withUsername(Optional.of("jane")))),
                "the current username is no change");
        assertEquals(TOO_SHORT, refusal(() -> service.update(id, UserChanges.none().withUsername(Optional.of("taken"))
                .withPassword(Optional.of("short")))), "the password before uniqueness");
        assertEquals(UsernameRules.TAKEN, refusal(() -> service.update(id, UserChanges.none().withUsername(Optional.of("taken")))));
        assertEquals(List.of(), events());
    }

    @Test
    void updateLogsOnlyRealChangesInFieldOrderAndNeverThePassword() {
        int id = created("jane");
        UserChanges changes = new UserChanges(Optional.of("jane.doe"), Optional.of(GOOD + "2"), Optional.empty(),
                Optional.of(new RoleChoice.Coerced(Role.MANAGER)), Optional.of(false), Optional.of(new DailyLimit.Limit(3)),
                Optional.of(""));
        assertInstanceOf(Outcome.Done.class, inTransaction(() -> service.update(id, changes)));
        assertEquals(List.of("user_updated {\"username\":\"jane.doe\",\"changes\":{\"username\":\"jane => jane.doe\","
                + "\"role\":\"default => manager\",\"dailyMessageLimit\":\"null => 3\"}} " + id), events());
    }

    @Test
    void aNewPasswordEndsEverySessionButTheOwnProfileChangeKeepsTheCallersOne() {
        int id = created("jane");
        User jane = em.find(User.class, id);
        clock.advance(Duration.ofSeconds(1));
        inTransaction(() -> service.update(id, UserChanges.newPassword(GOOD + "2")));
        assertEquals(clock.instant(), jane.getTokensValidAfter());
        assertNull(jane.getTokensKeptSession(), "an administrator's change ends every session");

        clock.advance(Duration.ofSeconds(1));
        ProfileUpdate saved = inTransaction(() -> service.updateOwnProfile(jane,
                new ProfileChanges(Optional.empty(), Optional.of(GOOD + "3"), Optional.empty()), Optional.of("this-session")));
        assertInstanceOf(ProfileUpdate.Saved.class, saved);
        assertEquals(clock.instant(), jane.getTokensValidAfter());
        assertEquals("this-session", jane.getTokensKeptSession());

        clock.advance(Duration.ofSeconds(1));
        inTransaction(() -> service.updateOwnProfile(jane,
                new ProfileChanges(Optional.empty(), Optional.empty(), Optional.of("Librarian")), Optional.of("other")));
        assertEquals("this-session", jane.getTokensKeptSession(), "a bio leaves the sessions alone");

        inTransaction(() -> service.update(id, new UserChanges(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(true), Optional.empty(), Optional.empty())));
        assertEquals(clock.instant(), jane.getTokensValidAfter());
        assertNull(jane.getTokensKeptSession(), "a suspension ends every session");
    }

    @Test
    void ownProfileRefusesAnInvalidUsernameBeforeAnythingElse() {
        User jane = em.find(User.class, created("jane"));
        assertEquals(new ProfileUpdate.InvalidUsername(PATTERN), inTransaction(() -> service.updateOwnProfile(jane,
                new ProfileChanges(Optional.of("Jane"), Optional.of("short"), Optional.empty()), Optional.empty())));
        assertEquals(new ProfileUpdate.Saved(), inTransaction(() -> service.updateOwnProfile(jane,
                new ProfileChanges(Optional.of("jane"), Optional.empty(), Optional.empty()), Optional.empty())));
        assertEquals(new ProfileUpdate.Refused(TOO_SHORT), inTransaction(() -> service.updateOwnProfile(jane,
                new ProfileChanges(Optional.of("jane"), Optional.of("short"), Optional.empty()), Optional.empty())));
        assertEquals(List.of(), events(), "nothing changed, nothing logged");
    }

    private int created(String username) {
        return inTransaction(() -> ((Outcome.Done<User>) service.create(account(username, GOOD))).value()).getId();
    }

    private <T> T inTransaction(Supplier<T> work) {
        return TestDatabase.inTransaction(em, work);
    }

    /** The events the real event log wrote to the test database. */
    private List<String> events() {
        return EventsFixture.recorded(em, e -> e.getEvent() + " " + e.getMetadata() + " " + e.getUserId());
    }
}
