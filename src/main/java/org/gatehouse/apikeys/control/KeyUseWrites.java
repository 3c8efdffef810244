package org.gatehouse.apikeys.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * The writes of a key's last use, in their own short transaction, made only when {@link KeyUseRecorder} says
 * one is due: a request with a key opens no transaction otherwise. A row already written within
 * {@link KeyUseRecorder#LAST_USED_PRECISION} (by another node) is left alone, so a key used on every node
 * is still written about once a minute in all.
 */
@ApplicationScoped
public class KeyUseWrites {

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    /** A developer API key's use at {@code now}. */
    @Transactional
    public void apiKey(int id, Instant now) {
        write("ApiKey", id, now);
    }

    /** A browser-extension key's use at {@code now}; not a change of the key (its lastUpdatedAt stays). */
    @Transactional
    public void browserExtensionKey(int id, Instant now) {
        write("BrowserExtensionApiKey", id, now);
    }

    private void write(String entity, int id, Instant now) {
        em.createQuery("UPDATE " + entity + " k SET k.lastUsedAt = :now WHERE k.id = :id"
                        + " AND (k.lastUsedAt IS NULL OR k.lastUsedAt <= :since)")
                .setParameter("now", now).setParameter("id", id)
                .setParameter("since", now.minus(KeyUseRecorder.LAST_USED_PRECISION))
                .executeUpdate();
    }
}
