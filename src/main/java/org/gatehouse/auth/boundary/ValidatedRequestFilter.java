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
import org.gatehouse.auth.control.AuthMode;
import org.gatehouse.auth.control.AuthModes;
import org.gatehouse.auth.control.SessionRejectedException;
import org.gatehouse.auth.control.SessionToken;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.platform.rest.AuthorizationHeader;

/** Enforces {@link ValidatedRequest}: Shiro's session-token realm decides, this filter speaks the contract. */
@Provider
@ValidatedRequest
@Priority(Priorities.AUTHENTICATION)
public class ValidatedRequestFilter implements ContainerRequestFilter {

    @Inject
    AuthModes modes;

    @Inject
    CurrentCaller caller;

    @Override
    public void filter(ContainerRequestContext request) {
        AuthMode mode = modes.current();
        caller.establish(mode);
        if (mode == AuthMode.OPEN) {
            return;
        }
        Optional<String> token = AuthorizationHeader.token(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (token.isEmpty()) {
            request.abortWith(unauthorized(SessionRejectedException.NO_TOKEN));
            return;
        }
        try {
            SecurityUtils.getSubject().login(new SessionToken(token.get(), mode));
        } catch (SessionRejectedException rejected) {
            request.abortWith(unauthorized(rejected.getMessage()));
        }
    }

    private static Response unauthorized(String message) {
        return Response.status(Response.Status.UNAUTHORIZED).type(WireObject.JSON_UTF8)
                .entity(WireObject.create().put("error", message).build()).build();
    }
}
