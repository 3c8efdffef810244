package org.gatehouse.sso.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.gatehouse.platform.config.EnvVar;
import org.gatehouse.platform.crypto.ApiKeyFormat;
import org.gatehouse.platform.crypto.SecretDigest;
import org.gatehouse.settings.control.Configuration;
import org.gatehouse.sso.entity.TemporaryAuthToken;
import org.gatehouse.users.entity.User;

/**
 * Simple SSO's one-time tokens (contract 3.8, 6.3): {@code allm-tat-} plus the API-key format, stored as a
 * SHA-256 hash, one outstanding per user, valid {@code GATEHOUSE_SSO_TOKEN_MINUTES} (6), and gone after
 * any lookup that finds them, whatever the outcome.
 */
@ApplicationScoped
public class TemporaryTokens {

    public static final String PREFIX = "allm-tat-";

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    Configuration configuration;

    @Inject
    Clock clock;

    /**
     * E100: a new token for the user, the user's earlier ones removed; empty when there is no such user.
     * The user's row is locked first, so tokens issued at once, on any node, still leave one outstanding:
     * without it, on PostgreSQL each request's delete misses the others' uncommitted insert.
     */
    @Transactional
    public Optional<String> issue(int userId) {
        if (em.find(User.class, userId, LockModeType.PESSIMISTIC_WRITE) == null) {
            return Optional.empty();
        }
        em.createQuery("DELETE FROM TemporaryAuthToken t WHERE t.userId = :user").setParameter("user", userId).executeUpdate();
        String token = PREFIX + ApiKeyFormat.newKey();
        Duration lifetime = Duration.ofMinutes(configuration.intValue(EnvVar.GATEHOUSE_SSO_TOKEN_MINUTES, 6));
        em.persist(new TemporaryAuthToken(SecretDigest.of(token), userId, clock.instant().plus(lifetime), clock.instant()));
        return Optional.of(token);
    }

    /**
     * The token's row, removed in the same transaction (single use, even when the caller then refuses it).
     * Only the request whose delete removed the row gets it: concurrent takers all read the row, but their
     * deletes wait on the first one's row lock and then remove nothing, on every node and database
     * (an entity remove would not tell, and each taker would sign in).
     */
    @Transactional
    public Optional<TemporaryAuthToken> take(String token) {
        Optional<TemporaryAuthToken> found = em.createNamedQuery(TemporaryAuthToken.BY_DIGEST, TemporaryAuthToken.class)
                .setParameter("digest", SecretDigest.of(token)).getResultStream().findFirst();
        if (found.isEmpty() || em.createQuery("DELETE FROM TemporaryAuthToken t WHERE t.id = :id")
                .setParameter("id", found.get().getId()).executeUpdate() == 0) {
            return Optional.empty();
        }
        return found;
    }
}
