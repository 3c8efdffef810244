package org.gatehouse.auth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.UnknownAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.mgt.DefaultSecurityManager;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.gatehouse.settings.control.Configuration;
import org.gatehouse.settings.control.SettingsFixture;
import org.gatehouse.testing.TestDatabase;
import org.gatehouse.users.control.UsersFixture;
import org.gatehouse.users.entity.Role;
import org.gatehouse.users.entity.User;
import org.gatehouse.testsupport.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The three realms, each on its own and behind Shiro's authenticator, without a server. */
class RealmsTest {

    private static final String SECRET = "unit-test-secret-unit-test-secret";

    private TestDatabase db;
    private EntityManager em;
    private final MutableClock clock = MutableClock.at(Instant.parse("2026-03-01T10:00:00Z"));
    private final Map<String, String> environment = Map.copyOf(Map.of("JWT_SECRET", SECRET, "AUTH_TOKEN", "sum_password"));
    private Configuration configuration;
    private org.gatehouse.settings.control.EnvironmentOverlay overlay;
    private PasswordHashing hashing;
    private SessionTokens tokens;
    private DefaultSecurityManager shiro;
    private SessionTokenRealm sessionRealm;
    private User jane;

    @BeforeEach
    void wire() {
        db = TestDatabase.migrated(TestDatabase.Kind.DERBY);
        em = db.entityManagerFactory().createEntityManager();
        overlay = SettingsFixture.overlay(em, clock);
        configuration = SettingsFixture.configuration(environment, overlay);
        hashing = new PasswordHashing();
        tokens = new SessionTokens();
        tokens.configuration = configuration;
        tokens.clock = clock;

        SingleUserPasswordRealm single = new SingleUserPasswordRealm();
        single.configuration = configuration;
        MultiUserPasswordRealm multi = new MultiUserPasswordRealm();
        multi.users = UsersFixture.directory(em);
        multi.hashing = hashing;
        sessionRealm = new SessionTokenRealm();
        sessionRealm.tokens = tokens;
        sessionRealm.users = UsersFixture.directory(em);
        sessionRealm.configuration = configuration;
        SingleUserSessions singleUserSessions = new SingleUserSessions();
        singleUserSessions.settings = SettingsFixture.systemSettings(em, clock);
        singleUserSessions.clock = clock;
        sessionRealm.singleUserSessions = singleUserSessions;

        shiro = new DefaultSecurityManager();
        shiro.setAuthenticator(new OneRealmPerTokenAuthenticator());
        shiro.setRealms(java.util.List.of(single, multi, sessionRealm));

        em.getTransaction().begin();
        jane = new User("jane", hashing.hash("jane-password"), Role.MANAGER, clock.instant());
        em.persist(jane);
        em.getTransaction().commit();
    }

    @AfterEach
    void close() {
        em.close();
        db.close();
    }

    @Test
    void singleUserPasswordMatchesAuthTokenExactly() {
        assertEquals(SingleUserPrincipal.INSTANCE,
                shiro.authenticate(new SingleUserPasswordToken("sum_password")).getPrincipals().getPrimaryPrincipal());
        assertThrows(IncorrectCredentialsException.class, () -> shiro.authenticate(new SingleUserPasswordToken("SUM_password")));
        change("AUTH_TOKEN", null);
        assertThrows(IncorrectCredentialsException.class, () -> shiro.authenticate(new SingleUserPasswordToken("")));
    }

    @Test
    void multiUserPasswordChecksBcryptThenSuspension() {
        assertEquals("jane", ((User) shiro.authenticate(new UsernamePasswordToken("jane", "jane-password"))
                .getPrincipals().getPrimaryPrincipal()).getUsername());
        assertThrows(IncorrectCredentialsException.class,
                () -> shiro.authenticate(new UsernamePasswordToken("jane", "wrong")));
        assertThrows(UnknownAccountException.class,
                () -> shiro.authenticate(new UsernamePasswordToken("nobody", "jane-password")));
        suspendJane();
        assertThrows(IncorrectCredentialsException.class,
                () -> shiro.authenticate(new UsernamePasswordToken("jane", "wrong")), "suspension stays hidden");
        assertThrows(SuspendedAccountException.class,
                () -> shiro.authenticate(new UsernamePasswordToken("jane", "jane-password")));
    }

    @Test
    void anythingLlmStyleBcryptHashesVerify() {
        // OpenBSD's bcrypt test vector; bcryptjs writes the same $2a$/$2b$ format AnythingLLM stores.
        String vector = "$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW";
        assertTrue(hashing.matches("U*U", vector));
        assertTrue(hashing.matches("U*U", "$2b$" + vector.substring(4)));
        assertTrue(hashing.matches("U*U", "$2y$" + vector.substring(4)));
        assertFalse(hashing.matches("U*V", vector));
        assertFalse(hashing.matches("U*U", "not a bcrypt hash"));
        String ours = hashing.hash("password123");
        assertTrue(ours.startsWith("$2b$10$"));
        assertTrue(hashing.matches("password123", ours));
        assertTrue(hashing.matches("password123", "$2a$" + ours.substring(4)), "$2a$ and $2b$ agree");
        assertTrue(hashing.matches("x".repeat(72) + "ignored", hashing.hash("x".repeat(72))), "72-byte limit as bcryptjs");
    }

    @Test
    void multiUserSessionTokensLoadTheUserEveryTime() {
        String token = tokens.mintForUser(jane.getId(), "jane");
        Object principal = shiro.authenticate(new SessionToken(token, AuthMode.MULTI_USER)).getPrincipals().getPrimaryPrincipal();
        assertInstanceOf(User.class, principal);
        assertTrue(sessionRealm.hasRole(new SimplePrincipalCollection(principal, sessionRealm.getName()), "manager"));
        assertFalse(sessionRealm.hasRole(new SimplePrincipalCollection(principal, "another-realm"), "manager"),
                "roles only for this realm's own principals");

        assertRejected(token, AuthMode.SINGLE_USER, SessionRejectedException.SINGLE_USER_INVALID);
        suspendJane();
        assertRejected(token, AuthMode.MULTI_USER, SessionRejectedException.SUSPENDED);
    }

    @Test
    void multiUserRejections() {
        assertRejected("not.a.jwt", AuthMode.MULTI_USER, SessionRejectedException.MULTI_USER_INVALID);
        assertRejected(tokens.mintForSingleUser("sum_password"), AuthMode.MULTI_USER, SessionRejectedException.MULTI_USER_INVALID);
        assertRejected(tokens.mintForUser(9999, "ghost"), AuthMode.MULTI_USER, SessionRejectedException.MULTI_USER_NO_USER);

        String token = tokens.mintForUser(jane.getId(), "jane");
        clock.advance(Duration.ofDays(30));
        assertRejected(token, AuthMode.MULTI_USER, SessionRejectedException.MULTI_USER_INVALID);
    }

    @Test
    void revocationRefusesEarlierTokensOnly() {
        String before = tokens.mintForUser(jane.getId(), "jane");
        clock.advance(Duration.ofMillis(1));
        em.getTransaction().begin();
        em.find(User.class, jane.getId()).revokeSessions(clock.instant());
        em.getTransaction().commit();
        String sameMillisecond = tokens.mintForUser(jane.getId(), "jane");
        assertRejected(sameMillisecond, AuthMode.MULTI_USER, SessionRejectedException.MULTI_USER_INVALID);
        clock.advance(Duration.ofMillis(1));
        String after = tokens.mintForUser(jane.getId(), "jane");
        assertRejected(before, AuthMode.MULTI_USER, SessionRejectedException.MULTI_USER_INVALID);
        shiro.authenticate(new SessionToken(after, AuthMode.MULTI_USER));
    }

    @Test
    void aRevocationThatKeepsOneSessionRefusesEveryOtherEarlierToken() {
        String kept = tokens.mintForUser(jane.getId(), "jane");
        String other = tokens.mintForUser(jane.getId(), "jane");
        String keptId = tokens.verify(kept).orElseThrow().sessionId().orElseThrow();
        assertTrue(!keptId.equals(tokens.verify(other).orElseThrow().sessionId().orElseThrow()), "every session its own id");
        clock.advance(Duration.ofMillis(1));
        em.getTransaction().begin();
        em.find(User.class, jane.getId()).revokeSessionsExcept(clock.instant(), keptId);
        em.getTransaction().commit();
        assertEquals(new SessionToken.Id(keptId), shiro.authenticate(new SessionToken(kept, AuthMode.MULTI_USER))
                .getPrincipals().oneByType(SessionToken.Id.class), "the kept session passes and names itself");
        assertRejected(other, AuthMode.MULTI_USER, SessionRejectedException.MULTI_USER_INVALID);

        clock.advance(Duration.ofMillis(1));
        em.getTransaction().begin();
        em.find(User.class, jane.getId()).revokeSessions(clock.instant());
        em.getTransaction().commit();
        assertRejected(kept, AuthMode.MULTI_USER, SessionRejectedException.MULTI_USER_INVALID);
    }

    @Test
    void singleUserTokensAreBoundToAuthToken() {
        String token = tokens.mintForSingleUser("sum_password");
        assertEquals(SingleUserPrincipal.INSTANCE, shiro.authenticate(new SessionToken(token, AuthMode.SINGLE_USER))
                .getPrincipals().getPrimaryPrincipal());
        assertRejected(tokens.mintForUser(jane.getId(), "jane"), AuthMode.SINGLE_USER, SessionRejectedException.SINGLE_USER_INVALID);
        change("AUTH_TOKEN", "changed");
        assertRejected(token, AuthMode.SINGLE_USER, SessionRejectedException.SINGLE_USER_WRONG_PASSWORD);
        change("AUTH_TOKEN", "sum_password");
        change("JWT_SECRET", "another-secret-another-secret-xx");
        assertRejected(token, AuthMode.SINGLE_USER, SessionRejectedException.SINGLE_USER_INVALID);
    }

    @Test
    void aTokenSignedWithAShortSecretMatchesNodesJsonwebtoken() {
        change("JWT_SECRET", "short");
        // Signed by jsonwebtoken 9 (Node) with secret "short": {"id":1,"username":"jane","iat":1700000000,"exp":4102444800}
        String node = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpZCI6MSwidXNlcm5hbWUiOiJqYW5lIiwiaWF0IjoxNzAwMDAwMDAwLCJleHAiOjQxMDI0NDQ4MDB9."
                + org.gatehouse.auth.control.HmacForTests.sign("short",
                "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpZCI6MSwidXNlcm5hbWUiOiJqYW5lIiwiaWF0IjoxNzAwMDAwMDAwLCJleHAiOjQxMDI0NDQ4MDB9");
        assertEquals(java.util.Optional.of(1), tokens.verify(node).orElseThrow().userId());
    }

    private void assertRejected(String jwt, AuthMode mode, String message) {
        AuthenticationException rejected = assertThrows(AuthenticationException.class,
                () -> shiro.authenticate(new SessionToken(jwt, mode)));
        assertInstanceOf(SessionRejectedException.class, rejected);
        assertEquals(message, rejected.getMessage());
    }

    /** A run-time configuration change, as the server makes it. */
    private void change(String name, String value) {
        em.getTransaction().begin();
        overlay.put(name, value);
        em.getTransaction().commit();
    }

    private void suspendJane() {
        em.getTransaction().begin();
        em.find(User.class, jane.getId()).setSuspended(1);
        em.getTransaction().commit();
        em.clear();
    }
}
