package org.gatehouse.auth.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.settings.control.SystemSettings;

/** Enforces {@link MultiUserSetup}. */
@Provider
@MultiUserSetup
@Priority(Priorities.AUTHENTICATION)
public class MultiUserSetupFilter implements ContainerRequestFilter {

    @Inject
    SystemSettings settings;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!settings.isMultiUserMode()) {
            request.abortWith(Response.status(Response.Status.FORBIDDEN).type(WireObject.JSON_UTF8)
                    .entity(WireObject.create().put("error", "Invalid request").build()).build());
        }
    }
}
