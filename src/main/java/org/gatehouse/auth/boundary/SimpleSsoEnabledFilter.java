package org.gatehouse.auth.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.gatehouse.auth.control.SsoLogin;

/** Enforces {@link SimpleSsoEnabled} with the contract's plain-text 403s, after any key check. */
@Provider
@SimpleSsoEnabled
@Priority(Priorities.AUTHENTICATION + 50)
public class SimpleSsoEnabledFilter implements ContainerRequestFilter {

    @Inject
    SsoLogin sso;

    @Override
    public void filter(ContainerRequestContext request) {
        sso.unavailable().ifPresent(reason -> request.abortWith(text(reason)));
    }

    private static Response text(String sentence) {
        return Response.status(Response.Status.FORBIDDEN).type("text/html;charset=utf-8").entity(sentence).build();
    }
}
