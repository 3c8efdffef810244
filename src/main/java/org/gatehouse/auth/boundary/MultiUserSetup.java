package org.gatehouse.auth.boundary;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** AnythingLLM's {@code isMultiUserSetup}: in single-user mode, {@code 403 {"error":"Invalid request"}}. */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface MultiUserSetup {
}
