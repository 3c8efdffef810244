package org.gatehouse.platform.db;

import jakarta.persistence.EntityManager;

/** The real named locks wired by hand, for unit tests outside this package. */
public final class NamedLocksFixture {

    private NamedLocksFixture() {
    }

    public static NamedLocks namedLocks(EntityManager em) {
        NamedLocks locks = new NamedLocks();
        locks.em = em;
        return locks;
    }
}
