package org.gatehouse.auth.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.apache.shiro.SecurityUtils;
import org.gatehouse.auth.control.CurrentCaller;
import org.gatehouse.auth.control.AuthModes;
import org.gatehouse.auth.control.BrowserExtensionKeyToken;
import org.gatehouse.auth.control.KeyRejectedException;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.platform.rest.AuthorizationHeader;

/** Enforces {@link ValidBrowserExtensionKey}: Shiro's browser-extension realm decides, with the 1.5 bodies. */
@Provider
@ValidBrowserExtensionKey
@Priority(Priorities.AUTHENTICATION)
public class ValidBrowserExtensionKeyFilter implements ContainerRequestFilter {

    @Inject
    AuthModes modes;

    @Inject
    CurrentCaller caller;

    @Override
    public void filter(ContainerRequestContext request) {
        var mode = modes.current();
        caller.establish(mode);
        String key = AuthorizationHeader.token(request.getHeaderString(HttpHeaders.AUTHORIZATION)).orElse(null);
        try {
            SecurityUtils.getSubject().login(new BrowserExtensionKeyToken(key, mode));
        } catch (KeyRejectedException refused) {
            request.abortWith(Response.status(refused.ownerSuspended() ? 401 : 403).type(WireObject.JSON_UTF8)
                    .entity(WireObject.create().put("error", refused.getMessage()).build()).build());
        }
    }
}
