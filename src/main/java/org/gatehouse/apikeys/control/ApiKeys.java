package org.gatehouse.apikeys.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gatehouse.apikeys.entity.ApiKey;
import org.gatehouse.events.control.AuditEvent;
import org.gatehouse.events.control.EventLogService;
import org.gatehouse.platform.config.EnvVar;
import org.gatehouse.platform.control.Outcome;
import org.gatehouse.platform.crypto.ApiKeyFormat;
import org.gatehouse.platform.crypto.SecretDigest;
import org.gatehouse.settings.control.Configuration;
import org.gatehouse.users.entity.User;

/**
 * Developer API keys (contract 3.6, E41-E46). Beyond AnythingLLM: stored as SHA-256 hashes (the key is
 * shown once), optional expiry, {@code lastUsedAt}, and keys stop working with their creator unless
 * {@code API_KEYS_OUTLIVE_CREATOR=true}.
 */
@ApplicationScoped
public class ApiKeys {

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    EventLogService events;

    @Inject
    Configuration configuration;

    @Inject
    Clock clock;

    @Inject
    KeyUseWrites writes;

    private final KeyUseRecorder uses = new KeyUseRecorder();

    /** The refusal of an expiry that is not an instant in the future (shared with browser-extension keys). */
    public static final String EXPIRY_RULE = KeyTerms.EXPIRY_RULE;

    /**
     * A key to create, as asked for: its name ({@code null} or blank: none; trimmed) and its expiry as
     * ISO-8601 text ({@code null}: never expires).
     */
    public record NewApiKey(String name, String expiresAt) {
    }

    /** A new key and, this once, its secret. */
    public record Created(ApiKey key, String secret) {
    }

    /** The keys this user created, oldest first. */
    public List<ApiKey> createdBy(int userId) {
        return em.createQuery("SELECT k FROM ApiKey k WHERE k.createdBy = :user ORDER BY k.id", ApiKey.class)
                .setParameter("user", userId).getResultList();
    }

    public List<ApiKey> all() {
        return em.createQuery("SELECT k FROM ApiKey k ORDER BY k.id", ApiKey.class).getResultList();
    }

    /** E42 / E45: a new key, or refused with {@link #EXPIRY_RULE}; {@code creator} is null in single-user mode. */
    @Transactional
    public Outcome<Created> create(NewApiKey request, User creator) {
        Outcome<KeyTerms> terms = KeyTerms.of(request.name(), request.expiresAt(), clock.instant());
        if (!(terms instanceof Outcome.Done<KeyTerms> accepted)) {
            return Outcome.refused(terms.error());
        }
        String name = accepted.value().name();
        Instant expiresAt = accepted.value().expiresAt();
        String secret = ApiKeyFormat.newKey();
        ApiKey key = new ApiKey(name, SecretDigest.of(secret), secret.substring(0, 7),
                creator == null ? null : creator.getId(), expiresAt, clock.instant());
        em.persist(key);
        em.flush();
        JsonObjectBuilder metadata = Json.createObjectBuilder();
        if (creator != null) {
            metadata.add("createdBy", creator.getUsername());
        }
        metadata.add("name", name == null ? jakarta.json.JsonValue.NULL : Json.createValue(name));
        events.record(AuditEvent.API_KEY_CREATED, metadata.build(), creator == null ? null : creator.getId());
        return Outcome.done(new Created(key, secret));
    }

    /** E43 / E46: deletes without an existence check, as the contract does; logs {@code api_key_deleted}. */
    @Transactional
    public void delete(int id, User actor) {
        em.createQuery("DELETE FROM ApiKey k WHERE k.id = :id").setParameter("id", id).executeUpdate();
        uses.forget(id);
        events.record(AuditEvent.API_KEY_DELETED, actor == null ? jakarta.json.JsonValue.EMPTY_JSON_OBJECT
                : Json.createObjectBuilder().add("deletedBy", actor.getUsername()).build(), actor == null ? null : actor.getId());
    }

    /**
     * The key with this secret, if it may be used now: not expired, and its creator (when it has one)
     * still exists and is not suspended, unless keys outlive their creators by configuration.
     */
    public Optional<ApiKey> authenticate(String secret) {
        if (secret == null || secret.isEmpty()) {
            return Optional.empty();
        }
        List<Object[]> found = em.createNamedQuery(ApiKey.BY_DIGEST_WITH_CREATOR, Object[].class)
                .setParameter("digest", SecretDigest.of(secret)).setMaxResults(1).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiKey key = (ApiKey) found.get(0)[0];
        int creatorSuspended = ((Number) found.get(0)[1]).intValue();
        return KeyTerms.usableAt(key.getExpiresAt(), clock.instant()) && creatorAllows(key, creatorSuspended)
                ? Optional.of(key) : Optional.empty();
    }

    /** A key of a creator who is gone or suspended stops working, unless API_KEYS_OUTLIVE_CREATOR=true. */
    private boolean creatorAllows(ApiKey key, int creatorSuspended) {
        if (key.getCreatedBy() == null
                || configuration.value(EnvVar.API_KEYS_OUTLIVE_CREATOR).filter("true"::equals).isPresent()) {
            return true;
        }
        return creatorSuspended == 0; // -1: the creator is gone
    }

    /** Records a use: a write at most once a minute per key, in its own transaction, none otherwise. */
    public void recordUse(ApiKey key) {
        Instant now = clock.instant();
        if (uses.due(key.getId(), now)) {
            writes.apiKey(key.getId(), now);
        }
    }
}
