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
import org.gatehouse.auth.control.LoginThrottle;
import org.gatehouse.auth.control.ThrottleFixture;
import org.gatehouse.auth.entity.LoginFailureKey;
import org.gatehouse.events.control.EventsFixture;
import org.gatehouse.platform.control.PageRequest;
import org.gatehouse.settings.control.SettingsFixture;
import org.gatehouse.testing.TestDatabase;
import org.gatehouse.testsupport.MutableClock;
import org.gatehouse.users.entity.Role;
import org.gatehouse.users.entity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The paged user list: search, filters and orders decided in the database, a page at a time. */
class UserSearchTest {

    private final MutableClock clock = MutableClock.at(Instant.parse("2026-06-01T12:00:00Z"));
    private TestDatabase db;
    private EntityManager em;
    private LoginThrottle throttle;
    private UserSearch search;

    @BeforeEach
    void wire() {
        open(TestDatabase.Kind.DERBY);
    }

    private void open(TestDatabase.Kind kind) {
        db = TestDatabase.migrated(kind);
        em = db.entityManagerFactory().createEntityManager();
        throttle = ThrottleFixture.loginThrottle(em, clock,
                SettingsFixture.configuration(Map.of(), SettingsFixture.overlay(em, clock)), EventsFixture.eventLog(em, clock));
        search = new UserSearch();
        search.em = em;
        search.throttle = throttle;
        search.clock = clock;
        // created one minute apart, in this order
        user("carol", Role.MANAGER, false);
        user("alice", Role.ADMIN, false);
        user("bob_ops", Role.DEFAULT, true);
        user("bobby", Role.DEFAULT, false);
        user("dave", Role.MANAGER, false);
    }

    @AfterEach
    void close() {
        em.close();
        db.close();
    }

    static List<TestDatabase.Kind> databases() {
        return TestDatabase.kinds();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void searchFiltersAndOrdersReadTheSameOnEveryDatabase(TestDatabase.Kind kind) {
        close();
        clock.set(Instant.parse("2026-06-01T12:00:00Z"));
        open(kind);
        lockOut("dave");
        assertEquals(List.of("bob_ops"), names(query("B_O", null, null, UserSort.USERNAME, false, 0, 25)));
        assertEquals(List.of("dave"), names(query(null, Role.MANAGER, UserState.LOCKED_OUT, UserSort.ROLE, true, 0, 25)));
        assertEquals(List.of("carol", "alice"), names(query(null, null, UserState.ACTIVE, UserSort.CREATED, false, 0, 2)));
        assertEquals(List.of("dave", "carol"), names(query(null, null, null, UserSort.USERNAME, true, 0, 2)));
    }

    private void user(String name, Role role, boolean suspended) {
        TestDatabase.inTransaction(em, () -> {
            User user = new User(name, "hash", role, clock.instant());
            user.setSuspended(suspended ? 1 : 0);
            em.persist(user);
            return null;
        });
        clock.advance(Duration.ofMinutes(1));
    }

    private void lockOut(String username) {
        for (int i = 0; i < 5; i++) {
            TestDatabase.inTransaction(em, () -> {
                throttle.tryAttempt(List.of(LoginFailureKey.username(username), LoginFailureKey.ip("203.0.113.1")));
                return null;
            });
        }
    }

    private static UserQuery query(String text, Role role, UserState state, UserSort sort, boolean descending,
                                   int index, int size) {
        return new UserQuery(Optional.ofNullable(text), Optional.ofNullable(role), Optional.ofNullable(state), sort,
                descending, new PageRequest(index, size));
    }

    private List<String> names(UserQuery query) {
        return search.search(query).rows().stream().map(row -> row.user().username()).toList();
    }

    @Test
    void everyUserByUsernameByDefault() {
        UserPage page = search.search(UserQuery.all(new PageRequest(0, 25)));
        assertEquals(5, page.total());
        assertEquals(1, page.pageCount());
        assertEquals(List.of("alice", "bob_ops", "bobby", "carol", "dave"),
                page.rows().stream().map(row -> row.user().username()).toList());
    }

    @Test
    void theSearchIsAPartOfTheNameInAnyCaseAndTakenLiterally() {
        assertEquals(List.of("bob_ops", "bobby"), names(query("  BoB ", null, null, UserSort.USERNAME, false, 0, 25)));
        assertEquals(List.of("bob_ops"), names(query("b_o", null, null, UserSort.USERNAME, false, 0, 25)),
                "an underscore is no wildcard");
        assertEquals(List.of(), names(query("%", null, null, UserSort.USERNAME, false, 0, 25)));
        assertEquals(5, search.search(query("", null, null, UserSort.USERNAME, false, 0, 25)).total(), "blank: no search");
    }

    @Test
    void filtersByRoleAndByState() {
        lockOut("dave");
        assertEquals(List.of("carol", "dave"), names(query(null, Role.MANAGER, null, UserSort.USERNAME, false, 0, 25)));
        assertEquals(List.of("bob_ops"), names(query(null, null, UserState.SUSPENDED, UserSort.USERNAME, false, 0, 25)));
        assertEquals(List.of("dave"), names(query(null, null, UserState.LOCKED_OUT, UserSort.USERNAME, false, 0, 25)));
        assertEquals(List.of("alice", "bobby", "carol"), names(query(null, null, UserState.ACTIVE, UserSort.USERNAME, false, 0, 25)));
        assertEquals(List.of("carol"), names(query(null, Role.MANAGER, UserState.ACTIVE, UserSort.USERNAME, false, 0, 25)));
        UserPage all = search.search(UserQuery.all(new PageRequest(0, 25)));
        assertEquals(List.of(false, false, false, false, true), all.rows().stream().map(UserPage.Row::lockedOut).toList());

        clock.advance(Duration.ofSeconds(60));
        assertEquals(List.of(), names(query(null, null, UserState.LOCKED_OUT, UserSort.USERNAME, false, 0, 25)),
                "a lock that ended is no lockout");
    }

    @Test
    void eachOrderGoesBothWaysAndPagesDoNotOverlap() {
        assertEquals(List.of("dave", "carol", "bobby", "bob_ops", "alice"),
                names(query(null, null, null, UserSort.USERNAME, true, 0, 25)));
        assertEquals(List.of("alice", "bob_ops", "bobby", "carol", "dave"),
                names(query(null, null, null, UserSort.ROLE, false, 0, 25)), "role names in order, by name within");
        assertEquals(List.of("dave", "carol", "bobby", "bob_ops", "alice"),
                names(query(null, null, null, UserSort.ROLE, true, 0, 25)));
        assertEquals(List.of("carol", "alice", "bob_ops", "bobby", "dave"),
                names(query(null, null, null, UserSort.CREATED, false, 0, 25)));
        assertEquals(List.of("bob_ops", "alice"), names(query(null, null, null, UserSort.CREATED, true, 1, 2)));

        UserPage second = search.search(query(null, null, null, UserSort.USERNAME, false, 1, 2));
        assertEquals(List.of("bobby", "carol"), second.rows().stream().map(row -> row.user().username()).toList());
        assertEquals(3, second.pageCount());
        assertTrue(second.hasNext());
        UserPage beyond = search.search(query(null, null, null, UserSort.USERNAME, false, 7, 2));
        assertEquals(List.of(), beyond.rows());
        assertEquals(5, beyond.total());
        assertFalse(beyond.hasNext());
    }
}
