package org.gatehouse.apikeys.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gatehouse.apikeys.entity.BrowserExtensionApiKey;
import org.gatehouse.platform.control.Outcome;
import org.gatehouse.testing.TestDatabase;
import org.gatehouse.testsupport.MutableClock;
import org.gatehouse.users.entity.Role;
import org.gatehouse.users.entity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Browser-extension keys' name, expiry and last use (Gatehouse's own, V11), stored and read back on every
 * database the suite has, under API keys' rules.
 */
class BrowserExtensionKeysTest {

    private static final Instant NOW = Instant.parse("2026-05-01T08:00:00Z");

    private final MutableClock clock = MutableClock.at(NOW);
    private TestDatabase db;
    private EntityManager em;
    private BrowserExtensionKeys keys;
    private User mia;

    static List<TestDatabase.Kind> databases() {
        return TestDatabase.kinds();
    }

    private void open(TestDatabase.Kind kind) {
        db = TestDatabase.migrated(kind);
        em = db.entityManagerFactory().createEntityManager();
        keys = new BrowserExtensionKeys();
        keys.em = em;
        keys.clock = clock;
        keys.writes = new KeyUseWrites();
        keys.writes.em = em;
        mia = TestDatabase.inTransaction(em, () -> {
            User user = new User("mia", "hash", Role.MANAGER, NOW);
            em.persist(user);
            return user;
        });
    }

    @AfterEach
    void close() {
        if (db != null) {
            em.close();
            db.close();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aKeyKeepsItsTrimmedNameAndItsExpiry(TestDatabase.Kind kind) {
        open(kind);
        BrowserExtensionKeys.Created created = created(new BrowserExtensionKeys.NewBrowserExtensionKey(
                "  Mia's laptop  ", "2026-05-03T00:00:00Z"));
        assertTrue(created.secret().startsWith(BrowserExtensionKeys.PREFIX), created.secret());
        BrowserExtensionApiKey stored = reloaded(created.key().getId());
        assertEquals("Mia's laptop", stored.getName());
        assertEquals(Instant.parse("2026-05-03T00:00:00Z"), stored.getExpiresAt());
        assertNull(stored.getLastUsedAt(), "not used yet");
        assertEquals(mia.getId(), stored.getUserId());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aBlankNameIsNoneAndTheApisKeyHasNeitherNameNorExpiry(TestDatabase.Kind kind) {
        open(kind);
        BrowserExtensionApiKey unnamed = reloaded(created(new BrowserExtensionKeys.NewBrowserExtensionKey("   ", null)).key().getId());
        assertNull(unnamed.getName());
        assertNull(unnamed.getExpiresAt());
        BrowserExtensionApiKey plain = reloaded(TestDatabase.inTransaction(em, () -> keys.create(Optional.of(mia))).key().getId());
        assertNull(plain.getName());
        assertNull(plain.getExpiresAt());
    }

    @Test
    void anExpiryNowOrInThePastIsRefusedWithTheApiKeysWordsAndNothingIsStored() {
        open(TestDatabase.Kind.DERBY);
        for (String expiry : new String[] {"2026-05-01T08:00:00Z", "2020-01-01T00:00:00Z", "2027-01-31", "tomorrow"}) {
            Outcome<BrowserExtensionKeys.Created> outcome = TestDatabase.inTransaction(em,
                    () -> keys.create(new BrowserExtensionKeys.NewBrowserExtensionKey("late", expiry), Optional.of(mia)));
            assertEquals(Outcome.refused(ApiKeys.EXPIRY_RULE), outcome, expiry);
        }
        assertEquals(List.of(), keys.visibleTo(Optional.empty()));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anExpiredKeyNoLongerAuthenticates(TestDatabase.Kind kind) {
        open(kind);
        BrowserExtensionKeys.Created created = created(new BrowserExtensionKeys.NewBrowserExtensionKey(null, "2026-05-02T08:00:00Z"));
        BrowserExtensionKeys.Created forever = created(new BrowserExtensionKeys.NewBrowserExtensionKey(null, null));
        assertEquals(created.key().getId(), keys.authenticate(created.secret()).orElseThrow().getId());
        clock.set(Instant.parse("2026-05-02T07:59:59.999Z"));
        assertTrue(keys.authenticate(created.secret()).isPresent(), "usable until its expiry");
        clock.set(Instant.parse("2026-05-02T08:00:00Z"));
        assertEquals(Optional.empty(), keys.authenticate(created.secret()), "refused from its expiry on");
        assertTrue(keys.authenticate(forever.secret()).isPresent());
        assertEquals(Optional.empty(), keys.authenticate(BrowserExtensionKeys.PREFIX + "0000000-0000000-0000000-0000000"));
        assertEquals(Optional.empty(), keys.authenticate(""));
        assertEquals(Optional.empty(), keys.authenticate(null));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void lastUsedIsWrittenAtMostOnceAMinuteAndLeavesLastUpdatedAtAlone(TestDatabase.Kind kind) {
        open(kind);
        BrowserExtensionApiKey key = created(new BrowserExtensionKeys.NewBrowserExtensionKey("tab", null)).key();
        clock.advance(Duration.ofSeconds(5));
        Instant firstUse = clock.instant();
        use(key);
        assertEquals(firstUse, reloaded(key.getId()).getLastUsedAt());
        clock.advance(Duration.ofSeconds(59));
        use(key);
        assertEquals(firstUse, reloaded(key.getId()).getLastUsedAt(), "within the minute: not written again");
        clock.advance(Duration.ofSeconds(1));
        use(key);
        assertEquals(clock.instant(), reloaded(key.getId()).getLastUsedAt(), "a minute later: written");
        assertEquals(NOW, reloaded(key.getId()).getLastUpdatedAt(), "a use is not a change of AnythingLLM's row");
    }

    private BrowserExtensionKeys.Created created(BrowserExtensionKeys.NewBrowserExtensionKey request) {
        Outcome<BrowserExtensionKeys.Created> outcome = TestDatabase.inTransaction(em, () -> keys.create(request, Optional.of(mia)));
        return ((Outcome.Done<BrowserExtensionKeys.Created>) outcome).value();
    }

    private void use(BrowserExtensionApiKey key) {
        TestDatabase.inTransaction(em, () -> {
            keys.recordUse(key);
            return null;
        });
    }

    /** The row as the database holds it now, not as this entity manager remembers it. */
    private BrowserExtensionApiKey reloaded(int id) {
        em.clear();
        return em.find(BrowserExtensionApiKey.class, id);
    }
}
