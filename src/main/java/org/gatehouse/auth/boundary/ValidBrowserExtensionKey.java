package org.gatehouse.auth.boundary;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** AnythingLLM's {@code validBrowserExtensionApiKey} (contract 1.5): the extension's {@code brx-} key. */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ValidBrowserExtensionKey {
}
