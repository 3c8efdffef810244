package org.gatehouse.auth.boundary;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Endpoints of single-user mode only (the single-user API-key family E41-E43, the single-user password
 * change): in multi-user mode they answer text 401 {@code Unauthorized}. Goes with {@link ValidatedRequest};
 * {@link org.gatehouse.auth.control.Authorization#singleUserAllows()} decides.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SingleUserOnly {
}
