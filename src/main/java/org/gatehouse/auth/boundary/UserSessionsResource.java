package org.gatehouse.auth.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.gatehouse.auth.control.CurrentCaller;
import org.gatehouse.auth.control.Sessions;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.users.entity.Role;

/**
 * Gatehouse's own {@code POST /api/admin/user/:id/revoke-sessions}: an administrator (or a manager, for
 * non-admin users) ends every session of a user. Event {@code user_sessions_revoked}.
 */
@Path("admin/user/{id}/revoke-sessions")
@ValidatedRequest
@StrictRoles({Role.ADMIN, Role.MANAGER})
public class UserSessionsResource {

    @Inject
    CurrentCaller caller;

    @Inject
    Sessions sessions;

    @POST
    public Response revoke(@PathParam("id") String id) {
        Sessions.Revocation result = sessions.revokeFor(caller.user().orElseThrow(), id);
        WireObject body = WireObject.create().put("success", result.error() == null).put("error", result.error());
        return Response.status(result.status()).type(WireObject.JSON_UTF8).entity(body.build()).build();
    }
}
