package org.gatehouse.platform.db;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.transaction.Transactional;

/**
 * Puts {@link RetriedOnContention} on every Gatehouse bean that has a {@code @Transactional} class or
 * method, so each state change is retried on contention without every control class having to say so.
 */
public class TransactionRetries implements Extension {

    <T> void retried(@Observes @WithAnnotations(Transactional.class) ProcessAnnotatedType<T> type) {
        if (!type.getAnnotatedType().getJavaClass().getName().startsWith("org.gatehouse.")) {
            return;
        }
        boolean transactional = type.getAnnotatedType().isAnnotationPresent(Transactional.class)
                || type.getAnnotatedType().getMethods().stream().anyMatch(TransactionRetries::transactional);
        if (transactional) {
            type.configureAnnotatedType().add(RetriedOnContention.Literal.INSTANCE);
        }
    }

    private static boolean transactional(AnnotatedMethod<?> method) {
        return method.isAnnotationPresent(Transactional.class);
    }
}
