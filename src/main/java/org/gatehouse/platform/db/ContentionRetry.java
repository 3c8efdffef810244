package org.gatehouse.platform.db;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a whole transaction again, up to {@value #ATTEMPTS} times in all, when the database refused it for
 * contention alone: a deadlock or serialization failure (SQLState 40001, PostgreSQL's 40P01) or Derby's
 * identity generator, which gives up (40XL1, from its {@code SequenceUpdater}) when a burst of inserts
 * finds its catalog row busy. Nothing of the refused attempt stands: it was rolled back whole. Only the
 * outermost transactional call retries (ordered before {@code @Transactional}'s interceptor, it sees no
 * transaction yet); a nested one lets the failure reach it.
 */
@RetriedOnContention
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ContentionRetry {

    static final int ATTEMPTS = 4;

    private static final Logger LOG = Logger.getLogger(ContentionRetry.class.getName());
    private static final Set<String> CONTENTION = Set.of("40001", "40P01");

    @Resource
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object retry(InvocationContext call) throws Exception {
        if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            return call.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return call.proceed();
            } catch (RuntimeException failure) {
                if (attempt >= ATTEMPTS || !isContention(failure)) {
                    throw failure;
                }
                LOG.log(Level.FINE, "Contention on {0}, attempt {1}: running it again",
                        new Object[] {call.getMethod().getName(), attempt});
                Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L << attempt));
            }
        }
    }

    /** Whether the database refused the work for contention alone (see the class comment). */
    static boolean isContention(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                if (CONTENTION.contains(sql.getSQLState())) {
                    return true;
                }
                if ("40XL1".equals(sql.getSQLState()) && raisedBySequenceUpdater(sql)) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** Derby's identity refill, not a lock wait that timed out (which a retry would only repeat). */
    private static boolean raisedBySequenceUpdater(SQLException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            for (StackTraceElement frame : cause.getStackTrace()) {
                if (frame.getClassName().endsWith(".SequenceUpdater")) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
