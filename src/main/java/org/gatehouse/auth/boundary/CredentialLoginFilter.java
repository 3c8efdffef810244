package org.gatehouse.auth.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.settings.control.Configuration;
import org.gatehouse.settings.control.SystemSettings;

/**
 * Enforces {@link CredentialLogin}, after authentication and the role guards, as AnythingLLM orders its
 * middlewares on {@code /admin/invite/new}: an anonymous caller hears "No auth token found.", a default
 * user "Unauthorized", and only an admin or manager this refusal.
 */
@Provider
@CredentialLogin
@Priority(Priorities.AUTHORIZATION + 100)
public class CredentialLoginFilter implements ContainerRequestFilter {

    @Inject
    SystemSettings settings;

    @Inject
    Configuration configuration;

    @Override
    public void filter(ContainerRequestContext request) {
        if (settings.isMultiUserMode() && configuration.credentialLoginDisabledBySso()) {
            request.abortWith(Response.status(Response.Status.FORBIDDEN).type(WireObject.JSON_UTF8)
                    .entity(WireObject.create().put("success", false)
                            .put("error", "Login via credentials has been disabled by the administrator.").build())
                    .build());
        }
    }
}
