package org.gatehouse.workspaces.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.settings.control.Configuration;
import org.gatehouse.workspaces.control.Workspaces;

/** Enforces {@link WorkspaceDeletionProtection} after authentication and role checks. */
@Provider
@WorkspaceDeletionProtection
@Priority(Priorities.AUTHORIZATION + 100)
public class WorkspaceDeletionProtectionFilter implements ContainerRequestFilter {

    @Inject
    Configuration configuration;

    @Override
    public void filter(ContainerRequestContext request) {
        if (configuration.workspaceDeletionProtected()) {
            request.abortWith(Response.status(Response.Status.FORBIDDEN).type(WireObject.JSON_UTF8)
                    .entity(WireObject.create().put("success", false)
                            .put("error", Workspaces.DELETION_BLOCKED).build())
                    .build());
        }
    }
}
