package org.gatehouse.auth.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.gatehouse.auth.control.Authorization;
import org.gatehouse.platform.rest.ErrorMapper;

/** Enforces {@link SingleUserOnly} once the request is validated; a request no guard admitted is refused too. */
@Provider
@SingleUserOnly
@Priority(Priorities.AUTHORIZATION)
public class SingleUserOnlyFilter implements ContainerRequestFilter {

    @Inject
    Authorization authorization;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!authorization.singleUserAllows()) {
            request.abortWith(ErrorMapper.statusText(401));
        }
    }
}
