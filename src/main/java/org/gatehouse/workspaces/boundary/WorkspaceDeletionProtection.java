package org.gatehouse.workspaces.boundary;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** AnythingLLM's {@code workspaceDeletionProtection}: {@code WORKSPACE_DELETION_PROTECTION} present blocks deletes. */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface WorkspaceDeletionProtection {
}
