package org.gatehouse.auth.boundary;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** AnythingLLM's {@code validApiKey} (contract 1.5): a developer API key, else {@code 403 {"error":"No valid api key found."}}. */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ValidApiKey {
}
