package org.gatehouse.auth.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import org.gatehouse.auth.control.Authorization;
import org.gatehouse.platform.rest.ErrorMapper;

/**
 * Enforces {@link StrictRoles} and {@link FlexRoles} after {@link ValidatedRequestFilter}: a role failure
 * is always text 401 {@code Unauthorized}, never 403 (contract 4.2). {@link Authorization} decides, and it
 * refuses a request that no authentication guard admitted.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RoleGuardFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Inject
    Authorization authorization;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource.getResourceMethod() == null) {
            return;
        }
        StrictRoles strict = find(StrictRoles.class);
        if (strict != null && !authorization.hasRole(strict.value())) {
            request.abortWith(ErrorMapper.statusText(401));
            return;
        }
        FlexRoles flex = find(FlexRoles.class);
        if (flex != null && !authorization.flexAllows(flex.value())) {
            request.abortWith(ErrorMapper.statusText(401));
        }
    }

    private <A extends java.lang.annotation.Annotation> A find(Class<A> type) {
        for (AnnotatedElement element : new AnnotatedElement[] {resource.getResourceMethod(), resource.getResourceClass()}) {
            A annotation = element.getAnnotation(type);
            if (annotation != null) {
                return annotation;
            }
        }
        return null;
    }
}
