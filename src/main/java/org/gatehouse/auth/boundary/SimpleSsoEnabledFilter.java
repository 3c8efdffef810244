package org.gatehouse.auth.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.gatehouse.settings.control.Configuration;
import org.gatehouse.settings.control.SystemSettings;

/** Enforces {@link SimpleSsoEnabled} with the contract's plain-text 403s, after any key check. */
@Provider
@SimpleSsoEnabled
@Priority(Priorities.AUTHENTICATION + 50)
public class SimpleSsoEnabledFilter implements ContainerRequestFilter {

    @Inject
    Configuration configuration;

    @Inject
    SystemSettings settings;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!configuration.simpleSsoEnabled()) {
            request.abortWith(text("Simple SSO is not enabled. It must be enabled to validate or issue temporary auth tokens."));
        } else if (!settings.isMultiUserMode()) {
            request.abortWith(text("Multi-User mode is not enabled. It must be enabled to use Simple SSO."));
        }
    }

    private static Response text(String sentence) {
        return Response.status(Response.Status.FORBIDDEN).type("text/html;charset=utf-8").entity(sentence).build();
    }
}
