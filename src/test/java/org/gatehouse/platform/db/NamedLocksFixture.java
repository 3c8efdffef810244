package org.gatehouse.platform.db;

import jakarta.persistence.EntityManager;

/** The real named locks and row tallies wired by hand, for unit tests outside this package. */
public final class NamedLocksFixture {

    private NamedLocksFixture() {
    }

    public static NamedLocks namedLocks(EntityManager em) {
        NamedLocks locks = new NamedLocks();
        locks.em = em;
        return locks;
    }

    /** Row tallies on this entity manager's database (not scheduled: a test folds them with {@code compact}). */
    public static RowTallies rowTallies(EntityManager em) {
        RowTallies tallies = new RowTallies();
        tallies.em = em;
        tallies.locks = namedLocks(em);
        tallies.lockedReads = new LockedTallyReads() {
            @Override
            public RowTallies.Tally of(RowTallies.Subject subject) { // in a transaction, as @Transactional runs it
                return org.gatehouse.testing.TestDatabase.inTransaction(em, () -> super.of(subject));
            }
        };
        tallies.lockedReads.em = em;
        tallies.lockedReads.locks = tallies.locks;
        return tallies;
    }
}
