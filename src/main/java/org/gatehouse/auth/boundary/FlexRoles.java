package org.gatehouse.auth.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.gatehouse.users.entity.Role;

/**
 * AnythingLLM's {@code flexUserRoleValid} (contract 4.2): single-user mode passes; in multi-user mode one
 * of these roles is needed, else text 401 {@code Unauthorized}. Goes with {@link ValidatedRequest}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface FlexRoles {
    Role[] value();
}
