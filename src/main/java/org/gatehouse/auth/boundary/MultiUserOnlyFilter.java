package org.gatehouse.auth.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.gatehouse.platform.rest.ErrorMapper;
import org.gatehouse.settings.control.SystemSettings;

/** Enforces {@link MultiUserOnly}, after the API-key check. */
@Provider
@MultiUserOnly
@Priority(Priorities.AUTHENTICATION + 60)
public class MultiUserOnlyFilter implements ContainerRequestFilter {

    @Inject
    SystemSettings settings;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!settings.isMultiUserMode()) {
            request.abortWith(ErrorMapper.statusText(401));
        }
    }
}
