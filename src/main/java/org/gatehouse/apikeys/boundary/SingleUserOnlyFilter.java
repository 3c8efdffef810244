package org.gatehouse.apikeys.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.gatehouse.auth.control.CurrentCaller;
import org.gatehouse.platform.rest.ErrorMapper;

/** Enforces {@link SingleUserOnly} once the request is validated; a request no guard admitted is refused too. */
@Provider
@SingleUserOnly
@Priority(Priorities.AUTHORIZATION)
public class SingleUserOnlyFilter implements ContainerRequestFilter {

    @Inject
    CurrentCaller caller;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!caller.isEstablished() || caller.mode().isMultiUser()) {
            request.abortWith(ErrorMapper.statusText(401));
        }
    }
}
