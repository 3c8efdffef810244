package org.gatehouse.auth.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.gatehouse.auth.control.CurrentCaller;
import org.gatehouse.auth.control.ApiKeyRealm;
import org.gatehouse.auth.control.ApiKeyToken;
import org.gatehouse.auth.control.AuthModes;
import org.gatehouse.auth.control.SessionRejectedException;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.platform.rest.AuthorizationHeader;

/** Enforces {@link ValidApiKey}: Shiro's API-key realm decides; the mode is recorded for the handler. */
@Provider
@ValidApiKey
@Priority(Priorities.AUTHENTICATION)
public class ValidApiKeyFilter implements ContainerRequestFilter {

    @Inject
    AuthModes modes;

    @Inject
    CurrentCaller caller;

    @Override
    public void filter(ContainerRequestContext request) {
        caller.establish(modes.current());
        Optional<String> key = AuthorizationHeader.token(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        try {
            SecurityUtils.getSubject().login(new ApiKeyToken(key.orElse(null)));
        } catch (SessionRejectedException | IllegalArgumentException refused) {
            request.abortWith(Response.status(Response.Status.FORBIDDEN).type(WireObject.JSON_UTF8)
                    .entity(WireObject.create().put("error", ApiKeyRealm.NO_VALID_KEY).build()).build());
        }
    }
}
