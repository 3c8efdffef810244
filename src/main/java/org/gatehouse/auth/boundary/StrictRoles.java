package org.gatehouse.auth.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.gatehouse.users.entity.Role;

/**
 * AnythingLLM's {@code strictMultiUserRoleValid} (contract 4.2): multi-user mode and one of these roles,
 * else text 401 {@code Unauthorized}. Goes with {@link ValidatedRequest}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface StrictRoles {
    Role[] value();
}
