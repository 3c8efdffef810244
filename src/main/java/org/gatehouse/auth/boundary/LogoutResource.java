package org.gatehouse.auth.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.gatehouse.auth.control.CurrentCaller;
import org.gatehouse.auth.control.AuthMode;
import org.gatehouse.auth.control.Sessions;
import org.gatehouse.platform.json.WireObject;

/**
 * Gatehouse's own {@code POST /api/system/logout}: ends every session of the caller (in single-user
 * mode, every single-user session). AnythingLLM has no server-side logout.
 */
@Path("system/logout")
@ValidatedRequest
public class LogoutResource {

    @Inject
    CurrentCaller caller;

    @Inject
    Sessions sessions;

    @POST
    @Produces(WireObject.JSON_UTF8)
    public JsonObject logout() {
        if (caller.mode() == AuthMode.MULTI_USER) {
            caller.user().ifPresent(sessions::endAllOf);
        } else if (caller.mode() == AuthMode.SINGLE_USER) {
            sessions.endAllSingleUser();
        }
        return WireObject.create().put("success", true).build();
    }
}
