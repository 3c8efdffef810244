package org.gatehouse.platform.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Database locks by name, held until the caller's transaction ends. Unlike a JVM lock they hold across
 * every node sharing the database, and unlike row locks on the rows a change touches they also cover a
 * row that does not exist yet (two first failures of one username would otherwise insert it twice).
 */
@ApplicationScoped
public class NamedLocks {

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    /** Waits until no other transaction holds {@code name}, then holds it until this one ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void acquire(String name) {
        if (em.find(NamedLock.class, name, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw new IllegalStateException("No named lock " + name + " (schema migration missing?)");
        }
    }
}
