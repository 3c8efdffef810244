package org.gatehouse.platform.db;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A transaction the database refused for contention alone is run again ({@link ContentionRetry}).
 * {@link TransactionRetries} puts it on every Gatehouse bean with a {@code @Transactional} method.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RetriedOnContention {

    final class Literal extends jakarta.enterprise.util.AnnotationLiteral<RetriedOnContention> implements RetriedOnContention {
        public static final Literal INSTANCE = new Literal();
    }
}
