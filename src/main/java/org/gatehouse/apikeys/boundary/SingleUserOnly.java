package org.gatehouse.apikeys.boundary;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The single-user key family's rule (E41-E43): in multi-user mode it answers text 401 {@code Unauthorized},
 * since keys are then managed through the admin family. Goes after {@code ValidatedRequest}.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SingleUserOnly {
}
