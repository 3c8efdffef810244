package org.gatehouse.platform.db;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

/** Which refusals run a transaction again: contention alone, never a rule or a plain lock timeout. */
class ContentionRetryTest {

    @Test
    void deadlocksAndSerializationFailuresAreContention() {
        assertTrue(ContentionRetry.isContention(new PersistenceException(new SQLTransactionRollbackException("deadlock", "40001"))));
        assertTrue(ContentionRetry.isContention(new RuntimeException(new SQLException("deadlock detected", "40P01"))));
    }

    @Test
    void derbysIdentityRefillIsContentionButAnOrdinaryLockTimeoutIsNot() {
        SQLException refill = new SQLTransactionRollbackException("A lock could not be obtained", "40XL1");
        refill.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("org.apache.derby.impl.sql.catalog.SequenceUpdater", "tooMuchContentionException",
                        "SequenceUpdater.java", 186)});
        assertTrue(ContentionRetry.isContention(new PersistenceException(refill)));
        assertFalse(ContentionRetry.isContention(new PersistenceException(
                new SQLTransactionRollbackException("A lock could not be obtained", "40XL1"))));
    }

    @Test
    void anyOtherFailureIsNot() {
        assertFalse(ContentionRetry.isContention(new IllegalStateException("a rule")));
        assertFalse(ContentionRetry.isContention(new PersistenceException(new SQLException("duplicate key", "23505"))));
    }
}
