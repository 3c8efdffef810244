package org.gatehouse.apikeys.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gatehouse.apikeys.entity.BrowserExtensionApiKey;
import org.gatehouse.platform.control.Outcome;
import org.gatehouse.platform.crypto.ApiKeyFormat;
import org.gatehouse.platform.crypto.SecretDigest;
import org.gatehouse.users.entity.Role;
import org.gatehouse.users.entity.User;

/**
 * Browser-extension keys (contract 3.7, E47-E52): {@code brx-} plus the API-key format, stored as a
 * SHA-256 hash; the key is shown once, when created. Deleted with their user (foreign key), handed to
 * the first admin when multi-user mode is enabled ({@code MultiUserSwitch}). Beyond AnythingLLM, as API
 * keys: an optional name and expiry ({@link KeyTerms}, set from the console) and the time of the last use.
 */
@ApplicationScoped
public class BrowserExtensionKeys {

    public static final String PREFIX = "brx-";

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    KeyUseWrites writes;

    private final KeyUseRecorder uses = new KeyUseRecorder();

    /**
     * A key to create, as asked for: its name ({@code null} or blank: none; trimmed) and its expiry as
     * ISO-8601 text ({@code null}: never expires), under the same rule as API keys'.
     */
    public record NewBrowserExtensionKey(String name, String expiresAt) {
    }

    /** A new key and, this once, its text. */
    public record Created(BrowserExtensionApiKey key, String secret) {
    }

    /** E49's answer when the key does not exist, as AnythingLLM words it. */
    public static final String REVOKE_FAILED = "Failed to revoke API key";

    /** E49's answer to a manager revoking someone else's key. */
    public static final String NOT_YOURS = "Unauthorized";

    /** E47: admins (and anyone in single-user mode) see every key, others only their own. */
    public List<BrowserExtensionApiKey> visibleTo(Optional<User> caller) {
        if (caller.isEmpty() || caller.get().is(Role.ADMIN)) {
            return em.createQuery("SELECT k FROM BrowserExtensionApiKey k ORDER BY k.id", BrowserExtensionApiKey.class)
                    .getResultList();
        }
        return em.createQuery("SELECT k FROM BrowserExtensionApiKey k WHERE k.userId = :user ORDER BY k.id",
                BrowserExtensionApiKey.class).setParameter("user", caller.get().getId()).getResultList();
    }

    /** E48: a key owned by the caller (no owner in single-user mode), with no name and no expiry, as AnythingLLM's. */
    @Transactional
    public Created create(Optional<User> owner) {
        return store(new KeyTerms(null, null), owner);
    }

    /** A key owned by the caller with the asked name and expiry, or refused with {@link KeyTerms#EXPIRY_RULE}. */
    @Transactional
    public Outcome<Created> create(NewBrowserExtensionKey request, Optional<User> owner) {
        Outcome<KeyTerms> terms = KeyTerms.of(request.name(), request.expiresAt(), clock.instant());
        if (terms instanceof Outcome.Done<KeyTerms> accepted) {
            return Outcome.done(store(accepted.value(), owner));
        }
        return Outcome.refused(terms.error());
    }

    private Created store(KeyTerms terms, Optional<User> owner) {
        String secret = PREFIX + ApiKeyFormat.newKey();
        BrowserExtensionApiKey key = new BrowserExtensionApiKey(SecretDigest.of(secret), secret.substring(0, PREFIX.length() + 7),
                owner.map(User::getId).orElse(null), terms.name(), terms.expiresAt(), clock.instant());
        em.persist(key);
        em.flush();
        return new Created(key, secret);
    }

    /** E49: revokes the key; a manager may revoke only their own keys. */
    @Transactional
    public Outcome<Void> revoke(int id, Optional<User> caller) {
        BrowserExtensionApiKey key = em.find(BrowserExtensionApiKey.class, id);
        if (key == null) {
            return Outcome.notFound(REVOKE_FAILED);
        }
        if (caller.isPresent() && !caller.get().is(Role.ADMIN) && !caller.get().getId().equals(key.getUserId())) {
            return Outcome.refused(NOT_YOURS);
        }
        em.remove(key);
        uses.forget(id);
        return Outcome.done(null);
    }

    /** E51: the extension disconnects, revoking its own key. */
    @Transactional
    public void disconnect(BrowserExtensionApiKey key) {
        em.createQuery("DELETE FROM BrowserExtensionApiKey k WHERE k.id = :id").setParameter("id", key.getId()).executeUpdate();
        uses.forget(key.getId());
    }

    /**
     * The key with this text if it may be used now (one indexed lookup of its hash): not expired, as an API
     * key. Whether its user may still act is the realm's question.
     */
    public Optional<BrowserExtensionApiKey> authenticate(String secret) {
        if (secret == null || secret.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return em.createNamedQuery(BrowserExtensionApiKey.BY_DIGEST, BrowserExtensionApiKey.class)
                .setParameter("digest", SecretDigest.of(secret)).getResultStream().findFirst()
                .filter(key -> KeyTerms.usableAt(key.getExpiresAt(), now));
    }

    /** Records a use: a write at most once a minute per key, in its own transaction, none otherwise. */
    public void recordUse(BrowserExtensionApiKey key) {
        Instant now = clock.instant();
        if (uses.due(key.getId(), now)) {
            writes.browserExtensionKey(key.getId(), now);
        }
    }
}
