package org.gatehouse.auth.boundary;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * AnythingLLM's {@code simpleSSOLoginDisabledMiddleware}: when multi-user mode runs with
 * {@code SIMPLE_SSO_ENABLED} and {@code SIMPLE_SSO_NO_LOGIN}, endpoints that create accounts or sessions
 * from credentials answer {@code 403 {"success":false,"error":"Login via credentials has been disabled by
 * the administrator."}}.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface CredentialLogin {
}
