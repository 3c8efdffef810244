package org.gatehouse.platform.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The tally read that no fold can overtake: under the named lock the folds take turns under, in a transaction
 * of its own (the caller's, when it has one). {@link RowTallies#of} comes here only after its unlocked sums were
 * overtaken, as they are while a bulk load's backlog is being folded.
 */
@ApplicationScoped
public class LockedTallyReads {

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    NamedLocks locks;

    @Transactional
    public RowTallies.Tally of(RowTallies.Subject subject) {
        locks.acquire(RowTallies.LOCK);
        return RowTallies.sum(em, subject);
    }
}
